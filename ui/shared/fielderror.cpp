#include "fielderror.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

namespace {
// One red for every inline error, readable on light and dark backgrounds.
} // namespace

FieldError::FieldError(QWidget *input, QWidget *parent)
    : QWidget(parent)
    , m_input(input)
    , m_message(new QLabel(this))
    , m_inputStyle(input->styleSheet())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(m_message);
    m_message->setObjectName(QStringLiteral("fieldError"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColor)));
    m_message->hide();
    // The form row takes its label's buddy from here; the input keeps the focus.
    setFocusProxy(input);
}

void FieldError::setError(const QString &message)
{
    if (message == m_message->text() && m_message->isHidden() == message.isEmpty())
        return;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (message.isEmpty()) {
        m_input->setStyleSheet(m_inputStyle);
        m_input->setToolTip({});
    } else {
        // The outline is scoped to the input's own class so its popups and children keep their look.
        m_input->setStyleSheet(
            QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; }")
                .arg(QLatin1String(m_input->metaObject()->className()), QLatin1String(kErrorColor)));
        m_input->setToolTip(message);
    }
}

QString FieldError::error() const
{
    return m_message->text();
}

bool FieldError::hasError() const
{
    return !m_message->text().isEmpty();
}

} // namespace cd
