#include "pagedtablemodel.h"

#include "pagereader.h"

#include <QThread>
#include <QTimer>

#include <limits>
#include <memory>

namespace cd {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_exactCountTimer(new QTimer(this))
{
    m_exactCountTimer->setSingleShot(true);
    m_exactCountTimer->setInterval(ExactCountDelayMs);
    connect(m_exactCountTimer, &QTimer::timeout, this, &PagedTableModel::startExactCount);
}

PagedTableModel::~PagedTableModel()
{
    m_reader.reset(); // waits for a read in progress
    // A count still running reads through its own connection; it ends within a second or two.
    if (m_countThread)
        m_countThread->wait();
}

Result<std::pair<qint64, bool>> PagedTableModel::quickCountRows() const
{
    auto n = countRows();
    if (!n)
        return n.error();
    return std::pair {n.value(), true};
}

void PagedTableModel::startExactCount()
{
    auto counter = exactCounter();
    if (m_countExact || !counter || !m_db.isOpen())
        return;
    const quint64 generation = m_countGeneration;
    auto result = std::make_shared<std::optional<Result<qint64>>>();
    QThread *thread = QThread::create([db = m_db, counter, result] {
        auto own = db.openAnotherConnection();
        *result = own ? counter(own.value()) : Result<qint64>(own.error());
    });
    connect(thread, &QThread::finished, this, [this, generation, result] {
        if (generation != m_countGeneration || m_countExact || !*result)
            return; // the question changed meanwhile
        if (!result->value()) {
            m_error = result->value().error();
            emit countChanged(m_count);
            return;
        }
        const qint64 exact = result->value().value();
        m_countExact = true;
        const int shown = rowCount();
        const qint64 before = m_count;
        if (exact > before) {
            beginInsertRows({}, shown, int(std::min<qint64>(exact, std::numeric_limits<int>::max()) - 1));
            m_count = exact;
            endInsertRows();
        } else if (exact < before) {
            // Fewer than the estimate (partners archived since): drop the rows past the end.
            beginRemoveRows({}, int(exact), shown - 1);
            m_count = exact;
            clearPages();
            endRemoveRows();
        }
        emit countChanged(m_count);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_countThread = thread;
    thread->start();
}

PageReader *PagedTableModel::pageReader() const
{
    if (!m_reader)
        m_reader = std::make_unique<PageReader>(m_db, const_cast<PagedTableModel *>(this));
    return m_reader.get();
}

void PagedTableModel::setDatabase(const Database &db)
{
    // A running count holds a copy of the old handle: let it finish before the handle changes.
    if (m_countThread)
        m_countThread->wait();
    m_reader.reset();
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
    ++m_readGeneration;
    clearPages();
    if (recount == Recount::No) {
        endResetModel();
        if (position == Position::Restart)
            emit restarted();
        return;
    }
    m_count = 0;
    m_countExact = true;
    m_error = {};
    ++m_countGeneration;
    if (m_db.isOpen()) {
        auto n = quickCountRows();
        if (n) {
            m_count = n->first;
            m_countExact = n->second;
        } else {
            m_error = n.error();
        }
    }
    endResetModel();
    if (m_countExact)
        m_exactCountTimer->stop();
    else
        m_exactCountTimer->start();
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
