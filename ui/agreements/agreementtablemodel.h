#pragma once

// AgreementTableModel: the agreements as a table (the list beside the board): counts with one query
// and reads rows page by page; sorting and filtering run in the database.

#include "agreements/agreementdirectory.h"
#include "agreements/agreementsettings.h"
#include "shared/pagecache.h"
#include "shared/pagedtablemodel.h"

#include <optional>

namespace cd {

class AgreementTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        NumberRole, // QString
        PartnerIdRole, // qint64
        StageRole, // int(AgreementStage)
        DaysToExpiryRole, // int; invalid without a period
        SortValueRole, // the raw value the column sorts by
    };
    Q_ENUM(Role)

    explicit AgreementTableModel(QObject *parent = nullptr);
    AgreementTableModel(int pageSize, int maxPages, QObject *parent = nullptr);

    AgreementFilter filter() const { return m_filter; }
    void setFilter(const AgreementFilter &filter);
    AgreementSort sortOrder() const { return m_sort; }

    qint64 agreementId(int row) const;
    std::optional<AgreementRow> agreementRow(int row) const;

    static AgreementColumn columnKind(int column) { return static_cast<AgreementColumn>(column); }
    static int columnOf(AgreementColumn column) { return static_cast<int>(column); }
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
    const AgreementRow *rowAt(int row) const;

    AgreementFilter m_filter;
    AgreementSort m_sort;
    mutable PageCache<AgreementRow> m_cache;
};

} // namespace cd
