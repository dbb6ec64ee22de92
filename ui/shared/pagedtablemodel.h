#pragma once

// PagedTableModel: what the directory table models share: the database, the row count read with
// one query, reset on every change of filter, sort or data, and the countChanged signal. Subclasses
// keep their rows in a PageCache and read them in data().

#include "db/database.h"

#include <QAbstractTableModel>
#include <QPointer>

class QThread;
class QTimer;

#include <functional>
#include <memory>

namespace cd {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    ~PagedTableModel() override;
    // Shows the rows of `db`; an unopened Database empties the model.
    void setDatabase(const Database &db);
    Database database() const { return m_db; }

    // Re-reads the count and forgets cached pages, keeping filter and sort (after edits).
    void refresh();

    // Every matching row; rowCount() is this clamped to what a view can address. For a broad search
    // it is first "at least" (countIsExact() false): the exact count follows from a worker thread
    // once the user stops typing, and the rows grow to it.
    qint64 totalCount() const { return m_count; }
    bool countIsExact() const { return m_countExact; }
    // How long the model waits after the last change before counting exactly.
    static constexpr int ExactCountDelayMs = 400;
    // Why the last count or page read failed; no error after a good read.
    const Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;

    // Pages a view asks for that are not cached are read on a worker thread with a connection of
    // its own; their rows are empty until they arrive (dataChanged). Reads through the model's
    // own API (a record by row) stay immediate. Off by default; the list pages turn it on.
    void setBackgroundReads(bool on) { m_backgroundReads = on; }
    bool backgroundReads() const { return m_backgroundReads; }

signals:
    void countChanged(qint64 count);
    // The rows answer a new question (another filter, search or sort): views go back to the first
    // row. Not emitted by refresh(), which keeps the user where they were after an edit.
    void restarted();

protected:
    explicit PagedTableModel(QObject *parent = nullptr);

    enum class Recount { Yes, No };
    enum class Position { Restart, Keep };
    // Applies `change` inside one model reset, then forgets the pages and re-counts unless a new
    // order of the same rows (a sort) makes that needless. Restart: emits restarted() afterwards.
    void resetWith(const std::function<void()> &change, Recount recount = Recount::Yes,
        Position position = Position::Restart);

    virtual Result<qint64> countRows() const = 0;
    // A count that may stop early: {rows, exact}. The default is countRows(), exact.
    virtual Result<std::pair<qint64, bool>> quickCountRows() const;
    // Counts the current rows exactly on another connection (called on a worker thread); only
    // needed when quickCountRows() can be inexact.
    virtual std::function<Result<qint64>(const Database &db)> exactCounter() const { return {}; }
    virtual void clearPages() = 0;

    // The worker for background reads, made on first use for the current database.
    class PageReader *pageReader() const;
    // Changes with every reset: answers to an older question are dropped.
    quint64 readGeneration() const { return m_readGeneration; }

    Database m_db;
    qint64 m_count = 0;
    bool m_countExact = true;
    mutable Error m_error;

private:
    void startExactCount();

    QTimer *m_exactCountTimer = nullptr;
    bool m_backgroundReads = false;
    quint64 m_readGeneration = 0;
    mutable std::unique_ptr<class PageReader> m_reader;
    QPointer<QThread> m_countThread;
    quint64 m_countGeneration = 0; // the question the pending exact count answers
};

} // namespace cd
