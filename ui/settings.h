#pragma once

// Settings: every user preference the application keeps, typed, over QSettings; widgets never see
// a settings key.

#include "db/database.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace cd {

class Settings
{
public:
    // Lists whose header layout (column order, hidden columns, widths, sort) is remembered.
    enum class Table { Partners, Customers, Agreements, Tasks };

    static constexpr int MaxRecentFiles = 8;

    Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // Most recent first, at most MaxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // QHeaderView::saveState() of a list; empty when never saved.
    QByteArray headerState(Table table) const;
    void setHeaderState(Table table, const QByteArray &state);
    void clearHeaderState(Table table);

    // How databases are opened; takes effect when a database is opened.
    JournalMode journalMode() const;
    void setJournalMode(JournalMode mode);

    // A locale name such as "de" or "de_DE"; empty = the system language.
    QString language() const;
    void setLanguage(const QString &language);

    void sync() { m_settings.sync(); }

private:
    static QString headerKey(Table table);
    QSettings m_settings;
};

} // namespace cd
