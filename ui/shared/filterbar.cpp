#include "filterbar.h"

#include "common/country.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_clear(new QToolButton(this))
    , m_lines(new QVBoxLayout(this))
{
    m_lines->setContentsMargins(0, 0, 0, 0);
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit changed();
    });

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    QHBoxLayout *first = line(0);
    first->addWidget(m_search, 3);
    first->addWidget(m_clear);
    setFocusProxy(m_search);
}

void FilterBar::setSearchPlaceholder(const QString &text, int widthInCharacters)
{
    m_search->setPlaceholderText(text);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * widthInCharacters);
}

QString FilterBar::searchText() const
{
    return m_search->text().trimmed();
}

QHBoxLayout *FilterBar::line(int index)
{
    while (m_lineLayouts.size() <= index) {
        auto *layout = new QHBoxLayout;
        if (!m_lineLayouts.isEmpty()) {
            // The button ends the last line, after a gap that keeps the lists at the left.
            m_lineLayouts.last()->removeWidget(m_clear);
            layout->addStretch(1);
            layout->addWidget(m_clear);
        }
        m_lines->addLayout(layout);
        m_lineLayouts.append(layout);
    }
    return m_lineLayouts[index];
}

void FilterBar::addToLine(QWidget *widget, int lineIndex, int stretch)
{
    QHBoxLayout *layout = line(lineIndex);
    // Before the gap and the button when they are on this line.
    int at = layout->count();
    if (layout->indexOf(m_clear) >= 0)
        at = layout->indexOf(m_clear) - (lineIndex > 0 ? 1 : 0);
    layout->insertWidget(at, widget, stretch);
}

QComboBox *FilterBar::addList(
    const QString &all, const QString &toolTip, const QVariant &allValue, int lineIndex)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("filter%1").arg(m_lists.size()));
    combo->addItem(all, allValue);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->view()->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    m_lists.append(combo);
    addToLine(combo, lineIndex, 1);
    return combo;
}

QVariant FilterBar::value(int index) const
{
    const QComboBox *combo = list(index);
    return combo ? combo->currentData() : QVariant();
}

void FilterBar::fill(int index, const Items &items)
{
    if (QComboBox *combo = list(index))
        fill(combo, items);
}

void FilterBar::fill(QComboBox *combo, const Items &items)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentIndex() > 0 ? combo->currentData() : QVariant();
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

FilterBar::Items FilterBar::countryItems()
{
    Items items;
    const auto all = Country::all();
    for (const Country::Entry &c : all)
        items.append({c.name, c.code});
    // In the user's language's order, so typing a name in the open list finds it.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(),
        [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    return items;
}

void FilterBar::addControl(QWidget *control, const std::function<void()> &reset, int lineIndex)
{
    m_controls.append({control, reset});
    addToLine(control, lineIndex, 1);
}

void FilterBar::setFiltered(bool filtered)
{
    m_clear->setEnabled(filtered);
}

void FilterBar::setClearToolTip(const QString &toolTip)
{
    m_clear->setToolTip(toolTip);
}

void FilterBar::clear()
{
    m_searchDelay->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    for (QComboBox *combo : std::as_const(m_lists)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (const auto &[control, reset] : std::as_const(m_controls)) {
        const QSignalBlocker blocker(control);
        if (reset)
            reset();
    }
    emit changed();
}

} // namespace cd
