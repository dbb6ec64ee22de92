#pragma once

// TodayPage: the start page. A card per thing that wants attention today (my overdue tasks,
// agreements that entered Expiring, leads waiting for a partner, ...), each with its count and a
// button that opens the list filtered to exactly those. Domains add their cards with addCard();
// the page itself knows none of them. The cards are counted on a worker thread with a connection
// of its own (at a million partners a count can take a while); a card shows "…" until its first
// count arrives and keeps its number while it is counted again.

#include "shared/listpage.h"
#include "shared/pagereader.h"

#include <functional>
#include <memory>

class QGridLayout;
class QLabel;
class QPushButton;

namespace cd {

struct TodayCard
{
    QString key; // object names in tests and screenshots: "card-overdue-tasks"
    QString title; // "My overdue tasks"
    QString detail; // one line on what is counted
    // Called on the worker thread with its connection: capture nothing the GUI thread changes.
    std::function<Result<qint64>(const Database &db)> count;
    std::function<void()> open; // shows the filtered list
};

class TodayPage : public ListPage
{
    Q_OBJECT
public:
    explicit TodayPage(QWidget *parent = nullptr);
    ~TodayPage() override;

    void addCard(const TodayCard &card);

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Counts every card again.
    void refresh() override;

    // For tests: the count a card shows now; -1 when its count failed or has not arrived.
    qint64 cardCount(const QString &key) const;
    // Whether a count is under way (counted() follows).
    bool isCounting() const { return m_counting; }

signals:
    // Every card shows the count of the last refresh.
    void counted();

private:
    // Shows card `index`'s count, or why it failed (`n` < 0: none).
    void showCount(qsizetype index, const Result<qint64> &n);

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
    std::unique_ptr<PageReader> m_reader;
    std::shared_ptr<PageReader::Job> m_job; // the last refresh's count
    quint64 m_generation = 0; // answers to an older refresh are dropped
    bool m_counting = false;
};

} // namespace cd
