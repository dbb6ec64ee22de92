#include "lookuplistmodel.h"

#include "shared/rolenames.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include <type_traits>

namespace cd {

namespace {

using Field = LookupListModel::Field;

QList<Field> fieldsOf(LookupStore::List list)
{
    switch (list) {
    case LookupStore::List::Levels:
        return {Field::Name, Field::Weight, Field::Partners};
    case LookupStore::List::Activations:
        return {Field::Name, Field::Active, Field::Partners};
    case LookupStore::List::Areas:
        return {Field::Name, Field::Partners};
    case LookupStore::List::Users:
        return {Field::Login, Field::DisplayName, Field::Email, Field::Active, Field::Partners};
    }
    return {};
}

bool isNumeric(Field field)
{
    return field == Field::Weight || field == Field::Partners;
}

QBrush dimmed()
{
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
}

} // namespace

LookupListModel::LookupListModel(List list, const Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_list(list)
    , m_fields(fieldsOf(list))
{}

LookupListModel::~LookupListModel() = default;

bool LookupListModel::isOrdered() const
{
    return m_list == List::Levels || m_list == List::Activations;
}

bool LookupListModel::canRemove() const
{
    return m_list != List::Users;
}

LookupListModel::Field LookupListModel::keyField() const
{
    return m_list == List::Users ? Field::Login : Field::Name;
}

LookupListModel::Field LookupListModel::field(int column) const
{
    return m_fields.value(column, Field::Partners);
}

int LookupListModel::columnOf(Field f) const
{
    return int(m_fields.indexOf(f));
}

bool LookupListModel::isDraft(int row) const
{
    return row >= 0 && row < entryCount() && idAt(row) == 0;
}

qint64 LookupListModel::entryId(int row) const
{
    return row >= 0 && row < entryCount() ? idAt(row) : 0;
}

int LookupListModel::rowOf(qint64 id) const
{
    for (int row = 0; id != 0 && row < entryCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

QString LookupListModel::nameAt(int row) const
{
    return row >= 0 && row < entryCount() ? valueAt(row, keyField()).toString() : QString();
}

Status LookupListModel::reload()
{
    const LookupStore store(m_db);
    auto usage = store.usage(m_list);
    beginResetModel();
    const Status entries = readEntries(store);
    m_usage = usage.valueOr({});
    endResetModel();
    if (!entries)
        return entries;
    return usage;
}

int LookupListModel::addEntry()
{
    const int row = entryCount();
    beginInsertRows({}, row, row);
    appendDraft();
    endInsertRows();
    return row;
}

Status LookupListModel::removeEntry(int row)
{
    if (row < 0 || row >= entryCount())
        return Error::make(Error::Code::Usage, tr("No entry is selected."));
    if (!isDraft(row)) {
        const LookupStore store(m_db);
        Status removed;
        switch (m_list) {
        case List::Levels:
            removed = store.removeLevel(idAt(row));
            break;
        case List::Activations:
            removed = store.removeActivation(idAt(row));
            break;
        case List::Areas:
            removed = store.removeArea(idAt(row));
            break;
        case List::Users:
            removed = Error::make(Error::Code::Usage, tr("Users are deactivated, not removed."));
            break;
        }
        if (!removed) {
            Error e = removed.error();
            //: An entry of a list could not be removed: its name, then the reason
            e.message = tr("“%1” cannot be removed: %2").arg(nameAt(row), e.message);
            return fail(e, nameAt(row));
        }
    }
    const bool wasStored = !isDraft(row);
    beginRemoveRows({}, row, row);
    removeEntryAt(row);
    endRemoveRows();
    if (wasStored)
        succeed();
    return {};
}

Status LookupListModel::moveEntry(int row, int delta)
{
    const int target = row + delta;
    if (!isOrdered() || row < 0 || row >= entryCount() || target < 0 || target >= entryCount())
        return Error::make(Error::Code::Usage, tr("The entry cannot move there."));
    if (delta == 0)
        return {};
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    moveEntryAt(row, target);
    endMoveRows();
    const Status ordered = writeOrder(LookupStore(m_db));
    if (!ordered) {
        // The rows no longer match what is stored; the list as stored is the only safe state.
        if (ordered.error().code != Error::Code::Conflict)
            (void)reload();
        // A conflict may be on any row the new order renumbers, so no entry is named.
        return fail(ordered.error(), QString());
    }
    emit headerDataChanged(Qt::Vertical, std::min(row, target), std::max(row, target));
    succeed();
    return {};
}

// The order is the row position, stored as 1, 2, 3…: one transaction, so a conflict on any row
// leaves the whole order as it was.
Status LookupListModel::writeOrder(const LookupStore &store)
{
    return store.inOneTransaction([&]() -> Status {
        for (int row = 0; row < entryCount(); ++row) {
            if (valueAt(row, Field::Order).toInt() == row + 1)
                continue;
            if (Status s = writeField(store, row, Field::Order, row + 1); !s)
                return s;
        }
        return {};
    });
}

Status LookupListModel::fail(Error error, const QString &name, Reread reread)
{
    if (error.code == Error::Code::Conflict) {
        if (reread == Reread::Now)
            (void)reload();
        else
            QTimer::singleShot(0, this, [this] { (void)reload(); });
        error.message = name.isEmpty()
            ? tr("Someone else changed this list in the meantime, so your change was not saved. The list "
                 "now shows what is stored; make your change again if it is still needed.")
            : tr("“%1” was changed or removed by someone else in the meantime, so your change was not "
                 "saved. The list now shows what is stored; make your change again if it is still needed.")
                  .arg(name);
    }
    m_lastError = error;
    emit writeFailed(error);
    return error;
}

void LookupListModel::succeed()
{
    m_lastError = {};
    emit written();
}

int LookupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int LookupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant LookupListModel::data(const QModelIndex &index, int role) const
{
    // Views and the model tester ask about the invalid index too; that is no mistake to log.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Field f = field(index.column());
    const bool draft = isDraft(row);
    const qint64 partners = draft ? 0 : m_usage.value(idAt(row));
    switch (role) {
    case Qt::DisplayRole:
        if (f == Field::Partners)
            return draft ? QVariant() : QVariant(partners);
        if (f == Field::Active)
            return {}; // the check box says it
        if (f == keyField() && draft && nameAt(row).isEmpty())
            return f == Field::Login ? tr("Type a login") : tr("Type a name");
        if (f == Field::Weight && valueAt(row, f).toInt() == 0)
            //: Lead weight 0 in the list of levels
            return tr("0 (no leads)");
        return valueAt(row, f);
    case Qt::EditRole:
        if (f == Field::Partners)
            return draft ? QVariant() : QVariant(partners);
        return f == Field::Active ? QVariant() : valueAt(row, f);
    case Qt::CheckStateRole:
        if (f == Field::Active)
            return valueAt(row, f).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(f))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((f == keyField() && draft && nameAt(row).isEmpty())
            || (f == Field::Weight && valueAt(row, f).toInt() == 0)
            || (f == Field::Partners && partners == 0))
            return dimmed();
        return {};
    case Qt::FontRole:
        if (draft) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (draft)
            return keyField() == Field::Login
                ? tr("New user, not saved yet: it is saved once it has a login.")
                : tr("New entry, not saved yet: it is saved once it has a name.");
        switch (f) {
        case Field::Weight:
            return valueAt(row, f).toInt() == 0
                ? tr("Partners of this level receive no leads.")
                : tr("A higher weight gives partners of this level a higher chance to receive leads.");
        case Field::Active:
            if (m_list == List::Users)
                return valueAt(row, f).toBool() ? tr("Can be chosen as account manager.")
                                                : tr("Inactive: stays on partners, offered no more.");
            return valueAt(row, f).toBool()
                ? tr("Offered for partners.")
                : tr("Disabled: stays on partners that have it, offered no more.");
        case Field::Partners:
            return partners == 0
                ? tr("No partner uses this entry.")
                : tr("%Ln partner(s) use this entry, archived ones included.", nullptr, int(partners));
        default:
            return {};
        }
    case IdRole:
        return idAt(row);
    case VersionRole:
        return versionAt(row);
    case PartnerCountRole:
        return partners;
    }
    return {};
}

bool LookupListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const Field f = field(index.column());
    QVariant newValue;
    if (f == Field::Active && role == Qt::CheckStateRole) {
        newValue = value.toInt() == Qt::Checked;
    } else if (f != Field::Active && f != Field::Partners && role == Qt::EditRole) {
        if (f == Field::Weight) {
            bool ok = false;
            newValue = value.toInt(&ok);
            if (!ok)
                return false;
        } else {
            // The store trims names; comparing trimmed text keeps an unchanged cell from writing.
            newValue = value.toString().trimmed();
        }
    } else {
        return false;
    }
    if (newValue == valueAt(row, f))
        return true;
    const QString name = nameAt(row);
    const bool wasDraft = isDraft(row);
    if (f == Field::Name && m_list != List::Users && !wasDraft && m_swapConfirmer) {
        // The name of another entry: names are unique, so the two can only trade them.
        for (int other = 0; other < entryCount(); ++other) {
            if (other == row || isDraft(other)
                || nameAt(other).compare(newValue.toString(), Qt::CaseInsensitive) != 0)
                continue;
            if (!m_swapConfirmer(name, nameAt(other)))
                return false;
            const Status swapped = LookupStore(m_db).swapNames(
                m_list, idAt(row), versionAt(row), idAt(other), versionAt(other));
            if (!swapped) {
                (void)fail(swapped.error(), name, Reread::Later);
                return false;
            }
            // Read back after the editor has let go of the cell.
            QTimer::singleShot(0, this, [this] { (void)reload(); });
            succeed();
            return true;
        }
    }
    const Status saved = writeField(LookupStore(m_db), row, f, newValue);
    if (!saved) {
        (void)fail(saved.error(), name, Reread::Later);
        return false;
    }
    // A draft that got its name changes its look in every column.
    emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    if (!wasDraft || !isDraft(row))
        succeed();
    return true;
}

QVariant LookupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Field f = m_fields.at(section);
    if (role == Qt::DisplayRole) {
        switch (f) {
        case Field::Name:
            return tr("Name");
        case Field::Weight:
            return tr("Lead weight");
        case Field::Active:
            return tr("Active");
        case Field::Login:
            return tr("Login");
        case Field::DisplayName:
            return tr("Display name");
        case Field::Email:
            return tr("E-mail");
        case Field::Partners:
            return tr("Partners");
        case Field::Order:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (f == Field::Weight)
            return tr("How likely partners of this level are to receive leads: the higher, the likelier; 0 "
                      "receives none.");
        if (f == Field::Partners)
            return tr("Partners using the entry, archived ones included. Only unused entries can be "
                      "removed.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && isNumeric(f))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags LookupListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Field f = field(index.column());
    if (f == Field::Active)
        flags |= Qt::ItemIsUserCheckable;
    else if (f != Field::Partners)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> LookupListModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "entryId"}, {VersionRole, "version"}, {PartnerCountRole, "partnerCount"}});
}

} // namespace cd
