#pragma once

// ProgressBar: a one-line progress bar on stderr for long commands, drawn only when stderr is a
// terminal so that logs and pipes stay clean.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

namespace cd::cli {

class ProgressBar
{
    Q_DECLARE_TR_FUNCTIONS(ProgressBar)
public:
    // `enabled` false draws nothing (stderr is not a terminal).
    ProgressBar(const QString &label, bool enabled);
    ~ProgressBar();
    ProgressBar(const ProgressBar &) = delete;
    ProgressBar &operator=(const ProgressBar &) = delete;

    // total <= 0: unknown, shows the count only. Redraws at most ten times a second.
    void update(qint64 done, qint64 total);
    // Draws the last state and ends the line.
    void finish();

    QElapsedTimer &timer() { return m_timer; }

private:
    void draw();

    QString m_label;
    bool m_enabled;
    bool m_finished = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_lastDraw = -1000;
    int m_lastWidth = 0;
    QElapsedTimer m_timer;
};

} // namespace cd::cli
