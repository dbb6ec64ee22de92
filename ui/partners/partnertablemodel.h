#pragma once

// PartnerTableModel: the partner directory as a table for views: counts with one query and reads
// rows page by page, so a million partners stay instant; sorting and filtering run in the database.

#include "partners/partnerdirectory.h"
#include "shared/pagecache.h"
#include "shared/pagedtablemodel.h"

#include <QIcon>

#include <array>
#include <optional>

namespace cd {

class PartnerTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CodeRole, // QString
        KindRole, // int(PartnerKind)
        StatusRole, // int(PartnerStatus)
        ArchivedRole, // bool
        SortValueRole, // the raw value the column sorts by (dates as QDateTime)
    };
    Q_ENUM(Role)

    explicit PartnerTableModel(QObject *parent = nullptr);
    // Pages of `pageSize` rows, at most `maxPages` of them in memory.
    PartnerTableModel(int pageSize, int maxPages, QObject *parent = nullptr);

    PartnerFilter filter() const { return m_filter; }
    void setFilter(const PartnerFilter &filter);
    PartnerSort sortOrder() const { return m_sort; }

    qint64 partnerId(int row) const;
    std::optional<PartnerRow> partnerRow(int row) const;

    static PartnerColumn columnKind(int column) { return static_cast<PartnerColumn>(column); }
    static int columnOf(PartnerColumn column) { return static_cast<int>(column); }

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
    const PartnerRow *rowAt(int row) const;

    PartnerFilter m_filter;
    PartnerSort m_sort;
    mutable PageCache<PartnerRow> m_cache;
    mutable std::array<QIcon, 3> m_statusIcons; // by PartnerStatus, drawn on first use
};

} // namespace cd
