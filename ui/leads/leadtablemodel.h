#pragma once

// LeadTableModel: the leads list for views: counts once and reads pages on demand through the core
// LeadStore, filtered in the database, so a hundred thousand leads stay instant.

#include "leads/lead.h"
#include "leads/leadfilter.h"
#include "shared/pagecache.h"
#include "shared/pagedtablemodel.h"

#include <optional>

namespace cd {

class LeadTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        CountryColumn,
        ValueColumn,
        StatusColumn,
        PartnerColumn,
        DistributorColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole, // int(LeadStatus)
        PartnerIdRole, // qint64, 0 = not assigned
        FlaggedRole, // bool
    };
    Q_ENUM(Role)

    explicit LeadTableModel(QObject *parent = nullptr);

    LeadFilter filter() const { return m_filter; }
    void setFilter(const LeadFilter &filter);
    qint64 leadId(int row) const;
    std::optional<Lead> lead(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<qint64> countRows() const override;
    void clearPages() override { m_cache.clear(); }

private:
    LeadFilter m_filter;
    mutable PageCache<Lead> m_cache;
};

} // namespace cd
