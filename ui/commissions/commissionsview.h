#pragma once

// CommissionsView: the Commissions page. A period picker; the period's statements (one row per
// partner and currency, sortable: a preview while the period is open, the stored statements once
// it is settled) and, below, the lines of the statement chosen, each with why it is there; Settle,
// Approve and Pay. Every read and write runs on a worker with its own connection (a month of a
// million lines takes seconds), behind a busy indicator; the window stays responsive.

#include "commissions/settlement.h"
#include "db/database.h"
#include "shared/pagereader.h"
#include "shared/workerpage.h"

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class CommissionLineModel;
class StatementTableModel;

class CommissionsView : public WorkerPage
{
    Q_OBJECT
public:
    explicit CommissionsView(QWidget *parent = nullptr);
    ~CommissionsView() override;

    QString title() const override;
    void setDatabase(const Database &db) override;
    void refresh() override;
    QString countText() const override;

    // The period shown ("2026-11"); setPeriod starts reading it.
    QString period() const;
    void setPeriod(const QString &key);
    // Reads the period on the worker; finished() when it is shown.
    void start() override;
    // The actions, without asking (tests); the buttons ask first.
    Status settle();
    Status approve();
    // Pays the approved statements of `currency` into `file`.
    Status pay(const QString &currency, const QString &file);

    StatementTableModel *statements() const { return m_statements; }
    CommissionLineModel *lines() const { return m_lines; }
    QTableView *statementView() const { return m_statementView; }
    const SettlementRun *currentRun() const { return m_run.get(); }

signals:
    // A settled period's lines of the chosen statement have arrived.
    void linesShown();

protected:
    bool waitsForWorker() const override;

private:
    // Runs `work` on the worker; `done` gets its status on this thread.
    Status runOnWorker(const QString &busyText, const std::function<Status(const Database &db)> &work);
    void fillPeriods();
    void showLines();
    void updateButtons();
    void askSettle();
    void askApprove();
    void askPay();

    std::shared_ptr<const SettlementRun> m_run; // a settled period: its statements only
    quint64 m_lineGeneration = 0; // the lines asked for last (per statement)
    std::shared_ptr<PageReader::Job> m_lineJob; // dropped when another statement is chosen first
    bool m_settled = false;
    QString m_status;
    QComboBox *m_period;
    QLabel *m_message;
    QPushButton *m_settle;
    QPushButton *m_approve;
    QPushButton *m_pay;
    StatementTableModel *m_statements;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_statementView;
    CommissionLineModel *m_lines;
    QTableView *m_lineView;
    QLabel *m_why; // the whole explanation of the line chosen
};

} // namespace cd
