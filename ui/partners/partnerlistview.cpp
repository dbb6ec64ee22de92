#include "partnerlistview.h"

#include "io/exporter.h"
#include "partners/lookups.h"
#include "partnertablemodel.h"
#include "shared/filterbar.h"
#include "shared/readerror.h"

#include <algorithm>

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QLocale>

namespace cd {

PartnerListView::PartnerListView(QWidget *parent)
    : DirectoryPage(Settings::Table::Partners, parent)
    , m_model(new PartnerTableModel(this))
{
    FilterBar *bar = filterBar();
    bar->setSearchPlaceholder(tr("Search code, name, city, area or contact…"));
    bar->setClearToolTip(tr("Show every current partner"));
    // In Filter order; the lists used most share the search field's line.
    bar->addList(tr("All kinds"), tr("Kind of partner"));
    bar->addList(tr("All statuses"), tr("Status"));
    bar->addList(tr("All levels"), tr("Level"), {}, 1);
    bar->addList(tr("All activations"), tr("Activation stage"), {}, 1);
    bar->addList(tr("All countries"), tr("Country"));
    bar->addList(tr("All areas"), tr("Area"), {}, 1);
    bar->addList(tr("All account managers"), tr("Account manager"), {}, 1);
    QComboBox *archived
        = bar->addList(tr("Current partners"), tr("Archived partners"), int(PartnerFilter::Archived::Hide));
    archived->addItem(tr("Including archived"), int(PartnerFilter::Archived::Include));
    archived->addItem(tr("Archived only"), int(PartnerFilter::Archived::Only));

    FilterBar::Items kinds;
    for (PartnerKind kind : Partner::allKinds())
        kinds.append({Partner::kindLabel(kind), int(kind)});
    bar->fill(int(Filter::Kind), kinds);
    FilterBar::Items statuses;
    for (PartnerStatus status : Partner::allStatuses())
        statuses.append({Partner::statusLabel(status), int(status)});
    bar->fill(int(Filter::Status), statuses);
    bar->fill(int(Filter::Country), FilterBar::countryItems());

    // Default widths fit a typical value; rarely needed columns start hidden.
    using C = PartnerColumn;
    const auto col = [](C c) { return PartnerTableModel::columnOf(c); };
    // The longest label differs by language (Distributor in English, Wiederverkäufer in German).
    const auto longest = [](const QStringList &labels) {
        return *std::max_element(labels.begin(), labels.end(),
            [](const QString &a, const QString &b) { return a.size() < b.size(); });
    };
    QStringList kindLabels;
    for (PartnerKind kind : Partner::allKinds())
        kindLabels << Partner::kindLabel(kind);
    QStringList statusLabels;
    for (PartnerStatus status : Partner::allStatuses())
        statusLabels << Partner::statusLabel(status);
    setDirectoryModel(m_model,
        {
            {col(C::Code), QStringLiteral("0000000000"), false},
            {col(C::Name), QStringLiteral("Northwind Traders International"), false},
            {col(C::LegalName), QStringLiteral("Northwind Traders GmbH & Co. KG"), true},
            {col(C::Kind), longest(kindLabels), false},
            {col(C::Status), longest(statusLabels) + QStringLiteral("xx"), false},
            {col(C::Level), QStringLiteral("Silver"), false},
            {col(C::Activation), QStringLiteral("Fully Operational"), true},
            {col(C::Area), QStringLiteral("Australia & New Zealand"), false},
            {col(C::City), QStringLiteral("Frankfurt am Main"), false},
            {col(C::Country), QStringLiteral("XX"), false},
            {col(C::AccountManager), QStringLiteral("Alexandra Meyer"), false},
            {col(C::Updated), QStringLiteral("00/00/00 00:00 XX"), true},
        },
        col(C::Name));
}

QComboBox *PartnerListView::filterCombo(Filter filter) const
{
    return filterBar()->list(int(filter));
}

void PartnerListView::activateRow(int row)
{
    if (const qint64 id = m_model->partnerId(row))
        emit openPartnerRequested(id);
}

void PartnerListView::reloadLists()
{
    FilterBar::Items levels, activations, areas, managers;
    if (m_db.isOpen()) {
        const LookupStore lookups(m_db);
        for (const Level &l : valueOrShow(lookups.levels(), this, tr("the levels")))
            levels.append({l.name, l.id});
        for (const Activation &a : valueOrShow(lookups.activations(), this, tr("the activations")))
            activations.append({a.name, a.id});
        for (const Area &a : valueOrShow(lookups.areas(), this, tr("the areas")))
            areas.append({a.name, a.id});
        for (const User &u : valueOrShow(lookups.users(), this, tr("the users")))
            managers.append({u.label(), u.id});
    }
    FilterBar *bar = filterBar();
    bar->fill(int(Filter::Level), levels);
    bar->fill(int(Filter::Activation), activations);
    bar->fill(int(Filter::Area), areas);
    bar->fill(int(Filter::AccountManager), managers);
}

void PartnerListView::refresh()
{
    const qint64 current = currentPartnerId();
    const int currentRow = table()->currentIndex().row();
    DirectoryPage::refresh();
    // Keep the cursor on the same partner when it did not move; rows beyond the page are not searched.
    if (currentRow >= 0 && currentRow < m_model->rowCount()) {
        const int row = m_model->partnerId(currentRow) == current
            ? currentRow
            : std::min(currentRow, m_model->rowCount() - 1);
        table()->selectRow(row);
    }
}

void PartnerListView::applyFilter(bool refreshing)
{
    const FilterBar *bar = filterBar();
    PartnerFilter f;
    f.search = bar->searchText();
    const auto value = [bar](Filter filter) { return bar->value(int(filter)); };
    if (const QVariant v = value(Filter::Kind); v.isValid())
        f.kind = static_cast<PartnerKind>(v.toInt());
    if (const QVariant v = value(Filter::Status); v.isValid())
        f.status = static_cast<PartnerStatus>(v.toInt());
    f.levelId = value(Filter::Level).toLongLong();
    f.activationId = value(Filter::Activation).toLongLong();
    f.areaId = value(Filter::Area).toLongLong();
    f.accountManagerId = value(Filter::AccountManager).toLongLong();
    f.country = value(Filter::Country).toString();
    f.archived = static_cast<PartnerFilter::Archived>(value(Filter::Archived).toInt());
    filterBar()->setFiltered(!(f == PartnerFilter()));
    if (refreshing && f == m_model->filter())
        m_model->refresh();
    else
        m_model->setFilter(f);
}

qint64 PartnerListView::currentPartnerId() const
{
    const QModelIndex index = table()->currentIndex();
    return index.isValid() ? m_model->partnerId(index.row()) : 0;
}

QList<qint64> PartnerListView::selectedPartnerIds() const
{
    QList<qint64> ids;
    for (int row : table()->selectedRows()) {
        if (const qint64 id = m_model->partnerId(row))
            ids.append(id);
    }
    return ids;
}

QString PartnerListView::title() const
{
    return tr("Partners");
}

QString PartnerListView::countLabel(qint64 count, bool exact) const
{
    if (!exact)
        //: While a broad search is still being counted: "10,000+ partners"
        return tr("%1+ partners").arg(QLocale().toString(count));
    return tr("%Ln partner(s)", nullptr, int(count));
}

QString PartnerListView::exportTitle() const
{
    return tr("Export Partners");
}

QString PartnerListView::exportFileName() const
{
    return tr("partners.csv");
}

Status PartnerListView::exportTo(const QString &path, QString *message)
{
    // Exactly what the list shows: its search, filters and order.
    const auto filter = m_model->filter();
    const auto sort = m_model->sortOrder();
    qint64 written = 0;
    const Status status = runExport(
        m_db, tr("Exporting partners…"), m_model->totalCount(),
        [&](const Database &db, const auto &progress, const std::atomic_bool *cancel) {
            return Exporter::exportPartners(db, filter, sort, path, progress, cancel);
        },
        &written);
    if (status && message)
        *message
            = tr("%Ln partner(s) exported to %1.", nullptr, int(written)).arg(QDir::toNativeSeparators(path));
    return status;
}

} // namespace cd
