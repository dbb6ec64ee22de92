#pragma once

// PartnerPickerDialog: finds a partner by typing part of its code or name, or chooses "no partner"
// (a direct customer), with a comment saying why; used to reassign a customer.

#include "db/database.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace cd {

class PartnerSearchModel;

class PartnerPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `currentPartnerId` is the partner the customer has now (0 = direct); it cannot be picked again.
    PartnerPickerDialog(const Database &db, qint64 currentPartnerId, QWidget *parent = nullptr);

    // The chosen partner; 0 = a direct customer. Valid once the dialog is accepted.
    qint64 partnerId() const;
    QString partnerLabel() const;
    QString comment() const;
    // Whether a comment can be given (only when the choice is recorded at once, not for a new customer).
    void setCommentVisible(bool visible);
    // The text of the "no partner" choice (a direct customer by default); empty hides the choice.
    void setNoPartnerText(const QString &text);

    // Runs the search now rather than after the typing pause (tests, the first show).
    void search(const QString &text);
    PartnerSearchModel *model() const { return m_model; }

private:
    void runSearch();
    void updateState();

    qint64 m_currentPartnerId;
    PartnerSearchModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_status;
    QCheckBox *m_direct;
    QLabel *m_commentLabel;
    QLineEdit *m_comment;
    QDialogButtonBox *m_buttons;
    QTimer *m_typingPause;
};

} // namespace cd
