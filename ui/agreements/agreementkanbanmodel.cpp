#include "agreementkanbanmodel.h"
#include "agreementkanbanmodel_p.h"

#include "shared/pagereader.h"
#include "shared/rolenames.h"

#include <QColor>

namespace cd {

using kanban::kStageRow;
using kanban::Notifying;

AgreementKanbanModel::AgreementKanbanModel(QObject *parent)
    : AgreementKanbanModel(DefaultPageSize, parent)
{}

AgreementKanbanModel::AgreementKanbanModel(int pageSize, QObject *parent)
    : QAbstractItemModel(parent)
    , m_pageSize(std::max(1, pageSize))
{
    m_sort = AgreementSort {AgreementColumn::End, Qt::AscendingOrder};
    for (AgreementStage stage : AgreementStages::all())
        m_columns.append(Column {stage, 0, {}});
}

AgreementKanbanModel::~AgreementKanbanModel() = default;

void AgreementKanbanModel::setDatabase(const Database &db)
{
    const Notifying notifying(m_notifying);
    beginResetModel();
    forgetReads();
    m_reader.reset(); // its connection reads the old file
    m_db = db;
    // Without its settings (the expiring window) the board still shows, with the defaults; the
    // reason is kept in lastError() unless reading the cards fails too.
    auto settings
        = m_db.isOpen() ? AgreementSettings::load(m_db) : Result<AgreementSettings>(AgreementSettings {});
    m_settings = settings.valueOr(AgreementSettings {});
    for (Column &column : m_columns) {
        column.rows.clear();
        column.count = 0;
    }
    reloadColumns();
    if (!settings && !m_error.isError())
        m_error = settings.error();
    endResetModel();
    emit countsChanged();
}

void AgreementKanbanModel::setFilter(const AgreementFilter &filter)
{
    AgreementFilter f = filter;
    f.stage.reset();
    if (f == m_filter)
        return;
    m_filter = f;
    refresh();
}

void AgreementKanbanModel::refresh()
{
    const Notifying notifying(m_notifying);
    forgetReads();
    // The stage rows stay (columns keep their root index); only the cards go and come back.
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        if (column.rows.isEmpty())
            continue;
        beginRemoveRows(index(i, 0), 0, int(column.rows.size()) - 1);
        column.rows.clear();
        endRemoveRows();
    }
    reloadColumns();
    if (!m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_columns.size()) - 1, 0));
    emit countsChanged();
}

void AgreementKanbanModel::reloadColumns()
{
    m_error = {};
    for (Column &column : m_columns)
        column.count = 0;
    m_counting = false;
    if (!m_db.isOpen())
        return;
    if (!m_backgroundReads) {
        // The first cards are read when a view asks (fetchMore), so hidden columns cost nothing.
        applyCounts(AgreementDirectory(m_db).stageCounts(m_filter));
        return;
    }
    // On the worker; the columns stay empty until their counts come, then read their first page.
    m_counting = true;
    const auto read
        = [filter = m_filter](const Database &db) { return AgreementDirectory(db).stageCounts(filter); };
    reader()->read(read, [this, generation = m_readGeneration](Result<QHash<AgreementStage, qint64>> counts) {
        if (generation != m_readGeneration)
            return;
        m_counting = false;
        const bool ok = applyCounts(counts);
        if (!m_columns.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_columns.size()) - 1, 0));
        emit countsChanged();
        for (int i = 0; ok && i < m_columns.size(); ++i) {
            if (m_columns.at(i).rows.isEmpty() && m_columns.at(i).count > 0)
                readPageInBackground(i);
        }
    });
}

PageReader *AgreementKanbanModel::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<PageReader>(m_db, this);
    return m_reader.get();
}

bool AgreementKanbanModel::applyCounts(const Result<QHash<AgreementStage, qint64>> &counts)
{
    if (!counts) {
        m_error = counts.error();
        emit readFailed(m_error);
        return false;
    }
    for (Column &column : m_columns)
        column.count = counts.value().value(column.stage, 0);
    return true;
}

bool AgreementKanbanModel::fetchPage(int stageRow)
{
    const Column &column = m_columns.at(stageRow);
    AgreementFilter f = m_filter;
    f.stage = column.stage;
    return insertPage(stageRow,
        AgreementDirectory(m_db).page(f, m_sort, column.rows.size(), fetchSize(column.rows.size())));
}

void AgreementKanbanModel::readPageInBackground(int stageRow)
{
    Column &column = m_columns[stageRow];
    if (column.reading)
        return;
    column.reading = true;
    AgreementFilter f = m_filter;
    f.stage = column.stage;
    const qsizetype offset = column.rows.size();
    const auto read = [f, sort = m_sort, offset, limit = fetchSize(offset)](
                          const Database &db) { return AgreementDirectory(db).page(f, sort, offset, limit); };
    reader()->read(
        read, [this, stageRow, offset, generation = m_readGeneration](Result<QList<AgreementRow>> rows) {
            if (generation != m_readGeneration || stageRow >= m_columns.size())
                return;
            Column &c = m_columns[stageRow];
            c.reading = false;
            // A move added or took a card meanwhile: the page no longer starts where the column ends.
            if (c.rows.size() != offset) {
                if (canFetchMore(index(stageRow, 0)))
                    readPageInBackground(stageRow);
                return;
            }
            insertPage(stageRow, rows);
        });
}

bool AgreementKanbanModel::isReading(AgreementStage stage) const
{
    const QModelIndex i = stageIndex(stage);
    return i.isValid() && m_columns.at(i.row()).reading;
}

void AgreementKanbanModel::forgetReads()
{
    ++m_readGeneration;
    m_counting = false;
    for (Column &column : m_columns)
        column.reading = false;
}

bool AgreementKanbanModel::insertPage(int stageRow, const Result<QList<AgreementRow>> &rows)
{
    Column &column = m_columns[stageRow];
    if (!rows) {
        m_error = rows.error();
        emit readFailed(m_error);
        return false;
    }
    if (rows.value().isEmpty()) {
        // Fewer rows than counted (deleted by someone else): stop asking for more.
        column.count = column.rows.size();
        emit dataChanged(index(stageRow, 0), index(stageRow, 0));
        return false;
    }
    const int first = int(column.rows.size());
    const Notifying notifying(m_notifying);
    beginInsertRows(index(stageRow, 0), first, first + int(rows.value().size()) - 1);
    column.rows += rows.value();
    endInsertRows();
    if (column.rows.size() > column.count) {
        column.count = column.rows.size();
        emit dataChanged(index(stageRow, 0), index(stageRow, 0));
    }
    return true;
}

QModelIndex AgreementKanbanModel::stageIndex(AgreementStage stage) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).stage == stage)
            return index(i, 0);
    }
    return {};
}

AgreementStage AgreementKanbanModel::stageAt(int row)
{
    return AgreementStages::all().value(row, AgreementStage::Prepared);
}

qint64 AgreementKanbanModel::stageCount(AgreementStage stage) const
{
    const QModelIndex i = stageIndex(stage);
    return i.isValid() ? m_columns.at(i.row()).count : 0;
}

QModelIndex AgreementKanbanModel::findAgreement(qint64 agreementId, AgreementStage stage, bool fetch)
{
    const QModelIndex parentIndex = stageIndex(stage);
    if (!parentIndex.isValid())
        return {};
    const Column &column = m_columns.at(parentIndex.row());
    int checked = 0;
    while (true) {
        for (int i = checked; i < column.rows.size(); ++i) {
            if (column.rows.at(i).id == agreementId)
                return index(i, 0, parentIndex);
        }
        checked = int(column.rows.size());
        if (!fetch || !canFetchMore(parentIndex) || !fetchPage(parentIndex.row()))
            return {};
    }
}

const AgreementRow *AgreementKanbanModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kStageRow)
        return nullptr;
    const int stageRow = int(index.internalId()) - 1;
    if (stageRow < 0 || stageRow >= m_columns.size())
        return nullptr;
    const Column &column = m_columns.at(stageRow);
    return index.row() < column.rows.size() ? &column.rows.at(index.row()) : nullptr;
}

AgreementKanbanModel::Alert AgreementKanbanModel::alertFor(
    const AgreementRow &row, const AgreementSettings &settings)
{
    if (!row.currentEnd.isValid())
        return Alert::NoPeriod;
    if (row.daysToExpiry < 0)
        return Alert::Expired;
    QList<int> windows = settings.alertWindows;
    std::sort(windows.begin(), windows.end()); // smallest (most urgent) first
    const Alert levels[] = {Alert::Window1, Alert::Window2, Alert::Window3};
    for (int i = 0; i < windows.size() && i < 3; ++i) {
        if (row.daysToExpiry <= windows.at(i))
            return levels[i];
    }
    // More than three windows configured: any of the larger ones is the mildest level.
    if (!windows.isEmpty() && row.daysToExpiry <= windows.last())
        return Alert::Window3;
    return Alert::None;
}

QModelIndex AgreementKanbanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, kStageRow) : QModelIndex();
    if (parent.model() != this || parent.internalId() != kStageRow || parent.row() >= m_columns.size())
        return {};
    if (row >= m_columns.at(parent.row()).rows.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex AgreementKanbanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStageRow)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kStageRow);
}

int AgreementKanbanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() != kStageRow || parent.column() != 0)
        return 0;
    return int(m_columns.value(parent.row()).rows.size());
}

int AgreementKanbanModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

bool AgreementKanbanModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_columns.isEmpty();
    if (parent.internalId() != kStageRow)
        return false;
    // Known before fetching, so a tree view shows the expander of a column not read yet.
    return m_columns.value(parent.row()).count > 0;
}

QVariant AgreementKanbanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kStageRow) {
        const Column &column = m_columns.at(index.row());
        const AgreementStageInfo info = AgreementStages::info(column.stage);
        switch (role) {
        case Qt::DisplayRole:
            //: Kanban column header: stage name, number of agreements
            return tr("%1 (%2)").arg(info.label).arg(column.count);
        case Qt::ToolTipRole:
            return tr("%n agreement(s) in %1", nullptr, int(column.count)).arg(info.label);
        case StageRole:
            return int(column.stage);
        case StageLabelRole:
            return info.label;
        case StageColourRole:
            return QColor(info.colour);
        case StageTextColourRole:
            return QColor(info.textColour);
        case CountRole:
            return column.count;
        case IsStageRole:
            return true;
        case IdRole:
            return qint64(0);
        }
        return {};
    }
    const AgreementRow *r = card(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        //: Kanban card as text (accessibility, copy): agreement number, partner name
        return tr("%1 – %2").arg(r->number, r->partnerName);
    case Qt::ToolTipRole: {
        if (!r->currentEnd.isValid())
            return tr("%1\n%2, no contract period").arg(r->number, r->partnerName);
        return tr("%1\n%2, ends %3")
            .arg(r->number, r->partnerName, QLocale().toString(r->currentEnd, QLocale::ShortFormat));
    }
    case IdRole:
        return r->id;
    case NumberRole:
        return r->number;
    case PartnerIdRole:
        return r->partnerId;
    case PartnerNameRole:
        return r->partnerName;
    case PartnerCodeRole:
        return r->partnerCode;
    case TypeRole:
        return r->type;
    case OwnerRole:
        return r->owner;
    case StageRole:
        return int(r->stage);
    case StageLabelRole:
        return AgreementStages::label(r->stage);
    case StageColourRole:
        return QColor(AgreementStages::info(r->stage).colour);
    case StageTextColourRole:
        return QColor(AgreementStages::info(r->stage).textColour);
    case EndDateRole:
        return r->currentEnd;
    case DaysToExpiryRole:
        return r->currentEnd.isValid() ? QVariant(r->daysToExpiry) : QVariant();
    case AlertRole:
        return int(alertFor(*r, m_settings));
    case HasDocumentRole:
        return r->documentCount > 0;
    case DocumentCountRole:
        return r->documentCount;
    case IsStageRole:
        return false;
    }
    return {};
}

Qt::ItemFlags AgreementKanbanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kStageRow)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    // Cards are not drop targets: a drop between or on cards lands in their column.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool AgreementKanbanModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != kStageRow || !m_db.isOpen())
        return false;
    const Column &column = m_columns.value(parent.row());
    return column.rows.size() < column.count;
}

void AgreementKanbanModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_notifying) {
        // Asked from inside one of our own change notifications (a view or a checker reacting to
        // rowsInserted or modelReset): inserting now would nest two changes. Fetch right after.
        const int stageRow = parent.row();
        QMetaObject::invokeMethod(
            this, [this, stageRow] { fetchMore(index(stageRow, 0)); }, Qt::QueuedConnection);
        return;
    }
    if (m_backgroundReads)
        readPageInBackground(parent.row());
    else
        fetchPage(parent.row());
}

QHash<int, QByteArray> AgreementKanbanModel::roleNames() const
{
    return withRoleNames(QAbstractItemModel::roleNames(),
        {{IdRole, "agreementId"}, {NumberRole, "number"}, {PartnerIdRole, "partnerId"},
            {PartnerNameRole, "partnerName"}, {PartnerCodeRole, "partnerCode"}, {TypeRole, "type"},
            {OwnerRole, "owner"}, {StageRole, "stage"}, {StageLabelRole, "stageLabel"},
            {StageColourRole, "stageColour"}, {StageTextColourRole, "stageTextColour"},
            {EndDateRole, "endDate"}, {DaysToExpiryRole, "daysToExpiry"}, {AlertRole, "alert"},
            {HasDocumentRole, "hasDocument"}, {DocumentCountRole, "documentCount"}, {CountRole, "count"},
            {IsStageRole, "isStage"}});
}

} // namespace cd
