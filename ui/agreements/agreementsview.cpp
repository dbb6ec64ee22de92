#include "agreementsview.h"

#include "agreementboardview.h"
#include "agreementkanbanmodel.h"
#include "agreements/agreementstore.h"
#include "agreementtablemodel.h"
#include "io/agreementexporter.h"
#include "partners/lookups.h"
#include "shared/directorytable.h"
#include "shared/readerror.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStackedWidget>
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

} // namespace

AgreementsView::AgreementsView(QWidget *parent)
    : ListPage(parent)
    , m_kanban(new AgreementKanbanModel(this))
    , m_table(new AgreementTableModel(this))
    , m_board(new AgreementBoardView(m_kanban, this))
    , m_list(new DirectoryTable(Settings::Table::Agreements, this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_expiring(new QSpinBox(this))
    , m_boardButton(new QToolButton(this))
    , m_listButton(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("agreementSearch"));
    m_search->setPlaceholderText(tr("Search number or partner…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AgreementsView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
    });

    const auto addCombo = [this](Filter filter, const QString &all, const QString &toolTip) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("agreementFilter%1").arg(int(filter)));
        combo->addItem(all);
        combo->setToolTip(toolTip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        Q_ASSERT(m_combos.size() == int(filter));
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &AgreementsView::applyFilter);
        return combo;
    };
    addCombo(Filter::Owner, tr("All owners"), tr("Owner of the agreement"));
    addCombo(Filter::PartnerKind, tr("All partner kinds"), tr("Kind of partner"));
    addCombo(Filter::Area, tr("All areas"), tr("The partner's area"));
    addCombo(Filter::Type, tr("All types"), tr("Type of agreement"));
    Items kinds;
    for (PartnerKind kind : Partner::allKinds())
        kinds.append({Partner::kindLabel(kind), int(kind)});
    fill(m_combos[int(Filter::PartnerKind)], kinds);

    m_expiring->setObjectName(QStringLiteral("expiringWithin"));
    m_expiring->setRange(-1, 3650);
    m_expiring->setValue(-1);
    m_expiring->setSpecialValueText(tr("Any end date"));
    m_expiring->setPrefix(tr("Ending within "));
    m_expiring->setSuffix(tr(" days"));
    m_expiring->setSingleStep(30);
    m_expiring->setToolTip(tr("Only agreements whose current period ends within this many days"));
    m_expiring->setKeyboardTracking(false);
    connect(m_expiring, &QSpinBox::valueChanged, this, &AgreementsView::applyFilter);

    m_clear->setText(tr("Clear Filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &AgreementsView::clearFilters);

    m_boardButton->setText(tr("&Board"));
    m_listButton->setText(tr("&List"));
    for (QToolButton *b : {m_boardButton, m_listButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_boardButton);
    modes->addButton(m_listButton);
    m_boardButton->setChecked(true);
    connect(m_boardButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Board);
    });
    connect(m_listButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::List);
    });
    auto *newButton = new QToolButton(this);
    newButton->setText(tr("&New Agreement…"));
    newButton->setAutoRaise(true);
    connect(newButton, &QToolButton::clicked, this, &AgreementsView::newAgreementRequested);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export CSV…"));
    exportButton->setToolTip(tr("Write the agreements the filters show to a CSV file"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, &AgreementsView::exportDialog);

    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 3);
    for (Filter f : {Filter::Owner, Filter::PartnerKind, Filter::Area, Filter::Type})
        first->addWidget(m_combos[int(f)], 1);
    first->addWidget(m_expiring, 1);
    first->addWidget(m_clear);
    auto *second = new QHBoxLayout;
    second->addWidget(m_boardButton);
    second->addWidget(m_listButton);
    second->addStretch(1);
    second->addWidget(newButton);
    second->addWidget(exportButton);

    m_stack->addWidget(m_board);
    m_stack->addWidget(m_list);
    using C = AgreementColumn;
    const auto col = [](C c) { return AgreementTableModel::columnOf(c); };
    m_list->setDirectoryModel(m_table,
        {
            {col(C::Number), QStringLiteral("AGR-2026-00000"), false},
            {col(C::Partner), QStringLiteral("Northwind Traders International"), false},
            {col(C::Type), QStringLiteral("Distributor agreement"), false},
            {col(C::Owner), QStringLiteral("Alexandra Meyer"), false},
            {col(C::Stage), QStringLiteral("Pending Return"), false},
            {col(C::End), QStringLiteral("00/00/0000 (expired 000 days ago)"), false},
            {col(C::Updated), QStringLiteral("00/00/00 00:00 XX"), true},
        },
        col(C::End));
    connect(m_list, &DirectoryTable::rowActivated, this, [this](int row) {
        if (const qint64 id = m_table->agreementId(row))
            emit openAgreementRequested(id);
    });
    connect(
        m_board, &AgreementBoardView::openAgreementRequested, this, &AgreementsView::openAgreementRequested);
    connect(m_board, &AgreementBoardView::openPartnerRequested, this, &AgreementsView::openPartnerRequested);
    // A move on the board changes what the list shows (its stage column).
    connect(m_kanban, &AgreementKanbanModel::agreementMoved, m_table, &AgreementTableModel::refresh);
    connect(m_kanban, &AgreementKanbanModel::countsChanged, this, &AgreementsView::countChanged);
    connect(m_table, &AgreementTableModel::countChanged, this, &AgreementsView::countChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QVBoxLayout;
    bar->setContentsMargins(8, 8, 8, 0);
    bar->addLayout(first);
    bar->addLayout(second);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_search);
}

AgreementsView::~AgreementsView()
{
    m_list->saveLayout();
}

QComboBox *AgreementsView::filterCombo(Filter filter) const
{
    return m_combos.value(int(filter));
}

void AgreementsView::setDatabase(const Database &db)
{
    m_db = db;
    reloadLookups();
    const AgreementFilter f = currentFilter();
    m_table->setFilter(f);
    m_table->setDatabase(db);
    m_kanban->setFilter(f);
    m_kanban->setDatabase(db);
}

void AgreementsView::reloadLookups()
{
    Items owners, areas, types;
    if (m_db.isOpen()) {
        const LookupStore lookups(m_db);
        for (const User &u : valueOrShow(lookups.users(), this, tr("the users")))
            owners.append({u.label(), u.id});
        for (const Area &a : valueOrShow(lookups.areas(), this, tr("the areas")))
            areas.append({a.name, a.id});
        for (const AgreementType &t :
            valueOrShow(AgreementStore(m_db).types(), this, tr("the agreement types")))
            types.append({t.name, t.id});
    }
    fill(m_combos[int(Filter::Owner)], owners);
    fill(m_combos[int(Filter::Area)], areas);
    fill(m_combos[int(Filter::Type)], types);
}

void AgreementsView::refresh()
{
    reloadLookups();
    const AgreementFilter f = currentFilter();
    if (f == m_table->filter())
        m_table->refresh();
    else
        m_table->setFilter(f);
    if (f == m_kanban->filter())
        m_kanban->refresh();
    else
        m_kanban->setFilter(f);
}

AgreementsView::Mode AgreementsView::mode() const
{
    return m_stack->currentWidget() == m_list ? Mode::List : Mode::Board;
}

void AgreementsView::setMode(Mode mode)
{
    m_stack->setCurrentWidget(mode == Mode::List ? static_cast<QWidget *>(m_list) : m_board);
    const QSignalBlocker b1(m_boardButton);
    const QSignalBlocker b2(m_listButton);
    m_boardButton->setChecked(mode == Mode::Board);
    m_listButton->setChecked(mode == Mode::List);
}

AgreementFilter AgreementsView::currentFilter() const
{
    AgreementFilter f;
    f.search = m_search->text().trimmed();
    const auto value = [this](Filter filter) { return m_combos[int(filter)]->currentData(); };
    f.ownerId = value(Filter::Owner).toLongLong();
    if (const QVariant v = value(Filter::PartnerKind); v.isValid())
        f.partnerKind = static_cast<PartnerKind>(v.toInt());
    f.areaId = value(Filter::Area).toLongLong();
    f.typeId = value(Filter::Type).toLongLong();
    f.expiringWithinDays = m_expiring->value();
    return f;
}

void AgreementsView::applyFilter()
{
    const AgreementFilter f = currentFilter();
    m_clear->setEnabled(!(f == AgreementFilter()));
    m_table->setFilter(f);
    m_kanban->setFilter(f);
}

void AgreementsView::clearFilters()
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
    {
        const QSignalBlocker blocker(m_expiring);
        m_expiring->setValue(-1);
    }
    applyFilter();
}

void AgreementsView::exportDialog()
{
    if (!m_db.isOpen())
        return;
    const QString dir = QFileInfo(m_db.path()).absolutePath();
    const QString path
        = askExportPath(this, tr("Export Agreements"), QDir(dir).filePath(tr("agreements.csv")));
    if (path.isEmpty())
        return;
    const Status status = exportTo(path);
    if (!status && status.error().code != Error::Code::Cancelled)
        QMessageBox::critical(this, tr("Export Failed"), status.error().toString());
}

QString AgreementsView::title() const
{
    return tr("Agreements");
}

QString AgreementsView::countText() const
{
    return m_table->lastError().isError() ? m_table->lastError().message
                                          : tr("%Ln agreement(s)", nullptr, int(m_table->totalCount()));
}

QString AgreementsView::exportTitle() const
{
    return tr("Export Agreements");
}

QString AgreementsView::exportFileName() const
{
    return tr("agreements.csv");
}

Status AgreementsView::exportTo(const QString &path, QString *message)
{
    const AgreementFilter filter = currentFilter();
    // The list's order in the list; on the board the board's own order (soonest end first).
    const AgreementSort sort = mode() == Mode::List ? m_table->sortOrder() : AgreementSort {};
    const Status status = runExport(
        m_db, tr("Exporting agreements…"), m_table->totalCount(),
        [&](const Database &db, const auto &progress, const std::atomic_bool *cancel) {
            return AgreementExporter::exportAgreements(db, filter, sort, path, progress, cancel);
        },
        nullptr);
    if (status && message)
        *message = tr("Agreements exported to %1.").arg(QDir::toNativeSeparators(path));
    return status;
}

} // namespace cd
