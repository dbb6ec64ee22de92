#pragma once

// TodayPage: the start page. A card per thing that wants attention today (my overdue tasks,
// agreements that entered Expiring, leads waiting for a partner, ...), each with its count and a
// button that opens the list filtered to exactly those. Domains add their cards with addCard();
// the page itself knows none of them.

#include "shared/listpage.h"

#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace cd {

struct TodayCard
{
    QString key; // object names in tests and screenshots: "card-overdue-tasks"
    QString title; // "My overdue tasks"
    QString detail; // one line on what is counted
    std::function<Result<qint64>(const Database &db)> count;
    std::function<void()> open; // shows the filtered list
};

class TodayPage : public ListPage
{
    Q_OBJECT
public:
    explicit TodayPage(QWidget *parent = nullptr);

    void addCard(const TodayCard &card);

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Counts every card again.
    void refresh() override;

    // For tests: the count a card shows now; -1 when its count failed.
    qint64 cardCount(const QString &key) const;

private:
    struct Shown
    {
        TodayCard card;
        QLabel *number = nullptr;
        QLabel *detail = nullptr;
        QPushButton *open = nullptr;
        qint64 count = -1;
    };

    Database m_db;
    QGridLayout *m_grid = nullptr;
    QList<Shown> m_cards;
};

} // namespace cd
