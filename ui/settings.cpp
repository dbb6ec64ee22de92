#include "settings.h"

#include <QDir>
#include <QFileInfo>

namespace cd {

namespace {
// Keys live here and nowhere else; renaming one loses the user's stored value.
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastDatabase = QStringLiteral("files/lastDatabase");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kJournalMode = QStringLiteral("database/journalMode");
const QString kLanguage = QStringLiteral("interface/language");

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

Settings::Settings() = default;

QStringList Settings::recentFiles() const
{
    return m_settings.value(kRecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString file = normalized(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings.setValue(kRecentFiles, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(normalized(path));
    m_settings.setValue(kRecentFiles, files);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(kRecentFiles);
}

QString Settings::lastDatabase() const
{
    return m_settings.value(kLastDatabase).toString();
}

void Settings::setLastDatabase(const QString &path)
{
    m_settings.setValue(kLastDatabase, path.isEmpty() ? QString() : normalized(path));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}

QString Settings::headerKey(Table table)
{
    switch (table) {
    case Table::Partners:
        return QStringLiteral("tables/partners/header");
    case Table::Customers:
        return QStringLiteral("tables/customers/header");
    case Table::Agreements:
        return QStringLiteral("tables/agreements/header");
    case Table::Tasks:
        return QStringLiteral("tables/tasks/header");
    }
    return {};
}

QByteArray Settings::headerState(Table table) const
{
    return m_settings.value(headerKey(table)).toByteArray();
}

void Settings::setHeaderState(Table table, const QByteArray &state)
{
    m_settings.setValue(headerKey(table), state);
}

void Settings::clearHeaderState(Table table)
{
    m_settings.remove(headerKey(table));
}

JournalMode Settings::journalMode() const
{
    const QString mode = m_settings.value(kJournalMode).toString();
    if (mode == QLatin1String("local"))
        return JournalMode::Local;
    if (mode == QLatin1String("shared"))
        return JournalMode::Shared;
    return JournalMode::Auto;
}

void Settings::setJournalMode(JournalMode mode)
{
    switch (mode) {
    case JournalMode::Auto:
        m_settings.setValue(kJournalMode, QStringLiteral("auto"));
        break;
    case JournalMode::Local:
        m_settings.setValue(kJournalMode, QStringLiteral("local"));
        break;
    case JournalMode::Shared:
        m_settings.setValue(kJournalMode, QStringLiteral("shared"));
        break;
    }
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(kLanguage);
    else
        m_settings.setValue(kLanguage, language);
}

} // namespace cd
