#pragma once

// The commissions page's two tables: the statements of a period (one row per partner and currency)
// and the lines of the statement chosen, each with its explanation. Both hold what one settlement
// run gave (SettlementRun), so they never read the database themselves.

#include "commissions/settlement.h"

#include <QAbstractTableModel>

#include <memory>

namespace cd {

class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Partner,
        Name,
        Period,
        Currency,
        Lines,
        Earned,
        CarriedIn,
        Total,
        Payable,
        Status,
        ColumnCount
    };
    enum Role { PartnerIdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(std::shared_ptr<const SettlementRun> run);
    const CommissionStatement *statement(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const SettlementRun> m_run;
};

class CommissionLineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Document, Date, Role, Base, Rate, Amount, Explanation, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // The lines of one partner in one currency (an empty currency: none).
    void show(std::shared_ptr<const SettlementRun> run, qint64 partnerId, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleLabel(LineRole role);

private:
    std::shared_ptr<const SettlementRun> m_run;
    QList<int> m_lines; // indexes into m_run->lines
};

} // namespace cd
