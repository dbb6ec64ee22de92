#include "customerlistview.h"

#include "customers/customerdirectory.h"
#include "customertablemodel.h"
#include "io/exporter.h"
#include "shared/filterbar.h"
#include "shared/readerror.h"

#include <QComboBox>
#include <QDir>
#include <QLocale>

namespace cd {

CustomerListView::CustomerListView(QWidget *parent)
    : DirectoryPage(Settings::Table::Customers, parent)
    , m_model(new CustomerTableModel(this))
{
    FilterBar *bar = filterBar();
    bar->setSearchPlaceholder(tr("Search code, name or city…"));
    bar->setClearToolTip(tr("Show every current customer"));
    // In Filter order.
    bar->addList(tr("All countries"), tr("Country"));
    bar->fill(int(Filter::Country), FilterBar::countryItems());
    bar->addList(tr("All segments"), tr("Segment"));
    QComboBox *binding
        = bar->addList(tr("Direct and partner"), tr("Served by"), int(CustomerFilter::Binding::Any));
    binding->addItem(tr("Through a partner"), int(CustomerFilter::Binding::Partner));
    binding->addItem(tr("Direct customers"), int(CustomerFilter::Binding::Direct));
    QComboBox *archived = bar->addList(
        tr("Current customers"), tr("Archived customers"), int(CustomerFilter::Archived::Hide));
    archived->addItem(tr("Including archived"), int(CustomerFilter::Archived::Include));
    archived->addItem(tr("Archived only"), int(CustomerFilter::Archived::Only));

    using C = CustomerColumn;
    const auto col = [](C c) { return CustomerTableModel::columnOf(c); };
    setDirectoryModel(m_model,
        {
            {col(C::Code), QStringLiteral("0000000000"), false},
            {col(C::Name), QStringLiteral("Contoso Pharmaceuticals International"), false},
            {col(C::City), QStringLiteral("Frankfurt am Main"), false},
            {col(C::Country), QStringLiteral("XX"), false},
            {col(C::Segment), QStringLiteral("Public sector"), false},
            {col(C::Partner), QStringLiteral("Northwind Traders International (0000000000)"), false},
            {col(C::Updated), QStringLiteral("00/00/00 00:00 XX"), false},
        },
        col(C::Name));
}

QComboBox *CustomerListView::filterCombo(Filter filter) const
{
    return filterBar()->list(int(filter));
}

void CustomerListView::activateRow(int row)
{
    if (const qint64 id = m_model->customerId(row))
        emit openCustomerRequested(id);
}

void CustomerListView::reloadLists()
{
    FilterBar::Items segments;
    if (m_db.isOpen()) {
        for (const QString &segment :
            valueOrShow(CustomerDirectory(m_db).segments(), this, tr("the segments")))
            segments.append({segment, segment});
    }
    filterBar()->fill(int(Filter::Segment), segments);
}

void CustomerListView::applyFilter(bool refreshing)
{
    const FilterBar *bar = filterBar();
    CustomerFilter f;
    f.search = bar->searchText();
    f.country = bar->value(int(Filter::Country)).toString();
    f.segment = bar->value(int(Filter::Segment)).toString();
    f.binding = static_cast<CustomerFilter::Binding>(bar->value(int(Filter::Binding)).toInt());
    f.archived = static_cast<CustomerFilter::Archived>(bar->value(int(Filter::Archived)).toInt());
    filterBar()->setFiltered(!(f == CustomerFilter()));
    if (refreshing && f == m_model->filter())
        m_model->refresh();
    else
        m_model->setFilter(f);
}

qint64 CustomerListView::currentCustomerId() const
{
    const QModelIndex index = table()->currentIndex();
    return index.isValid() ? m_model->customerId(index.row()) : 0;
}

qint64 CustomerListView::currentPartnerId() const
{
    const QModelIndex index = table()->currentIndex();
    if (!index.isValid())
        return 0;
    const auto r = m_model->customerRow(index.row());
    return r ? r->partnerId : 0;
}

QString CustomerListView::title() const
{
    return tr("Customers");
}

QString CustomerListView::countLabel(qint64 count, bool exact) const
{
    if (!exact)
        //: While a broad search is still being counted: "10,000+ customers"
        return tr("%1+ customers").arg(QLocale().toString(count));
    return tr("%Ln customer(s)", nullptr, int(count));
}

QString CustomerListView::exportTitle() const
{
    return tr("Export Customers");
}

QString CustomerListView::exportFileName() const
{
    return tr("customers.csv");
}

Status CustomerListView::exportTo(const QString &path, QString *message)
{
    // Exactly what the list shows: its search, filters and order.
    const auto filter = m_model->filter();
    const auto sort = m_model->sortOrder();
    qint64 written = 0;
    const Status status = runExport(
        m_db, tr("Exporting customers…"), m_model->totalCount(),
        [&](const Database &db, const auto &progress, const std::atomic_bool *cancel) {
            return Exporter::exportCustomers(db, filter, sort, path, progress, cancel);
        },
        &written);
    if (status && message)
        *message = tr("%Ln customer(s) exported to %1.", nullptr, int(written))
                       .arg(QDir::toNativeSeparators(path));
    return status;
}

} // namespace cd
