#pragma once

// LookupListModel: one list partners refer to (levels, activations, areas or users) as an editable
// table. The lists are short, so the entries are held in memory; each edit is written at once through
// the LookupStore as a version-checked save, and a conflict reads the list again.

#include "db/database.h"
#include "partners/lookups.h"

#include <QAbstractTableModel>

#include <functional>

namespace cd {

class LookupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using List = LookupStore::List;
    // What a column shows. Order is no column: it is the row order of levels and activations.
    enum class Field { Name, Weight, Active, Login, DisplayName, Email, Partners, Order };
    Q_ENUM(Field)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64; 0 while a new entry waits for its name
        VersionRole, // int
        PartnerCountRole, // qint64: partners using the entry (archived ones too)
    };
    Q_ENUM(Role)

    // A model of `list` in `db`, not read yet: call reload(). The four lists differ only in their
    // entry type, so one template in the .cpp implements them all.
    static LookupListModel *create(List list, const Database &db, QObject *parent = nullptr);
    ~LookupListModel() override;

    List list() const { return m_list; }
    // Levels and activations are offered in the order of the rows, which moveEntry() changes.
    bool isOrdered() const;
    // Users are deactivated instead: their name stays on partners and in the history.
    bool canRemove() const;
    // The column naming the entry: login for users, name for the others.
    Field keyField() const;
    Field field(int column) const;
    int columnOf(Field field) const; // -1 when the list has no such column

    // Asked when an entry of levels, activations or areas is renamed to the name of another entry
    // of the list: true swaps the two names (one transaction). Without one, such a rename is
    // refused as a duplicate.
    using SwapConfirmer = std::function<bool(const QString &renamed, const QString &other)>;
    void setSwapConfirmer(SwapConfirmer confirmer) { m_swapConfirmer = std::move(confirmer); }

    // Reads the entries and their partner counts again. New entries not saved yet stay at the end.
    // After a conflict in setData() this happens on the next pass of the event loop.
    Status reload();
    // Appends a new entry, saved as soon as it gets a name (login); returns its row.
    int addEntry();
    // Removes the entry; the store refuses while partners use it. A new entry is just dropped.
    Status removeEntry(int row);
    // Moves the entry `delta` rows up (negative) or down and writes the new order in one transaction.
    Status moveEntry(int row, int delta);
    // True for a new entry that has no name yet, so is not stored.
    bool isDraft(int row) const;
    qint64 entryId(int row) const;
    // The row of the entry with `id`; -1 when there is none.
    int rowOf(qint64 id) const;
    // Why the last write failed; an Error with Code::None after a successful one.
    const Error &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // An entry was added, changed, removed or moved: what shows the lists elsewhere should reload.
    void written();
    // A write was refused or failed; after a conflict the list shows what is stored now.
    void writeFailed(const cd::Error &error);

protected:
    LookupListModel(List list, const Database &db, QObject *parent);

    // The entries, implemented once per entry type.
    virtual int entryCount() const = 0;
    virtual qint64 idAt(int row) const = 0;
    virtual int versionAt(int row) const = 0;
    // The field as stored (the edit value); not asked for Partners.
    virtual QVariant valueAt(int row, Field field) const = 0;
    // Replaces the stored entries with `store`'s, keeping the drafts at the end.
    virtual Status readEntries(const LookupStore &store) = 0;
    virtual void appendDraft() = 0;
    virtual void removeEntryAt(int row) = 0;
    virtual void moveEntryAt(int from, int to) = 0;
    // Sets one field and saves the entry (a draft only once it has a name); the row changes only
    // when that succeeded.
    virtual Status writeField(const LookupStore &store, int row, Field field, const QVariant &value) = 0;

private:
    Status writeOrder(const LookupStore &store);
    enum class Reread { Now, Later };
    // Reports `error` about the entry `name` as the last one; a conflict reads the list again, later
    // when a view's editor is still committing (a reset under it would leave the editor orphaned).
    Status fail(Error error, const QString &name, Reread reread = Reread::Now);
    void succeed();
    QString nameAt(int row) const;

    Database m_db;
    List m_list;
    QList<Field> m_fields;
    QHash<qint64, qint64> m_usage;
    Error m_lastError;
    SwapConfirmer m_swapConfirmer;
};

} // namespace cd
