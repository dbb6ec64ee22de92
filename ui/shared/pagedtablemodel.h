#pragma once

// PagedTableModel: what the directory table models share: the database, the row count read with
// one query, reset on every change of filter, sort or data, and the countChanged signal. Subclasses
// keep their rows in a PageCache and read them in data().

#include "db/database.h"

#include <QAbstractTableModel>

#include <functional>

namespace cd {

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Shows the rows of `db`; an unopened Database empties the model.
    void setDatabase(const Database &db);
    Database database() const { return m_db; }

    // Re-reads the count and forgets cached pages, keeping filter and sort (after edits).
    void refresh();

    // Every matching row; rowCount() is this clamped to what a view can address.
    qint64 totalCount() const { return m_count; }
    // Why the last count or page read failed; no error after a good read.
    const Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;

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
    virtual void clearPages() = 0;

    Database m_db;
    qint64 m_count = 0;
    mutable Error m_error;
};

} // namespace cd
