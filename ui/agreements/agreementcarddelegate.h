#pragma once

// AgreementCardDelegate: draws one agreement of the board as a card: a band in the stage colour,
// the partner, number and type, the owner, a days-to-expiry badge coloured by alert window and a
// document mark. Painting only, no widget per card, so a column of thousands scrolls smoothly.

#include <QStyledItemDelegate>

namespace cd {

class AgreementCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AgreementCardDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge text for a card: "12 days", "today", "expired 3 days ago", "no period".
    static QString expiryText(const QModelIndex &index);
    // Background colour of the badge for an AgreementKanbanModel::Alert.
    static QColor alertColour(int alert);
};

} // namespace cd
