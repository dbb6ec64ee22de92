#pragma once

// DirectoryModel: what every paged list model shares, whatever its record type: the filter and
// sort it asks its directory for, the page cache, the count, and rows by position. A record type
// plugs in with a traits struct naming its directory, row, filter, sort and column types and its
// last column; its model keeps only the columns (data, headers, roles), the way KMyMoney's
// MyMoneyModel<T> serves its record types.
//
//     struct CustomerModelTraits {
//         using Directory = CustomerDirectory;   // page(filter, sort, offset, limit[, known count]),
//         count(filter) using Row = CustomerRow;               // with an `id` using Filter = CustomerFilter;
//         // equality-comparable using Sort = CustomerSort;             // {Column, Qt::SortOrder},
//         equality-comparable using Column = CustomerColumn;         // 0 .. LastColumn static constexpr
//         Column LastColumn = CustomerColumn::Updated;
//     };

#include "pagecache.h"
#include "pagedtablemodel.h"

#include <optional>

namespace cd {

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
        const Row *r = rowAt(row);
        return r ? r->id : 0;
    }
    std::optional<Row> recordAt(int row) const
    {
        if (const Row *r = rowAt(row))
            return *r;
        return std::nullopt;
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columnOf(Traits::LastColumn) + 1;
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

protected:
    DirectoryModel(int pageSize, int maxPages, QObject *parent)
        : PagedTableModel(parent)
        , m_cache(pageSize, maxPages)
    {
        m_cache.setFetch([this](qint64 offset, int limit) {
            const typename Traits::Directory directory(m_db);
            // Directories that can use the known count (to read the far end backwards) get it, once
            // it is exact.
            if constexpr (requires { directory.page(m_filter, m_sort, offset, limit, m_count); })
                return directory.page(m_filter, m_sort, offset, limit, m_countExact ? m_count : -1);
            else
                return directory.page(m_filter, m_sort, offset, limit);
        });
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
    void clearPages() override { m_cache.clear(); }

    const Row *rowAt(int row) const
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
};

} // namespace cd
