#include "timelinedelegate.h"

#include "timelinemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace cd {

namespace {
constexpr int kEventPadding = 6;
constexpr int kUserWidth = 120;
} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString TimelineDelegate::timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

void TimelineDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString sentence = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString time = timeText(index.data(TimelineModel::AtRole).toDateTime());
    const QString user = index.data(TimelineModel::UserLoginRole).toString();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const int timeWidth
        = opt.fontMetrics.horizontalAdvance(timeText(QDateTime(QDate(2000, 12, 28), QTime(23, 59))))
        + 2 * kEventPadding;

    QRect r = opt.rect.adjusted(kEventPadding, 0, -kEventPadding, 0);
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(
        QRect(r.left(), r.top(), timeWidth, r.height()), Qt::AlignVCenter | Qt::AlignLeft, time);
    r.setLeft(r.left() + timeWidth);
    painter->setPen(opt.palette.color(textRole));
    painter->drawText(QRect(r.left(), r.top(), kUserWidth, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(user, Qt::ElideRight, kUserWidth - kEventPadding));
    r.setLeft(r.left() + kUserWidth);
    painter->drawText(
        r, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(sentence, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 2 * kEventPadding));
    return size;
}

} // namespace cd
