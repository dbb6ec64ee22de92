#include "partnersearchmodel.h"

#include "shared/rolenames.h"

namespace cd {

PartnerSearchModel::PartnerSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PartnerSearchModel::setDatabase(const Database &db)
{
    m_db = db;
    if (Status s = read(); !s)
        qWarning("PartnerSearchModel: %s", qPrintable(s.error().toString()));
}

Status PartnerSearchModel::setSearch(const QString &text)
{
    m_search = text;
    return read();
}

void PartnerSearchModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    if (Status s = read(); !s)
        qWarning("PartnerSearchModel: %s", qPrintable(s.error().toString()));
}

Status PartnerSearchModel::read()
{
    QList<PartnerRow> rows;
    bool truncated = false;
    Status status;
    if (m_db.isOpen()) {
        PartnerFilter filter;
        filter.search = m_search;
        // One row more than shown tells whether there are more, without counting them all.
        auto page = PartnerDirectory(m_db).page(filter, PartnerSort {}, 0, m_limit + 1);
        if (page) {
            rows = page.value();
            truncated = rows.size() > m_limit;
            if (truncated)
                rows.resize(m_limit);
        } else {
            status = page.error();
        }
    }
    beginResetModel();
    m_rows = rows;
    m_truncated = truncated;
    endResetModel();
    return status;
}

qint64 PartnerSearchModel::partnerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PartnerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PartnerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (r.city.isEmpty())
            //: Partner in a picker list: code, name
            return tr("%1  %2").arg(r.code, r.name);
        //: Partner in a picker list: code, name, city
        return tr("%1  %2, %3").arg(r.code, r.name, r.city);
    case Qt::ToolTipRole:
        return r.legalName.isEmpty() ? r.name : r.legalName;
    case IdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case NameRole:
        return r.name;
    }
    return {};
}

QHash<int, QByteArray> PartnerSearchModel::roleNames() const
{
    return withRoleNames(
        QAbstractListModel::roleNames(), {{IdRole, "partnerId"}, {CodeRole, "code"}, {NameRole, "name"}});
}

} // namespace cd
