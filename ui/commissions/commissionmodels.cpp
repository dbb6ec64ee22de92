#include "commissionmodels.h"

#include "shared/moneytext.h"

#include <QLocale>

namespace cd {

namespace {

QString amount(qint64 minor, const QString &currency)
{
    return moneyText(Money(minor, currency));
}

} // namespace

void StatementTableModel::setRun(std::shared_ptr<const SettlementRun> run)
{
    beginResetModel();
    m_run = std::move(run);
    endResetModel();
}

const CommissionStatement *StatementTableModel::statement(int row) const
{
    if (!m_run || row < 0 || row >= m_run->statements.size())
        return nullptr;
    return &m_run->statements[row];
}

int StatementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_run ? 0 : int(m_run->statements.size());
}

int StatementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementTableModel::data(const QModelIndex &index, int role) const
{
    const CommissionStatement *s = statement(index.row());
    if (!s || !index.isValid())
        return {};
    if (role == PartnerIdRole)
        return s->partnerId;
    const auto money = [&](qint64 minor) -> QVariant {
        if (role == SortRole)
            return minor;
        return amount(minor, s->currency);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Lines && index.column() <= Payable
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Partner:
        return s->partnerCode;
    case Name:
        return s->partnerName;
    case Period:
        return s->period;
    case Currency:
        return s->currency;
    case Lines:
        return role == SortRole ? QVariant(s->lineCount) : QVariant(QLocale().toString(s->lineCount));
    case Earned:
        return money(s->linesMinor);
    case CarriedIn:
        return money(s->carriedInMinor);
    case Total:
        return money(s->totalMinor);
    case Payable:
        return money(s->payableMinor);
    case Status:
        return CommissionStatement::statusLabel(s->status);
    default:
        return {};
    }
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Partner:
        return tr("Partner");
    case Name:
        return tr("Name");
    case Period:
        return tr("Period");
    case Currency:
        return tr("Currency");
    case Lines:
        return tr("Lines");
    case Earned:
        return tr("Earned");
    case CarriedIn:
        return tr("Carried in");
    case Total:
        return tr("Total");
    case Payable:
        return tr("Payable");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void CommissionLineModel::show(
    std::shared_ptr<const SettlementRun> run, qint64 partnerId, const QString &currency)
{
    beginResetModel();
    m_run = std::move(run);
    m_lines.clear();
    if (m_run) {
        for (int i = 0; i < m_run->lines.size(); ++i) {
            const CommissionLine &l = m_run->lines[i];
            if (l.partnerId == partnerId && l.currency == currency)
                m_lines.append(i);
        }
    }
    endResetModel();
}

int CommissionLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CommissionLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommissionLineModel::roleLabel(LineRole role)
{
    return CommissionLine::roleLabel(role);
}

QVariant CommissionLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_run || index.row() >= m_lines.size())
        return {};
    const CommissionLine &l = m_run->lines[m_lines[index.row()]];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Base && index.column() <= Amount
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role == Qt::ToolTipRole)
        return m_run->explain(l);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Document:
        return l.documentNumber;
    case Date:
        return QLocale().toString(l.lineDate, QLocale::ShortFormat);
    case Role:
        return l.adjustment ? tr("%1 (adjusts %2)").arg(roleLabel(l.role), l.period) : roleLabel(l.role);
    case Base:
        return amount(l.baseMinor, l.currency);
    case Rate:
        return l.detail.startsWith(QLatin1String("marginal")) ? tr("tiers") : l.rate.toPercentString();
    case Amount:
        return amount(l.amountMinor, l.currency);
    case Explanation:
        return m_run->explain(l);
    default:
        return {};
    }
}

QVariant CommissionLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Document:
        return tr("Document");
    case Date:
        return tr("Date");
    case Role:
        return tr("Kind");
    case Base:
        return tr("Base");
    case Rate:
        return tr("Rate");
    case Amount:
        return tr("Amount");
    case Explanation:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace cd
