#pragma once

// PartnerAgreementsTab: the Agreements tab of a partner's page: the partner's agreements with stage
// and days to expiry (a paged list, sorted in the database), opening one, and starting a new one.

#include "db/database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class AgreementTableModel;

class PartnerAgreementsTab : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerAgreementsTab(const Database &db, QWidget *parent = nullptr);

    // Shows the agreements of `partnerId`; 0 (a partner not saved yet) shows none.
    void setPartner(qint64 partnerId);
    void refresh();

    AgreementTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void openAgreementRequested(qint64 agreementId);
    void newAgreementRequested(qint64 partnerId);

private:
    void updateHint();

    Database m_db;
    qint64 m_partnerId = 0;
    AgreementTableModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    QPushButton *m_new;
};

} // namespace cd
