#include "agreementcarddelegate.h"

#include "agreementkanbanmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cd {

namespace {

constexpr int kMargin = 4; // around the card, inside the list's row
constexpr int kCardPadding = 8; // inside the card
constexpr int kBand = 5; // width of the stage colour band

using Alert = AgreementKanbanModel::Alert;

// A small page with a folded corner: the card has at least one document version.
void drawDocumentMark(QPainter *painter, const QRectF &rect, const QColor &colour)
{
    const qreal fold = rect.width() * 0.35;
    QPainterPath page;
    page.moveTo(rect.topLeft());
    page.lineTo(rect.right() - fold, rect.top());
    page.lineTo(rect.right(), rect.top() + fold);
    page.lineTo(rect.bottomRight());
    page.lineTo(rect.bottomLeft());
    page.closeSubpath();
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(page);
    painter->drawLine(
        QPointF(rect.right() - fold, rect.top()), QPointF(rect.right() - fold, rect.top() + fold));
    painter->drawLine(
        QPointF(rect.right() - fold, rect.top() + fold), QPointF(rect.right(), rect.top() + fold));
    const qreal x1 = rect.left() + rect.width() * 0.22;
    const qreal x2 = rect.right() - rect.width() * 0.22;
    for (qreal y : {0.5, 0.68, 0.84})
        painter->drawLine(
            QPointF(x1, rect.top() + rect.height() * y), QPointF(x2, rect.top() + rect.height() * y));
}

} // namespace

AgreementCardDelegate::AgreementCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor AgreementCardDelegate::alertColour(int alert)
{
    switch (static_cast<Alert>(alert)) {
    case Alert::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case Alert::Window1:
        return QColor(0xe6, 0x51, 0x00);
    case Alert::Window2:
        return QColor(0xf5, 0x9e, 0x0b);
    case Alert::Window3:
        return QColor(0xfb, 0xc0, 0x2d);
    case Alert::NoPeriod:
        return QColor(0xbd, 0xbd, 0xbd);
    case Alert::None:
        break;
    }
    return QColor(0x4c, 0xaf, 0x50);
}

QString AgreementCardDelegate::expiryText(const QModelIndex &index)
{
    const QVariant days = index.data(AgreementKanbanModel::DaysToExpiryRole);
    if (!days.isValid())
        return tr("no period");
    const int d = days.toInt();
    if (d == 0)
        return tr("ends today");
    if (d < 0)
        return tr("%n day(s) ago", nullptr, -d);
    return tr("%n day(s)", nullptr, d);
}

QSize AgreementCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    // The same for every card (the lists use uniform item sizes): three lines of text.
    const QFontMetrics fm(option.font);
    const int height = 2 * kMargin + 2 * kCardPadding + 3 * fm.height() + 2 * 3 + 2;
    return {fm.averageCharWidth() * 30, height};
}

void AgreementCardDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(AgreementKanbanModel::IsStageRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;

    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);
    painter->fillPath(shape, palette.color(QPalette::Base));
    if (selected)
        painter->fillPath(shape,
            QColor(palette.color(QPalette::Highlight).red(), palette.color(QPalette::Highlight).green(),
                palette.color(QPalette::Highlight).blue(), 40));
    // The stage colour band on the left edge.
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), kBand, card.height()),
        index.data(AgreementKanbanModel::StageColourRole).value<QColor>());
    painter->restore();
    painter->setPen(
        QPen(selected || focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
            selected ? 1.6 : 1.0));
    painter->drawPath(shape);

    QFont font = option.font;
    const QFontMetrics fm(font);
    const int line = fm.height() + 3;
    const QRect content
        = card.toRect().adjusted(kBand + kCardPadding, kCardPadding, -kCardPadding, -kCardPadding);
    const QColor text = palette.color(QPalette::Text);
    const QColor dim = palette.color(QPalette::PlaceholderText);

    // Line 1: partner (bold), document mark on the right.
    const int markSize = fm.height() - 2;
    const bool hasDocument = index.data(AgreementKanbanModel::HasDocumentRole).toBool();
    QRect first(content.left(), content.top(), content.width(), fm.height());
    if (hasDocument) {
        const QRectF mark(first.right() - markSize * 0.8, first.top() + 1, markSize * 0.8, markSize);
        drawDocumentMark(painter, mark, dim);
        first.setRight(first.right() - markSize - 4);
    }
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString partner = index.data(AgreementKanbanModel::PartnerNameRole).toString();
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(partner, Qt::ElideRight, first.width()));

    // Line 2: number · type.
    painter->setFont(font);
    painter->setPen(dim);
    const QRect second(content.left(), content.top() + line, content.width(), fm.height());
    //: Kanban card second line: agreement number, agreement type
    const QString numberType = tr("%1 · %2").arg(index.data(AgreementKanbanModel::NumberRole).toString(),
        index.data(AgreementKanbanModel::TypeRole).toString());
    painter->drawText(
        second, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(numberType, Qt::ElideRight, second.width()));

    // Line 3: owner on the left, the expiry badge on the right.
    const QRect third(content.left(), content.top() + 2 * line, content.width(), fm.height() + 2);
    const QString badge = expiryText(index);
    const int badgeWidth = std::min(third.width() / 2 + 20, fm.horizontalAdvance(badge) + 12);
    const QRectF badgeRect(third.right() - badgeWidth, third.top(), badgeWidth, third.height());
    const QColor badgeColour = alertColour(index.data(AgreementKanbanModel::AlertRole).toInt());
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColour);
    painter->drawRoundedRect(badgeRect, badgeRect.height() / 2, badgeRect.height() / 2);
    // Dark text on the light yellows and greys, white on the strong colours.
    painter->setPen(badgeColour.lightnessF() > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white));
    painter->drawText(badgeRect, Qt::AlignCenter, fm.elidedText(badge, Qt::ElideRight, badgeWidth - 8));

    QString owner = index.data(AgreementKanbanModel::OwnerRole).toString();
    if (owner.isEmpty())
        owner = tr("no owner");
    painter->setPen(dim);
    const QRect ownerRect(third.left(), third.top(), third.width() - badgeWidth - 6, third.height());
    painter->drawText(
        ownerRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(owner, Qt::ElideRight, ownerRect.width()));

    painter->restore();
}

} // namespace cd
