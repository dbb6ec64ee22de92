#include "progressbar.h"

#include <QLocale>

#include <cstdio>

namespace cd::cli {

namespace {
constexpr int kBarWidth = 30;
}

ProgressBar::ProgressBar(const QString &label, bool enabled)
    : m_label(label)
    , m_enabled(enabled)
{
    m_timer.start();
}

ProgressBar::~ProgressBar()
{
    finish();
}

void ProgressBar::update(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    if (!m_enabled)
        return;
    const qint64 now = m_timer.elapsed();
    if (now - m_lastDraw < 100 && !(total > 0 && done >= total))
        return;
    m_lastDraw = now;
    draw();
}

void ProgressBar::draw()
{
    const QLocale locale;
    QString line = m_label + QStringLiteral("  ");
    if (m_total > 0) {
        const double fraction = std::clamp(double(m_done) / double(m_total), 0.0, 1.0);
        const int filled = int(fraction * kBarWidth);
        line += QLatin1Char('[') + QString(filled, QLatin1Char('#'))
            + QString(kBarWidth - filled, QLatin1Char('.')) + QStringLiteral("] ");
        line += QStringLiteral("%1%").arg(int(fraction * 100), 3);
        //: Progress: done of total, e.g. "12,000 / 1,000,000"
        line += QStringLiteral("  ") + tr("%1 / %2").arg(locale.toString(m_done), locale.toString(m_total));
    } else {
        line += locale.toString(m_done);
    }
    const qint64 seconds = m_timer.elapsed() / 1000;
    line += QStringLiteral("  %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const int width = int(line.size());
    if (width < m_lastWidth)
        line += QString(m_lastWidth - width, QLatin1Char(' '));
    m_lastWidth = width;
    const QByteArray bytes = '\r' + line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void ProgressBar::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_enabled || m_lastWidth == 0)
        return;
    draw();
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace cd::cli
