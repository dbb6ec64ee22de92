#include "pagedtablemodel.h"

#include <limits>

namespace cd {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PagedTableModel::setDatabase(const Database &db)
{
    resetWith([&] { m_db = db; });
}

void PagedTableModel::refresh()
{
    resetWith([] {}, Recount::Yes, Position::Keep);
}

void PagedTableModel::resetWith(const std::function<void()> &change, Recount recount, Position position)
{
    const qint64 before = m_count;
    beginResetModel();
    change();
    clearPages();
    if (recount == Recount::No) {
        endResetModel();
        if (position == Position::Restart)
            emit restarted();
        return;
    }
    m_count = 0;
    m_error = {};
    if (m_db.isOpen()) {
        auto n = countRows();
        if (n)
            m_count = n.value();
        else
            m_error = n.error();
    }
    endResetModel();
    // After the reset, so a listener that reads the model sees the new rows.
    if (m_count != before)
        emit countChanged(m_count);
    if (position == Position::Restart)
        emit restarted();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Views address rows with int; beyond two billion rows the list shows the first ones.
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

} // namespace cd
