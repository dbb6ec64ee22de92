#pragma once

// PlanEditorDialog: the commission plans. A list of plans beside the chosen plan's terms: a fixed
// rate or tiers in a table (thresholds ascending from 0, checked as they are typed), whole or
// marginal, when it pays, category rates, caps, the cascade, the distributor's part, won deals.
// A plan can be given to a level from here, and a level's plan ended (a partner gets its own plan on
// its page).

#include "commissions/plan.h"
#include "db/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cd {

class PlanEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanEditorDialog(const Database &db, QWidget *parent = nullptr);

    // The plan as the form describes it, and every problem with it (empty when it can be saved).
    CommissionPlan plan(QList<Error> *problems) const;
    // Saves the form as a new plan or over the chosen one.
    Status save();
    // Starts a new plan.
    void newPlan();
    // Chooses a stored plan by name.
    bool choose(const QString &name);
    // Gives the chosen plan to a level from the first open period on.
    Status assignToLevel(qint64 levelId);
    // Ends the level's plan from the first open period on: its partners go back to their own plans
    // or default rates.
    Status endLevelPlan(qint64 levelId);
    // What the chosen level is on from the first open period.
    QString levelPlanText() const;

    QTableWidget *tiers() const { return m_tiers; }
    QString problemText() const;

private:
    Status loadPlans(const QString &chosen = {});
    void showPlan(const CommissionPlan &plan);
    void setTierRows(const QList<CommissionTier> &tiers);
    void update();
    void showLevelPlan();

    Database m_db;
    QList<CommissionPlan> m_plans;
    qint64 m_planId = 0;
    int m_version = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_basis;
    QLineEdit *m_rate;
    QTableWidget *m_tiers;
    QPushButton *m_addTier;
    QPushButton *m_removeTier;
    QComboBox *m_mode;
    QComboBox *m_timing;
    QLineEdit *m_categories;
    QLineEdit *m_cascade;
    QLineEdit *m_lineCap;
    QLineEdit *m_periodCap;
    QComboBox *m_distributorKind;
    QLineEdit *m_distributorValue;
    QCheckBox *m_deals;
    QLabel *m_problems;
    QPushButton *m_save;
    QComboBox *m_level;
    QPushButton *m_assign;
    QPushButton *m_endLevel;
    QLabel *m_levelPlan;
    QLabel *m_message;
};

} // namespace cd
