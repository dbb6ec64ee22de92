// The four kinds of list entry (levels, activations, areas, users) behind LookupListModel: how each
// reads, writes and shows its fields, and the model of each kind that create() makes.

#include "lookuplistmodel.h"

#include <type_traits>

namespace cd {

namespace {

using Field = LookupListModel::Field;

// Field access written once for the four entry types: a field an entry type lacks reads as nothing.
template<typename Entry>
QVariant fieldValue(const Entry &e, Field field)
{
    switch (field) {
    case Field::Name:
        if constexpr (requires { e.name; })
            return e.name;
        break;
    case Field::Weight:
        if constexpr (requires { e.weight; })
            return e.weight;
        break;
    case Field::Active:
        if constexpr (requires { e.active; })
            return e.active;
        break;
    case Field::Login:
        if constexpr (requires { e.login; })
            return e.login;
        break;
    case Field::DisplayName:
        if constexpr (requires { e.displayName; })
            return e.displayName;
        break;
    case Field::Email:
        if constexpr (requires { e.email; })
            return e.email;
        break;
    case Field::Order:
        if constexpr (requires { e.sequence; })
            return e.sequence;
        break;
    case Field::Partners:
        break;
    }
    return {};
}

template<typename Entry>
void setFieldValue(Entry &e, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Name:
        if constexpr (requires { e.name; })
            e.name = value.toString();
        break;
    case Field::Weight:
        if constexpr (requires { e.weight; })
            e.weight = value.toInt();
        break;
    case Field::Active:
        if constexpr (requires { e.active; })
            e.active = value.toBool();
        break;
    case Field::Login:
        if constexpr (requires { e.login; })
            e.login = value.toString();
        break;
    case Field::DisplayName:
        if constexpr (requires { e.displayName; })
            e.displayName = value.toString();
        break;
    case Field::Email:
        if constexpr (requires { e.email; })
            e.email = value.toString();
        break;
    case Field::Order:
        if constexpr (requires { e.sequence; })
            e.sequence = value.toInt();
        break;
    case Field::Partners:
        break;
    }
}

template<typename Entry>
QString keyOf(const Entry &e)
{
    if constexpr (requires { e.login; })
        return e.login;
    else
        return e.name;
}

template<typename Entry>
Result<QList<Entry>> readAll(const LookupStore &store)
{
    if constexpr (std::is_same_v<Entry, Level>)
        return store.levels();
    else if constexpr (std::is_same_v<Entry, Activation>)
        return store.activations();
    else if constexpr (std::is_same_v<Entry, Area>)
        return store.areas();
    else
        return store.users();
}

Result<Level> save(const LookupStore &store, const Level &e)
{
    return store.saveLevel(e);
}

Result<Activation> save(const LookupStore &store, const Activation &e)
{
    return store.saveActivation(e);
}

Result<Area> save(const LookupStore &store, const Area &e)
{
    return store.saveArea(e);
}

Result<User> save(const LookupStore &store, const User &e)
{
    return store.saveUser(e);
}

// The entries of one list; everything that does not depend on the entry type is in the base.
template<typename Entry>
class EntryListModel final : public LookupListModel
{
public:
    EntryListModel(List list, const Database &db, QObject *parent)
        : LookupListModel(list, db, parent)
    {}

protected:
    int entryCount() const override { return int(m_entries.size()); }
    qint64 idAt(int row) const override { return m_entries.at(row).id; }
    int versionAt(int row) const override { return m_entries.at(row).version; }
    QVariant valueAt(int row, Field f) const override { return fieldValue(m_entries.at(row), f); }

    Status readEntries(const LookupStore &store) override
    {
        auto read = readAll<Entry>(store);
        if (!read)
            return read.error();
        QList<Entry> entries = read.value();
        for (const Entry &e : std::as_const(m_entries)) {
            if (e.id == 0)
                entries.append(e);
        }
        m_entries = entries;
        return {};
    }

    void appendDraft() override
    {
        Entry e;
        if constexpr (requires { e.weight; })
            e.weight = 1; // like the lowest default level; 0 would silently take it out of lead assignment
        if constexpr (requires { e.sequence; }) {
            int last = 0;
            for (const Entry &other : std::as_const(m_entries))
                last = std::max(last, other.sequence);
            e.sequence = last + 1;
        }
        m_entries.append(e);
    }

    void removeEntryAt(int row) override { m_entries.removeAt(row); }
    void moveEntryAt(int from, int to) override { m_entries.move(from, to); }

    Status writeField(const LookupStore &store, int row, Field f, const QVariant &value) override
    {
        Entry e = m_entries.at(row);
        setFieldValue(e, f, value);
        // A new entry is stored once it is named: until then there is nothing a store would accept.
        if (e.id == 0 && keyOf(e).trimmed().isEmpty()) {
            m_entries[row] = e;
            return {};
        }
        auto saved = save(store, e);
        if (!saved)
            return saved.error();
        m_entries[row] = saved.value();
        return {};
    }

private:
    QList<Entry> m_entries;
};

} // namespace

LookupListModel *LookupListModel::create(List list, const Database &db, QObject *parent)
{
    switch (list) {
    case List::Levels:
        return new EntryListModel<Level>(list, db, parent);
    case List::Activations:
        return new EntryListModel<Activation>(list, db, parent);
    case List::Areas:
        return new EntryListModel<Area>(list, db, parent);
    case List::Users:
        return new EntryListModel<User>(list, db, parent);
    }
    return nullptr;
}

} // namespace cd
