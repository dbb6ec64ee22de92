#pragma once

// FieldError: one input of a form with its inline error: a red message under the field and a red
// outline around it while the value breaks a rule.

#include <QWidget>

class QLabel;

namespace cd {

// The red of error messages and outlines.
inline constexpr auto kErrorColor = "#c62828";

class FieldError : public QWidget
{
    Q_OBJECT
public:
    // Takes `input` into its own layout; the FieldError is what goes into the form's row.
    explicit FieldError(QWidget *input, QWidget *parent = nullptr);

    QWidget *input() const { return m_input; }
    QLabel *messageLabel() const { return m_message; }

    // An empty message clears the error.
    void setError(const QString &message);
    QString error() const;
    bool hasError() const;

private:
    QWidget *m_input;
    QLabel *m_message;
    QString m_inputStyle; // the input's own style sheet, restored when the error goes away
};

} // namespace cd
