#pragma once

// ConflictDialog: asks what to do when a save finds the record changed by someone else since it
// was opened: reload theirs, overwrite with mine, or go back to editing.

#include <QMessageBox>

#include <functional>

namespace cd {

class ConflictDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { Reload, Overwrite, Cancel };
    // Who answers the question; editors hold one so tests can answer without a modal dialog.
    using Resolver = std::function<Choice(QWidget *parent, const QString &message)>;

    // `message` is the store's explanation (who changed what); shown as the detail.
    explicit ConflictDialog(const QString &message, QWidget *parent = nullptr);

    // The button the user pressed; Cancel until exec() returned.
    Choice choice() const;

    // The default resolver: shows the dialog modally.
    static Choice ask(QWidget *parent, const QString &message);

private:
    QAbstractButton *m_reload;
    QAbstractButton *m_overwrite;
};

} // namespace cd
