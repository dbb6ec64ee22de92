#pragma once

// BreadcrumbBar: a partner's ancestors as a line of links, top level first ("A › B › C"); clicking
// one asks to open that partner.

#include <QList>
#include <QWidget>

class QLabel;

namespace cd {

class BreadcrumbBar : public QWidget
{
    Q_OBJECT
public:
    struct Crumb
    {
        qint64 id = 0;
        QString text;
    };

    explicit BreadcrumbBar(QWidget *parent = nullptr);

    // The ancestors, top level first; `current` ends the line unlinked. No crumbs hides the bar.
    void setTrail(const QList<Crumb> &crumbs, const QString &current);
    QList<Crumb> trail() const { return m_crumbs; }
    QString text() const; // as the user reads it, for tests

    // Clicks a crumb as the user would (tests).
    void activate(int index);

signals:
    void partnerActivated(qint64 partnerId);

private:
    QList<Crumb> m_crumbs;
    QLabel *m_label;
};

} // namespace cd
