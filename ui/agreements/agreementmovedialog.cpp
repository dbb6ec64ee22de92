#include "agreementmovedialog.h"

#include "common/clock.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

AgreementMoveDialog::AgreementMoveDialog(
    const QString &number, AgreementStage from, AgreementStage to, QWidget *parent)
    : QDialog(parent)
    , m_to(to)
{
    setWindowTitle(tr("Move Agreement"));
    auto *layout = new QVBoxLayout(this);
    //: Move dialog: agreement number, old stage, new stage
    auto *intro = new QLabel(
        tr("Move %1 from %2 to %3.").arg(number, AgreementStages::label(from), AgreementStages::label(to)));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    if (to == AgreementStage::Signed || to == AgreementStage::Terminated) {
        m_date = new QDateEdit(Clock::today());
        m_date->setCalendarPopup(true);
        m_date->setObjectName(QStringLiteral("dateEdit"));
        form->addRow(to == AgreementStage::Signed ? tr("&Signed on:") : tr("&Terminated on:"), m_date);
    }
    if (to == AgreementStage::Terminated) {
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("Required"));
        form->addRow(tr("&Reason:"), m_reason);
    }
    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(fontMetrics().height() * 4);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_reason) {
        // The store checks the reason too; this only keeps the user from a certain refusal.
        const auto update = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
        };
        connect(m_reason, &QLineEdit::textChanged, this, update);
        update();
    }
}

bool AgreementMoveDialog::needsInput(AgreementStage to)
{
    return to == AgreementStage::Signed || to == AgreementStage::Terminated;
}

AgreementMove AgreementMoveDialog::move() const
{
    AgreementMove m;
    m.to = m_to;
    m.comment = m_comment->toPlainText().trimmed();
    if (m_date)
        m.date = m_date->date();
    if (m_reason)
        m.reason = m_reason->text().trimmed();
    return m;
}

} // namespace cd
