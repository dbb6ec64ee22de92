#pragma once

// TaskListView: the Tasks page: my tasks or everyone's, open, done or all, overdue only; overdue
// tasks in red; Mark Done on the selected task; double-click opens the task's agreement.

#include "db/database.h"
#include "shared/listpage.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QPushButton;
class QTableView;

namespace cd {

class TaskTableModel;

class TaskListView : public ListPage
{
    Q_OBJECT
public:
    enum class Scope { Mine, Everyone };
    enum class Show { Open, Done, All };

    explicit TaskListView(QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(const Database &db) override;
    QString countText() const override;
    void refresh() override;

    void setScope(Scope scope);
    void setShow(Show show);
    void setOverdueOnly(bool overdue);

    // Marks the task under the cursor done.
    Status markCurrentDone();

    TaskTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void openAgreementRequested(qint64 agreementId);
    void tasksChanged();

private:
    void applyFilter();
    void updateButtons();

    Database m_db;
    qint64 m_userId = 0;
    TaskTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_scope;
    QComboBox *m_show;
    QCheckBox *m_overdue;
    QPushButton *m_done;
};

} // namespace cd
