#pragma once

// FilterBar: the row of filters above a list: a search field that reports once the user pauses
// typing, lists whose first entry means "all", other controls a page adds (a spin box), and a
// Clear Filters button. The page reads the values and builds its core filter from them; the bar
// only says when they changed. One or more lines; the search field starts the first, the button
// ends the last.

#include <QList>
#include <QPair>
#include <QVariant>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;

namespace cd {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    // Typing restarts this delay, so a list is queried once per pause, not per keystroke.
    static constexpr int SearchDelayMs = 200;
    using Items = QList<QPair<QString, QVariant>>;

    explicit FilterBar(QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    void setSearchPlaceholder(const QString &text, int widthInCharacters = 36);
    // The search text without surrounding blanks.
    QString searchText() const;

    // Adds a list whose first entry `all` (value `allValue`) means no filter, on line `line`
    // (0 = with the search field). The lists are numbered in the order they are added.
    QComboBox *addList(
        const QString &all, const QString &toolTip, const QVariant &allValue = {}, int line = 0);
    QComboBox *list(int index) const { return m_lists.value(index); }
    QVariant value(int index) const;
    // Replaces a list's entries after "all", keeping the chosen one while it is still offered.
    void fill(int index, const Items &items);
    static void fill(QComboBox *list, const Items &items);
    // Every country as (name, code), sorted by name in the user's language.
    static Items countryItems();

    // Adds another control; the page connects its change to changed() and `reset` puts it back to
    // "no filter" (called with its signals blocked).
    void addControl(QWidget *control, const std::function<void()> &reset, int line = 0);

    // Enables Clear Filters (the page knows whether its filter differs from the default).
    void setFiltered(bool filtered);
    void setClearToolTip(const QString &toolTip);

    // Every filter back to "all" and an empty search; changed() once.
    void clear();

signals:
    // A list or control changed, or the search text after its pause (at once on Return).
    void changed();

private:
    QHBoxLayout *line(int index);
    void addToLine(QWidget *widget, int line, int stretch);

    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QToolButton *m_clear;
    QBoxLayout *m_lines;
    QList<QHBoxLayout *> m_lineLayouts;
    QList<QComboBox *> m_lists;
    QList<QPair<QWidget *, std::function<void()>>> m_controls;
};

} // namespace cd
