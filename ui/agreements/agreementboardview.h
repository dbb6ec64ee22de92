#pragma once

// AgreementBoardView: the agreement kanban: one column per stage, each a list view over the same
// AgreementKanbanModel rooted at its stage, cards drawn by AgreementCardDelegate. Cards move by
// drag and drop, by Ctrl+Right / Ctrl+Left and by the context menu; a refused move snaps back and
// shows the failed guard in the board's message strip.

#include "agreementkanbanmodel.h"
#include "agreements/agreementstage.h"

#include <QWidget>

class QLabel;
class QListView;
class QScrollArea;
class QTimer;

namespace cd {

class AgreementBoardView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MessageTimeoutMs = 10000;

    explicit AgreementBoardView(AgreementKanbanModel *model, QWidget *parent = nullptr);

    AgreementKanbanModel *model() const { return m_model; }
    QListView *column(AgreementStage stage) const;
    QLabel *columnHeader(AgreementStage stage) const;
    QLabel *messageLabel() const { return m_message; }

    // The selected card's agreement; 0 = none.
    qint64 currentAgreementId() const;
    // Moves the current card one column to the right (+1) or left (-1), with the same guards.
    bool moveCurrent(int direction);
    // Moves the card at `index` to `to`, then selects it in its new column.
    bool moveCard(const QModelIndex &index, AgreementStage to);
    // Selects the card in its column (reading pages until it is found).
    bool selectAgreement(qint64 agreementId, AgreementStage stage);

    // Replaces the dialogs asking for a signing date or termination reason (tests answer directly).
    void setMoveInput(AgreementKanbanModel::MoveInput input);
    // The default input: asks with AgreementMoveDialog when the target stage needs something.
    std::optional<AgreementMove> askMoveInput(const AgreementRow &row, AgreementStage to);

    void showMessage(const QString &message);

signals:
    void openAgreementRequested(qint64 agreementId);
    void openPartnerRequested(qint64 partnerId);
    void currentAgreementChanged(qint64 agreementId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildRoots();
    void updateHeaders();
    void showContextMenu(QListView *view, const QPoint &pos);
    int columnOf(QObject *view) const;

    AgreementKanbanModel *m_model;
    QScrollArea *m_scroll;
    QList<QListView *> m_columns; // by board order
    QList<QLabel *> m_headers;
    QLabel *m_message;
    QTimer *m_messageTimer;
};

} // namespace cd
