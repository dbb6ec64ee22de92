#pragma once

// PageCache<Row>: the rows of a big query kept as a bounded number of fixed-size pages, least
// recently used page evicted first, so a table model shows millions of rows in constant memory.

#include "common/result.h"

#include <QHash>
#include <QList>

#include <functional>
#include <list>

namespace cd {

template<typename Row>
class PageCache
{
public:
    // Reads rows [offset, offset + limit) in the model's current order.
    using Fetch = std::function<Result<QList<Row>>(qint64 offset, int limit)>;

    static constexpr int DefaultPageSize = 128;
    static constexpr int DefaultMaxPages = 128;

    explicit PageCache(int pageSize = DefaultPageSize, int maxPages = DefaultMaxPages)
        : m_pageSize(std::max(1, pageSize))
        , m_maxPages(std::max(1, maxPages))
    {}

    void setFetch(Fetch fetch)
    {
        m_fetch = std::move(fetch);
        clear();
    }

    // The row at `index`, reading its page when it is not cached; nullptr when the page could not
    // be read (lastError() says why) or the row is past the end of the result.
    const Row *row(qint64 index)
    {
        if (index < 0 || !m_fetch)
            return nullptr;
        const qint64 page = index / m_pageSize;
        const int inPage = int(index % m_pageSize);
        auto it = m_pages.find(page);
        if (it == m_pages.end()) {
            auto rows = m_fetch(page * m_pageSize, m_pageSize);
            if (!rows) {
                m_lastError = rows.error();
                return nullptr;
            }
            m_lastError = {};
            if (rows.value().isEmpty())
                return nullptr; // past the end: nothing worth a place in the cache
            while (m_pages.size() >= m_maxPages)
                evictOldest();
            it = m_pages.insert(page, Entry {std::move(rows).value(), {}});
            m_order.push_front(page);
            it->position = m_order.begin();
        } else if (it->position != m_order.begin()) {
            // Most recently used at the front; the back is evicted first.
            m_order.splice(m_order.begin(), m_order, it->position);
        }
        return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
    }

    // Stores a page read elsewhere (on a worker), as row() would have.
    void insert(qint64 page, QList<Row> rows)
    {
        if (m_pages.contains(page) || rows.isEmpty())
            return;
        while (m_pages.size() >= m_maxPages)
            evictOldest();
        auto it = m_pages.insert(page, Entry {std::move(rows), {}});
        m_order.push_front(page);
        it->position = m_order.begin();
    }

    // Forgets every page: after a write, a sort or a new filter the pages no longer hold true rows.
    void clear()
    {
        m_pages.clear();
        m_order.clear();
    }

    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }
    int cachedPages() const { return int(m_pages.size()); }
    bool isCached(qint64 index) const { return index >= 0 && m_pages.contains(index / m_pageSize); }
    const Error &lastError() const { return m_lastError; }

private:
    struct Entry
    {
        QList<Row> rows;
        typename std::list<qint64>::iterator position;
    };

    void evictOldest()
    {
        m_pages.remove(m_order.back());
        m_order.pop_back();
    }

    int m_pageSize;
    int m_maxPages;
    Fetch m_fetch;
    QHash<qint64, Entry> m_pages;
    std::list<qint64> m_order; // page numbers, most recently used first
    Error m_lastError;
};

} // namespace cd
