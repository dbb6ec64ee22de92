#pragma once

// PartnerListView: the partner directory page: a filter bar (debounced search and one list per
// filter) over a DirectoryTable showing a PartnerTableModel.

#include "db/database.h"
#include "shared/listpage.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace cd {

class DirectoryTable;
class PartnerTableModel;
struct PartnerFilter;

class PartnerListView : public ListPage
{
    Q_OBJECT
public:
    enum class Filter { Kind, Status, Level, Activation, Country, Area, AccountManager, Archived };
    static constexpr int SearchDelayMs = 200;

    explicit PartnerListView(QWidget *parent = nullptr);
    ~PartnerListView() override; // remembers the column layout

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Reads the lists behind the filters and the rows again, keeping filter, sort and selection
    // where the rows are still there (after edits elsewhere).
    void refresh() override;
    void clearFilters() override;
    QString countText() const override;
    DirectoryTable *directoryTable() const override { return m_table; }
    QString exportTitle() const override;
    QString exportFileName() const override;
    Status exportTo(const QString &path, QString *message = nullptr) override;

    PartnerTableModel *model() const { return m_model; }
    DirectoryTable *table() const { return m_table; }
    QLineEdit *searchEdit() const override { return m_search; }
    QComboBox *filterCombo(Filter filter) const;

    // The partner under the cursor; 0 = none.
    qint64 currentPartnerId() const;
    QList<qint64> selectedPartnerIds() const;

signals:
    void openPartnerRequested(qint64 partnerId);

private:
    void applyFilter();
    void reloadLookups();
    PartnerFilter filterFromControls() const;

    Database m_db;
    PartnerTableModel *m_model = nullptr;
    DirectoryTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QComboBox *> m_combos; // by Filter
    QToolButton *m_clear = nullptr;
};

} // namespace cd
