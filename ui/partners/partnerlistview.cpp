#include "partnerlistview.h"

#include "common/country.h"
#include "io/exporter.h"
#include "partners/lookups.h"
#include "partnertablemodel.h"
#include "shared/directorytable.h"
#include "shared/readerror.h"

#include <algorithm>

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

namespace {

using Items = QList<QPair<QString, QVariant>>;

// Replaces the entries after "all", keeping the chosen one when it is still offered.
void fill(QComboBox *combo, const Items &items)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

Items countryItems()
{
    Items items;
    const auto all = Country::all();
    for (const Country::Entry &c : all)
        items.append({c.name, c.code});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(),
        [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    return items;
}

} // namespace

PartnerListView::PartnerListView(QWidget *parent)
    : ListPage(parent)
    , m_model(new PartnerTableModel(this))
    , m_table(new DirectoryTable(Settings::Table::Partners, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_clear(new QToolButton(this))
{
    m_search->setPlaceholderText(tr("Search code, name, city, area or contact…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    // Typing restarts the delay, so the list is queried once the user pauses, not per keystroke.
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PartnerListView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
    });

    const auto addCombo = [this](Filter filter, const QString &all, const QString &toolTip) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("filter%1").arg(int(filter)));
        combo->addItem(all);
        combo->setToolTip(toolTip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        combo->view()->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
        Q_ASSERT(m_combos.size() == int(filter));
        m_combos.append(combo);
        return combo;
    };
    addCombo(Filter::Kind, tr("All kinds"), tr("Kind of partner"));
    addCombo(Filter::Status, tr("All statuses"), tr("Status"));
    addCombo(Filter::Level, tr("All levels"), tr("Level"));
    addCombo(Filter::Activation, tr("All activations"), tr("Activation stage"));
    addCombo(Filter::Country, tr("All countries"), tr("Country"));
    addCombo(Filter::Area, tr("All areas"), tr("Area"));
    addCombo(Filter::AccountManager, tr("All account managers"), tr("Account manager"));
    QComboBox *archived = addCombo(Filter::Archived, tr("Current partners"), tr("Archived partners"));
    archived->addItem(tr("Including archived"), int(PartnerFilter::Archived::Include));
    archived->addItem(tr("Archived only"), int(PartnerFilter::Archived::Only));
    archived->setItemData(0, int(PartnerFilter::Archived::Hide));

    Items kinds;
    for (PartnerKind kind : Partner::allKinds())
        kinds.append({Partner::kindLabel(kind), int(kind)});
    fill(m_combos[int(Filter::Kind)], kinds);
    Items statuses;
    for (PartnerStatus status : Partner::allStatuses())
        statuses.append({Partner::statusLabel(status), int(status)});
    fill(m_combos[int(Filter::Status)], statuses);
    fill(m_combos[int(Filter::Country)], countryItems());
    for (QComboBox *combo : std::as_const(m_combos))
        connect(combo, &QComboBox::currentIndexChanged, this, &PartnerListView::applyFilter);

    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every current partner"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &PartnerListView::clearFilters);

    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    for (Filter f : {Filter::Kind, Filter::Status, Filter::Country, Filter::Archived})
        first->addWidget(m_combos[int(f)], 1);
    auto *second = new QHBoxLayout;
    for (Filter f : {Filter::Level, Filter::Activation, Filter::Area, Filter::AccountManager})
        second->addWidget(m_combos[int(f)], 1);
    second->addStretch(1);
    second->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *bar = new QVBoxLayout;
    bar->setContentsMargins(8, 8, 8, 2);
    bar->addLayout(first);
    bar->addLayout(second);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

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
    m_table->setDirectoryModel(m_model,
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
    connect(m_table, &DirectoryTable::rowActivated, this, [this](int row) {
        if (const qint64 id = m_model->partnerId(row))
            emit openPartnerRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PartnerListView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnerListView::selectionChanged);
    connect(m_model, &PartnerTableModel::countChanged, this, &PartnerListView::countChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnerListView::countChanged);
    setFocusProxy(m_table);
}

PartnerListView::~PartnerListView()
{
    m_table->saveLayout();
}

QComboBox *PartnerListView::filterCombo(Filter filter) const
{
    return m_combos.value(int(filter));
}

void PartnerListView::setDatabase(const Database &db)
{
    m_db = db;
    reloadLookups();
    m_model->setFilter(filterFromControls());
    m_model->setDatabase(db);
}

void PartnerListView::reloadLookups()
{
    Items levels, activations, areas, managers;
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
    fill(m_combos[int(Filter::Level)], levels);
    fill(m_combos[int(Filter::Activation)], activations);
    fill(m_combos[int(Filter::Area)], areas);
    fill(m_combos[int(Filter::AccountManager)], managers);
}

void PartnerListView::refresh()
{
    const qint64 current = currentPartnerId();
    const int currentRow = m_table->currentIndex().row();
    reloadLookups();
    const PartnerFilter filter = filterFromControls();
    if (filter == m_model->filter())
        m_model->refresh();
    else
        m_model->setFilter(filter);
    // Keep the cursor on the same partner when it did not move; rows beyond the page are not searched.
    if (currentRow >= 0 && currentRow < m_model->rowCount()) {
        const int row = m_model->partnerId(currentRow) == current
            ? currentRow
            : std::min(currentRow, m_model->rowCount() - 1);
        m_table->selectRow(row);
    }
}

PartnerFilter PartnerListView::filterFromControls() const
{
    PartnerFilter f;
    f.search = m_search->text().trimmed();
    const auto value = [this](Filter filter) { return m_combos[int(filter)]->currentData(); };
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
    return f;
}

void PartnerListView::applyFilter()
{
    const PartnerFilter f = filterFromControls();
    m_clear->setEnabled(!(f == PartnerFilter()));
    m_model->setFilter(f);
}

void PartnerListView::clearFilters()
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

qint64 PartnerListView::currentPartnerId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->partnerId(index.row()) : 0;
}

QList<qint64> PartnerListView::selectedPartnerIds() const
{
    QList<qint64> ids;
    for (int row : m_table->selectedRows()) {
        if (const qint64 id = m_model->partnerId(row))
            ids.append(id);
    }
    return ids;
}

QString PartnerListView::title() const
{
    return tr("Partners");
}

QString PartnerListView::countText() const
{
    if (m_model->lastError().isError())
        return m_model->lastError().message;
    if (!m_model->countIsExact())
        //: While a broad search is still being counted: "10,000+ partners"
        return tr("%1+ partners").arg(QLocale().toString(m_model->totalCount()));
    return tr("%Ln partner(s)", nullptr, int(m_model->totalCount()));
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
