#pragma once

// A model's role names: Qt's standard ones plus the model's own, by which tests, accessibility and
// any QML view address them.

#include <QByteArray>
#include <QHash>

#include <initializer_list>
#include <utility>

namespace cd {

inline QHash<int, QByteArray> withRoleNames(
    QHash<int, QByteArray> names, std::initializer_list<std::pair<int, const char *>> own)
{
    for (const auto &[role, name] : own)
        names.insert(role, QByteArray(name));
    return names;
}

} // namespace cd
