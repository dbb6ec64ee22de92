#pragma once

// DirectoryModel: what every paged list model shares, whatever its record type: the filter and
// sort it asks its directory for, the page cache, the count, and rows by position. A record type
// plugs in with a traits struct naming its directory (page(filter, sort, offset, limit[, known
// count]) and count(filter)), its row (with an `id`), its filter and sort (both comparable with
// ==; a sort is {Column, Qt::SortOrder}), its column enum and its last column; its model keeps
// only its columns, the way KMyMoney's MyMoneyModel<T> serves its record types (ModelTraits names them): a
// table of ColumnSpec (each column's header and text) and rowData() for its own roles. data() reads a row
// only for the roles that need one, shows archived rows in grey italics, and answers the rest from
// the table. See CustomerModelTraits for one.

#include "pagecache.h"
#include "pagedtablemodel.h"
#include "pagereader.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

#include <array>
#include <optional>

namespace cd {

// The traits of a record type whose directory, row, filter and sort types are named as
// ModelTraits<CustomerDirectory, CustomerRow, CustomerFilter, CustomerSort, CustomerColumn::Updated>.
template<typename DirectoryType, typename RowType, typename FilterType, typename SortType, auto Last>
struct ModelTraits
{
    using Directory = DirectoryType;
    using Row = RowType;
    using Filter = FilterType;
    using Sort = SortType;
    using Column = decltype(Last);
    static constexpr Column LastColumn = Last;
};

template<typename Traits>
class DirectoryModel : public PagedTableModel
{
public:
    using Row = typename Traits::Row;
    using Filter = typename Traits::Filter;
    using Sort = typename Traits::Sort;
    using Column = typename Traits::Column;

    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter)
    {
        if (filter == m_filter)
            return;
        resetWith([&] { m_filter = filter; });
    }
    Sort sortOrder() const { return m_sort; }

    static Column columnKind(int column) { return static_cast<Column>(column); }
    static int columnOf(Column column) { return static_cast<int>(column); }

    int pageSize() const { return m_cache.pageSize(); }
    int maxCachedPages() const { return m_cache.maxPages(); }
    int cachedPages() const { return m_cache.cachedPages(); }

    // The record at `row` (read with its page when not cached); 0 / nullopt past the end or when
    // the page could not be read (lastError() says why).
    qint64 idAt(int row) const
    {
        const Row *r = rowNow(row);
        return r ? r->id : 0;
    }
    std::optional<Row> recordAt(int row) const
    {
        if (const Row *r = rowNow(row))
            return *r;
        return std::nullopt;
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columnOf(Traits::LastColumn) + 1;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
            return PagedTableModel::headerData(section, orientation, role);
        if (role != Qt::DisplayRole)
            return {};
        return QCoreApplication::translate(metaObject()->className(), columns()[std::size_t(section)].title);
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column column = columnKind(index.column());
        if (!needsRow(role))
            return columnData(column, role); // no page read
        const Row *r = rowAt(index.row());
        if (!r)
            return {};
        if (role == Qt::DisplayRole)
            return text(*r, column);
        if constexpr (requires { r->archived; }) {
            if (r->archived && role == Qt::FontRole) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            if (r->archived && role == Qt::ForegroundRole)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return rowData(*r, column, role);
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columnCount())
            return;
        const Sort sort {columnKind(column), order};
        if (sort == m_sort)
            return;
        // Rows move wholesale and the pages are gone, so persistent indexes cannot be mapped: reset.
        resetWith([&] { m_sort = sort; }, Recount::No);
    }

    // A record type's model inherits these (using DirectoryModel::DirectoryModel): pages of the
    // cache's default size, or `pageSize` rows with at most `maxPages` of them in memory.
    explicit DirectoryModel(QObject *parent = nullptr)
        : DirectoryModel(PageCache<Row>::DefaultPageSize, PageCache<Row>::DefaultMaxPages, parent)
    {}
    DirectoryModel(int pageSize, int maxPages, QObject *parent = nullptr)
        : PagedTableModel(parent)
        , m_cache(pageSize, maxPages)
    {
        m_cache.setFetch([this](qint64 offset, int limit) {
            return readPage(m_db, m_filter, m_sort, offset, limit, m_countExact ? m_count : -1);
        });
    }

protected:
    // One column of the list: its header, marked with QT_TR_NOOP in the model's class (translated
    // in its context), and the text a row shows in it.
    struct ColumnSpec
    {
        const char *title;
        QVariant (*text)(const Row &row);
    };
    using Columns = std::array<ColumnSpec, std::size_t(Traits::LastColumn) + 1>;
    // The record type's columns, in the order of its column enum.
    virtual const Columns &columns() const = 0;
    // A row's data for the other roles (tool tips, colours, the model's own roles).
    virtual QVariant rowData(const Row &row, Column column, int role) const = 0;
    // Data that needs no row (alignment).
    virtual QVariant columnData(Column column, int role) const
    {
        Q_UNUSED(column);
        Q_UNUSED(role);
        return {};
    }
    QVariant text(const Row &row, Column column) const { return columns()[std::size_t(column)].text(row); }
    static bool needsRow(int role)
    {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole
            || role == Qt::ForegroundRole || role == Qt::BackgroundRole || role == Qt::FontRole
            || role >= Qt::UserRole;
    }

    static Result<QList<Row>> readPage(
        const Database &db, const Filter &filter, const Sort &sort, qint64 offset, int limit, qint64 total)
    {
        const typename Traits::Directory directory(db);
        // Directories that can use the known count (to read the far end backwards) get it, once it
        // is exact.
        if constexpr (requires { directory.page(filter, sort, offset, limit, total); })
            return directory.page(filter, sort, offset, limit, total);
        else
            return directory.page(filter, sort, offset, limit);
    }

    Result<qint64> countRows() const override { return typename Traits::Directory(m_db).count(m_filter); }
    Result<std::pair<qint64, bool>> quickCountRows() const override
    {
        const typename Traits::Directory directory(m_db);
        if constexpr (requires { directory.quickCount(m_filter); })
            return directory.quickCount(m_filter);
        else
            return PagedTableModel::quickCountRows();
    }
    std::function<Result<qint64>(const Database &db)> exactCounter() const override
    {
        return
            [filter = m_filter](const Database &db) { return typename Traits::Directory(db).count(filter); };
    }
    void clearPages() override
    {
        m_cache.clear();
        for (const auto &job : std::as_const(m_pending))
            job->wanted = false;
        m_pending.clear();
        m_pendingOrder.clear();
    }

    // The row for a view: with background reads, nullptr until its page has arrived.
    const Row *rowAt(int row) const
    {
        if (readsInBackground(row))
            return nullptr;
        return rowNow(row);
    }
    // The row, its page read here and now when it is not cached.
    const Row *rowNow(int row) const
    {
        if (row < 0 || row >= m_count || !m_db.isOpen())
            return nullptr;
        const Row *r = m_cache.row(row);
        m_error = m_cache.lastError();
        return r;
    }

    Filter m_filter;
    Sort m_sort;
    mutable PageCache<Row> m_cache;

private:
    // Reads the scroll bar has passed are dropped beyond this many waiting.
    static constexpr int MaxWaitingReads = 3;

    // True when `row` is to come from a background read (requested here when not yet asked for).
    bool readsInBackground(int row) const
    {
        if (!backgroundReads() || row < 0 || row >= m_count || !m_db.isOpen() || m_cache.isCached(row))
            return false;
        const qint64 page = row / m_cache.pageSize();
        if (m_pending.contains(page))
            return true;
        const int limit = m_cache.pageSize();
        auto *self = const_cast<DirectoryModel *>(this);
        const auto job = pageReader()->read(
            [filter = m_filter, sort = m_sort, total = m_countExact ? m_count : -1, page, limit](
                const Database &db) { return readPage(db, filter, sort, page * limit, limit, total); },
            [self, page, generation = readGeneration()](
                Result<QList<Row>> rows) { self->pageArrived(page, generation, std::move(rows)); });
        m_pending.insert(page, job);
        m_pendingOrder.append(page);
        while (m_pendingOrder.size() > MaxWaitingReads) {
            if (const auto dropped = m_pending.take(m_pendingOrder.takeFirst()))
                dropped->wanted = false;
        }
        return true;
    }

    void pageArrived(qint64 page, quint64 generation, Result<QList<Row>> rows)
    {
        if (generation != readGeneration())
            return;
        m_pending.remove(page);
        m_pendingOrder.removeOne(page);
        if (!rows) {
            m_error = rows.error();
            emit countChanged(m_count); // the status bar shows why
            return;
        }
        const qint64 first = page * m_cache.pageSize();
        const qint64 last = std::min<qint64>(first + rows->size(), m_count) - 1;
        m_cache.insert(page, std::move(rows).value());
        if (last >= first)
            emit dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
    }

    mutable QHash<qint64, std::shared_ptr<PageReader::Job>> m_pending; // by page
    mutable QList<qint64> m_pendingOrder; // oldest first
};

} // namespace cd
