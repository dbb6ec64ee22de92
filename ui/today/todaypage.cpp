#include "todaypage.h"

#include "shared/pagereader.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kColumns = 3;
}

TodayPage::~TodayPage() = default;

TodayPage::TodayPage(QWidget *parent)
    : ListPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("What needs attention today"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void TodayPage::addCard(const TodayCard &card)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card-%1").arg(card.key));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Base));
    frame->setPalette(palette);
    auto *layout = new QVBoxLayout(frame);
    auto *title = new QLabel(card.title, frame);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *number = new QLabel(QStringLiteral("–"), frame);
    number->setObjectName(QStringLiteral("count"));
    QFont numberFont = number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 2.4);
    number->setFont(numberFont);
    auto *detail = new QLabel(card.detail, frame);
    detail->setWordWrap(true);
    detail->setForegroundRole(QPalette::PlaceholderText);
    auto *open = new QPushButton(tr("Show"), frame);
    open->setObjectName(QStringLiteral("open"));
    connect(open, &QPushButton::clicked, this, [fn = card.open] {
        if (fn)
            fn();
    });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(open);
    layout->addWidget(title);
    layout->addWidget(number);
    layout->addWidget(detail, 1);
    layout->addLayout(buttonRow);
    const int index = int(m_cards.size());
    m_grid->addWidget(frame, index / kColumns, index % kColumns);
    m_cards.append({card, number, detail, open, -1});
    if (m_db.isOpen())
        refresh();
}

QString TodayPage::title() const
{
    return tr("Today");
}

void TodayPage::setDatabase(const Database &db)
{
    m_reader.reset(); // its connection reads the previous file
    m_db = db;
    for (Shown &shown : m_cards) {
        shown.count = -1;
        shown.number->setText(QStringLiteral("–"));
    }
    refresh();
}

void TodayPage::refresh()
{
    ++m_generation;
    if (!m_db.isOpen()) {
        m_counting = false;
        for (qsizetype i = 0; i < m_cards.size(); ++i)
            showCount(i, Result<qint64>(qint64(-1)));
        emit counted();
        return;
    }
    QList<std::function<Result<qint64>(const Database &)>> counts;
    for (Shown &shown : m_cards) {
        counts << shown.card.count;
        if (shown.count < 0)
            shown.number->setText(QStringLiteral("…"));
    }
    if (!m_reader)
        m_reader = std::make_unique<PageReader>(m_db, this);
    m_counting = true;
    if (m_job)
        m_job->wanted = false; // an earlier refresh not started yet is skipped
    auto results = std::make_shared<QList<Result<qint64>>>();
    auto job = std::make_shared<PageReader::Job>();
    m_job = job;
    job->run = [counts, results](const Result<Database> &db) {
        for (const auto &count : counts) {
            if (!db)
                results->append(db.error());
            else
                results->append(count ? count(db.value()) : Result<qint64>(qint64(-1)));
        }
    };
    job->done = [this, generation = m_generation, results] {
        if (generation != m_generation)
            return; // a later refresh replaces this one
        for (qsizetype i = 0; i < results->size() && i < m_cards.size(); ++i)
            showCount(i, results->at(i));
        m_counting = false;
        emit counted();
    };
    m_reader->post(job);
}

void TodayPage::showCount(qsizetype index, const Result<qint64> &n)
{
    Shown &shown = m_cards[index];
    if (n && n.value() < 0) { // no database, or no count for this card
        shown.count = -1;
        shown.number->setText(QStringLiteral("–"));
        return;
    }
    shown.count = n ? n.value() : -1;
    // A count that fails says so on its card; the other cards still count.
    shown.number->setText(n ? QLocale().toString(n.value()) : QStringLiteral("?"));
    shown.detail->setText(n ? shown.card.detail : tr("Could not count: %1").arg(n.error().message));
    shown.open->setEnabled(n.ok());
}

qint64 TodayPage::cardCount(const QString &key) const
{
    for (const Shown &shown : m_cards) {
        if (shown.card.key == key)
            return shown.count;
    }
    return -1;
}

} // namespace cd
