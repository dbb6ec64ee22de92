#pragma once

// AgreementMoveDialog: asks what a stage move needs before it is tried: the signing date for
// Signed, reason and date for Terminated, and an optional comment for the history.

#include "agreements/agreementworkflow.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class AgreementMoveDialog : public QDialog
{
    Q_OBJECT
public:
    AgreementMoveDialog(
        const QString &number, AgreementStage from, AgreementStage to, QWidget *parent = nullptr);

    // True when a move to `to` needs a date or a reason (the dialog is worth showing).
    static bool needsInput(AgreementStage to);
    AgreementMove move() const;

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *commentEdit() const { return m_comment; }

private:
    AgreementStage m_to;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace cd
