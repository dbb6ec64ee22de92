#pragma once

// TimelineDelegate: draws one timeline entry as aligned columns: local time, user, what happened.

#include <QStyledItemDelegate>

namespace cd {

class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The time as the row shows it: local time, the user's short date and time format.
    static QString timeText(const QDateTime &utc);
};

} // namespace cd
