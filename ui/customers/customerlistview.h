#pragma once

// CustomerListView: the customer directory page: a filter bar (debounced search, country,
// segment, partner or direct, archived) over a DirectoryTable showing a CustomerTableModel.

#include "db/database.h"
#include "shared/listpage.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace cd {

class CustomerTableModel;
class DirectoryTable;
struct CustomerFilter;

class CustomerListView : public ListPage
{
    Q_OBJECT
public:
    enum class Filter { Country, Segment, Binding, Archived };
    static constexpr int SearchDelayMs = 200;

    explicit CustomerListView(QWidget *parent = nullptr);
    ~CustomerListView() override; // remembers the column layout

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Reads the segment list and the rows again, keeping filter and sort.
    void refresh() override;
    void clearFilters() override;
    QString countText() const override;
    DirectoryTable *directoryTable() const override { return m_table; }
    QString exportTitle() const override;
    QString exportFileName() const override;
    Status exportTo(const QString &path, QString *message = nullptr) override;

    CustomerTableModel *model() const { return m_model; }
    DirectoryTable *table() const { return m_table; }
    QLineEdit *searchEdit() const override { return m_search; }
    QComboBox *filterCombo(Filter filter) const;

    qint64 currentCustomerId() const;
    // The partner of the customer under the cursor; 0 = none or a direct customer.
    qint64 currentPartnerId() const;

signals:
    void openCustomerRequested(qint64 customerId);

private:
    void applyFilter();
    void reloadSegments();
    CustomerFilter filterFromControls() const;

    Database m_db;
    CustomerTableModel *m_model = nullptr;
    DirectoryTable *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QComboBox *> m_combos; // by Filter
    QToolButton *m_clear = nullptr;
};

} // namespace cd
