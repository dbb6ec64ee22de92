#pragma once

// AgreementKanbanModel: the agreement board as one two-level model: the top rows are the stages with
// their counts known up front, their children the agreements of that stage, read page by page as a
// column scrolls (canFetchMore/fetchMore). Dropping cards on another stage asks the store to move
// them; a refused move leaves the model as it was and reports the failed guard.

#include "agreements/agreementdirectory.h"
#include "agreements/agreementsettings.h"
#include "agreements/agreementworkflow.h"
#include "db/database.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace cd {

class AgreementKanbanModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64; 0 on stage rows
        NumberRole, // QString
        PartnerIdRole, // qint64
        PartnerNameRole, // QString
        PartnerCodeRole, // QString
        TypeRole, // QString: the type's name
        OwnerRole, // QString; empty = nobody
        StageRole, // int(AgreementStage), on stage rows and cards
        StageLabelRole, // QString
        StageColourRole, // QColor: badge background
        StageTextColourRole, // QColor: badge text
        EndDateRole, // QDate; invalid without a period
        DaysToExpiryRole, // int; invalid QVariant without a period
        AlertRole, // int(Alert)
        HasDocumentRole, // bool
        DocumentCountRole, // int
        CountRole, // qint64: agreements in the stage (stage rows)
        IsStageRole, // bool
    };
    Q_ENUM(Role)

    // How urgent the days-to-expiry badge is, from the alert windows (default 90 / 60 / 30 days).
    enum class Alert { None, NoPeriod, Window3, Window2, Window1, Expired };
    Q_ENUM(Alert)

    // What a person adds to a move (signing date, reason, comment); nullopt = they cancelled.
    using MoveInput = std::function<std::optional<AgreementMove>(const AgreementRow &row, AgreementStage to)>;

    static constexpr int DefaultPageSize = 60;
    // Pages grow with what a column already shows (60, 60, 120, 240 ... up to this), so scrolling a
    // column of thousands to its end reads a few pages rather than a hundred OFFSET queries.
    static constexpr int MaxPageSize = 512;
    static inline const QString MimeType = QStringLiteral("application/x-channeldesk-agreements");

    explicit AgreementKanbanModel(QObject *parent = nullptr);
    explicit AgreementKanbanModel(int pageSize, QObject *parent = nullptr);
    ~AgreementKanbanModel() override; // waits for a read in progress

    // Shows the agreements of `db`; an unopened Database empties the columns.
    void setDatabase(const Database &db);
    Database database() const { return m_db; }
    AgreementFilter filter() const { return m_filter; }
    // Applies `filter` (its stage is ignored: every column shows its own stage) in the database.
    void setFilter(const AgreementFilter &filter);
    // Re-reads the counts and the first page of each column (after edits elsewhere).
    void refresh();

    void setMoveInput(MoveInput input) { m_moveInput = std::move(input); }
    // With background reads a column's further cards are read on a worker with its own connection
    // (fetchMore returns at once; the cards are inserted when read), so scrolling a column of
    // tens of thousands never stops the window. Off by default: fetchMore then reads at once.
    // The stage counts are then read there too (a filter by partner kind counts in seconds at a
    // million partners), and each column's first page follows them.
    void setBackgroundReads(bool on) { m_backgroundReads = on; }
    bool isReading(AgreementStage stage) const;
    bool isCounting() const { return m_counting; }

    // Moves the agreement through the store with the workflow's guards. On success the card leaves
    // its column and appears in the new one; on failure nothing changes and moveRefused is emitted.
    // A cancelled input returns a Cancelled error and emits nothing.
    Status moveAgreement(qint64 agreementId, AgreementStage to);

    QModelIndex stageIndex(AgreementStage stage) const;
    static AgreementStage stageAt(int row);
    // The card's index, reading further pages of its stage until found; invalid when not there.
    QModelIndex findAgreement(qint64 agreementId, AgreementStage stage, bool fetch = true);
    qint64 stageCount(AgreementStage stage) const;
    const AgreementRow *card(const QModelIndex &index) const;
    int pageSize() const { return m_pageSize; }
    // How many rows the next fetch of a column with `loaded` rows reads.
    int fetchSize(qsizetype loaded) const
    {
        return int(std::clamp<qsizetype>(loaded, m_pageSize, std::max(m_pageSize, MaxPageSize)));
    }
    const Error &lastError() const { return m_error; }
    const AgreementSettings &settings() const { return m_settings; }

    static Alert alertFor(const AgreementRow &row, const AgreementSettings &settings);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    // A move the workflow refused or the database failed; `message` says which guard failed.
    void moveRefused(qint64 agreementId, const QString &message);
    void agreementMoved(qint64 agreementId, AgreementStage from, AgreementStage to);
    void countsChanged();
    // Reading the counts or a column's cards failed (also kept in lastError()).
    void readFailed(const Error &error);

private:
    struct Column
    {
        AgreementStage stage = AgreementStage::Prepared;
        qint64 count = 0;
        QList<AgreementRow> rows; // the first rows in board order, as far as fetched
        bool reading = false; // a page is being read on the worker
    };

    void reloadColumns();
    // Sets the columns' counts read by reloadColumns(); false (and lastError()) on failure.
    bool applyCounts(const Result<QHash<AgreementStage, qint64>> &counts);
    bool fetchPage(int stageRow);
    // Reads the page after the column's fetched rows on the worker; inserted by insertPage().
    void readPageInBackground(int stageRow);
    // The worker for background reads, made on first use for the current database.
    class PageReader *reader();
    // Appends a page read after the column's rows; false when there was nothing more or the read
    // failed.
    bool insertPage(int stageRow, const Result<QList<AgreementRow>> &rows);
    // Drops reads still on their way (after a reset of the cards or another database).
    void forgetReads();
    static QList<QPair<qint64, AgreementStage>> decode(const QMimeData *data);
    std::optional<AgreementStage> targetStage(const QModelIndex &parent) const;
    // Where `row` belongs among the fetched rows of `column` in board order; -1 = after them.
    int insertPosition(const Column &column, const AgreementRow &row) const;

    Database m_db;
    AgreementFilter m_filter;
    AgreementSort m_sort; // the board's order: by end date, soonest first
    AgreementSettings m_settings;
    QList<Column> m_columns;
    int m_pageSize;
    MoveInput m_moveInput;
    Error m_error;
    bool m_notifying = false; // inside our own change notification
    bool m_backgroundReads = false;
    bool m_counting = false;
    std::unique_ptr<class PageReader> m_reader;
    quint64 m_readGeneration = 0; // answers of an older generation are dropped
};

} // namespace cd
