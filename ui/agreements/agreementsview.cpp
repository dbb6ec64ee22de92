#include "agreementsview.h"

#include "agreementboardview.h"
#include "agreementkanbanmodel.h"
#include "agreements/agreementstore.h"
#include "agreementtablemodel.h"
#include "io/agreementexporter.h"
#include "partners/lookups.h"
#include "shared/directorytable.h"
#include "shared/filterbar.h"
#include "shared/readerror.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

AgreementsView::AgreementsView(QWidget *parent)
    : ListPage(parent)
    , m_kanban(new AgreementKanbanModel(this))
    , m_table(new AgreementTableModel(this))
    , m_board(new AgreementBoardView(m_kanban, this))
    , m_list(new DirectoryTable(Settings::Table::Agreements, this))
    , m_stack(new QStackedWidget(this))
    , m_filters(new FilterBar(this))
    , m_expiring(new QSpinBox(this))
    , m_boardButton(new QToolButton(this))
    , m_listButton(new QToolButton(this))
{
    m_filters->searchEdit()->setObjectName(QStringLiteral("agreementSearch"));
    m_filters->setSearchPlaceholder(tr("Search number or partner…"), 28);
    // In Filter order.
    m_filters->addList(tr("All owners"), tr("Owner of the agreement"));
    m_filters->addList(tr("All partner kinds"), tr("Kind of partner"));
    m_filters->addList(tr("All areas"), tr("The partner's area"));
    m_filters->addList(tr("All types"), tr("Type of agreement"));
    FilterBar::Items kinds;
    for (PartnerKind kind : Partner::allKinds())
        kinds.append({Partner::kindLabel(kind), int(kind)});
    m_filters->fill(int(Filter::PartnerKind), kinds);
    connect(m_filters, &FilterBar::changed, this, &AgreementsView::applyFilter);

    m_expiring->setObjectName(QStringLiteral("expiringWithin"));
    m_expiring->setRange(-1, 3650);
    m_expiring->setValue(-1);
    m_expiring->setSpecialValueText(tr("Any end date"));
    m_expiring->setPrefix(tr("Ending within "));
    m_expiring->setSuffix(tr(" days"));
    m_expiring->setSingleStep(30);
    m_expiring->setToolTip(tr("Only agreements whose current period ends within this many days"));
    m_expiring->setKeyboardTracking(false);
    m_filters->addControl(m_expiring, [this] { m_expiring->setValue(-1); });
    connect(m_expiring, &QSpinBox::valueChanged, m_filters, &FilterBar::changed);

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
    exportButton->setText(tr("&Export…"));
    exportButton->setToolTip(tr("Write the agreements the filters show to a CSV file or an Excel workbook"));
    exportButton->setAutoRaise(true);
    connect(exportButton, &QToolButton::clicked, this, &AgreementsView::exportDialog);

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
    m_table->setBackgroundReads(true); // pages are read on a worker
    m_kanban->setBackgroundReads(true); // so are the columns' cards
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
    bar->addWidget(m_filters);
    bar->addLayout(second);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_filters);
}

AgreementsView::~AgreementsView()
{
    m_list->saveLayout();
}

QComboBox *AgreementsView::filterCombo(Filter filter) const
{
    return m_filters->list(int(filter));
}

QLineEdit *AgreementsView::searchEdit() const
{
    return m_filters->searchEdit();
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
    FilterBar::Items owners, areas, types;
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
    m_filters->fill(int(Filter::Owner), owners);
    m_filters->fill(int(Filter::Area), areas);
    m_filters->fill(int(Filter::Type), types);
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
    f.search = m_filters->searchText();
    const auto value = [this](Filter filter) { return m_filters->value(int(filter)); };
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
    m_filters->setFiltered(!(f == AgreementFilter()));
    m_table->setFilter(f);
    m_kanban->setFilter(f);
}

void AgreementsView::clearFilters()
{
    m_filters->clear();
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
