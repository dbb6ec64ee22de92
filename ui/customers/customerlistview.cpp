#include "customerlistview.h"

#include "common/country.h"
#include "customers/customerdirectory.h"
#include "customertablemodel.h"
#include "io/exporter.h"
#include "shared/directorytable.h"
#include "shared/readerror.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

CustomerListView::CustomerListView(QWidget *parent)
    : ListPage(parent)
    , m_model(new CustomerTableModel(this))
    , m_table(new DirectoryTable(Settings::Table::Customers, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_clear(new QToolButton(this))
{
    m_search->setPlaceholderText(tr("Search code, name or city…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    // Typing restarts the delay, so the list is queried once the user pauses, not per keystroke.
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CustomerListView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
    });

    const auto addCombo = [this](const QString &all, const QVariant &allValue, const QString &toolTip) {
        auto *combo = new QComboBox(this);
        combo->addItem(all, allValue);
        combo->setToolTip(toolTip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->view()->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
        m_combos.append(combo);
        return combo;
    };
    QComboBox *country = addCombo(tr("All countries"), {}, tr("Country"));
    QList<Country::Entry> countries = Country::all();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(), [&](const Country::Entry &a, const Country::Entry &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Country::Entry &c : std::as_const(countries))
        country->addItem(c.name, c.code);
    addCombo(tr("All segments"), {}, tr("Segment"));
    QComboBox *binding
        = addCombo(tr("Direct and partner"), int(CustomerFilter::Binding::Any), tr("Served by"));
    binding->addItem(tr("Through a partner"), int(CustomerFilter::Binding::Partner));
    binding->addItem(tr("Direct customers"), int(CustomerFilter::Binding::Direct));
    QComboBox *archived
        = addCombo(tr("Current customers"), int(CustomerFilter::Archived::Hide), tr("Archived customers"));
    archived->addItem(tr("Including archived"), int(CustomerFilter::Archived::Include));
    archived->addItem(tr("Archived only"), int(CustomerFilter::Archived::Only));
    for (QComboBox *combo : std::as_const(m_combos))
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFilter);

    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every current customer"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &CustomerListView::clearFilters);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 2);
    bar->addWidget(m_search, 3);
    for (QComboBox *combo : std::as_const(m_combos))
        bar->addWidget(combo, 1);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    using C = CustomerColumn;
    const auto col = [](C c) { return CustomerTableModel::columnOf(c); };
    m_table->setDirectoryModel(m_model,
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
    connect(m_table, &DirectoryTable::rowActivated, this, [this](int row) {
        if (const qint64 id = m_model->customerId(row))
            emit openCustomerRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CustomerListView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListView::selectionChanged);
    connect(m_model, &CustomerTableModel::countChanged, this, &CustomerListView::countChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerListView::countChanged);
    setFocusProxy(m_table);
}

CustomerListView::~CustomerListView()
{
    m_table->saveLayout();
}

QComboBox *CustomerListView::filterCombo(Filter filter) const
{
    return m_combos.value(int(filter));
}

void CustomerListView::setDatabase(const Database &db)
{
    m_db = db;
    reloadSegments();
    m_model->setFilter(filterFromControls());
    m_model->setDatabase(db);
}

void CustomerListView::reloadSegments()
{
    QComboBox *combo = m_combos[int(Filter::Segment)];
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentData().toString();
    while (combo->count() > 1)
        combo->removeItem(1);
    if (m_db.isOpen()) {
        for (const QString &segment :
            valueOrShow(CustomerDirectory(m_db).segments(), this, tr("the segments")))
            combo->addItem(segment, segment);
    }
    combo->setCurrentIndex(std::max(0, current.isEmpty() ? 0 : combo->findData(current)));
}

void CustomerListView::refresh()
{
    reloadSegments();
    const CustomerFilter filter = filterFromControls();
    if (filter == m_model->filter())
        m_model->refresh();
    else
        m_model->setFilter(filter);
}

CustomerFilter CustomerListView::filterFromControls() const
{
    CustomerFilter f;
    f.search = m_search->text().trimmed();
    f.country = m_combos[int(Filter::Country)]->currentData().toString();
    f.segment = m_combos[int(Filter::Segment)]->currentData().toString();
    f.binding = static_cast<CustomerFilter::Binding>(m_combos[int(Filter::Binding)]->currentData().toInt());
    f.archived
        = static_cast<CustomerFilter::Archived>(m_combos[int(Filter::Archived)]->currentData().toInt());
    return f;
}

void CustomerListView::applyFilter()
{
    const CustomerFilter f = filterFromControls();
    m_clear->setEnabled(!(f == CustomerFilter()));
    m_model->setFilter(f);
}

void CustomerListView::clearFilters()
{
    m_searchDelay->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    applyFilter();
}

qint64 CustomerListView::currentCustomerId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->customerId(index.row()) : 0;
}

qint64 CustomerListView::currentPartnerId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return 0;
    const auto r = m_model->customerRow(index.row());
    return r ? r->partnerId : 0;
}

QString CustomerListView::title() const
{
    return tr("Customers");
}

QString CustomerListView::countText() const
{
    if (m_model->lastError().isError())
        return m_model->lastError().message;
    if (!m_model->countIsExact())
        //: While a broad search is still being counted: "10,000+ customers"
        return tr("%1+ customers").arg(QLocale().toString(m_model->totalCount()));
    return tr("%Ln customer(s)", nullptr, int(m_model->totalCount()));
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
