#pragma once

// CustomerTableModel: the customer directory as a table for views, counted with one query and read
// page by page; sorting and filtering run in the database.

#include "customers/customerdirectory.h"
#include "shared/pagecache.h"
#include "shared/pagedtablemodel.h"

#include <optional>

namespace cd {

class CustomerTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CodeRole, // QString
        PartnerIdRole, // qint64; 0 = a direct customer
        ArchivedRole, // bool
        SortValueRole, // the raw value the column sorts by (dates as QDateTime)
    };
    Q_ENUM(Role)

    explicit CustomerTableModel(QObject *parent = nullptr);
    // Pages of `pageSize` rows, at most `maxPages` of them in memory.
    CustomerTableModel(int pageSize, int maxPages, QObject *parent = nullptr);

    CustomerFilter filter() const { return m_filter; }
    void setFilter(const CustomerFilter &filter);
    CustomerSort sortOrder() const { return m_sort; }
    qint64 customerId(int row) const;
    std::optional<CustomerRow> customerRow(int row) const;

    static CustomerColumn columnKind(int column) { return static_cast<CustomerColumn>(column); }
    static int columnOf(CustomerColumn column) { return static_cast<int>(column); }

    int pageSize() const { return m_cache.pageSize(); }
    int maxCachedPages() const { return m_cache.maxPages(); }
    int cachedPages() const { return m_cache.cachedPages(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Result<qint64> countRows() const override;
    void clearPages() override { m_cache.clear(); }

private:
    const CustomerRow *rowAt(int row) const;

    CustomerFilter m_filter;
    CustomerSort m_sort;
    mutable PageCache<CustomerRow> m_cache;
};

} // namespace cd
