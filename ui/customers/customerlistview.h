#pragma once

// CustomerListView: the customer directory page: a filter bar (search, country, segment, partner
// or direct, archived) over a DirectoryTable showing a CustomerTableModel.

#include "shared/directorypage.h"

class QComboBox;

namespace cd {

class CustomerTableModel;

class CustomerListView : public DirectoryPage
{
    Q_OBJECT
public:
    enum class Filter { Country, Segment, Binding, Archived };

    explicit CustomerListView(QWidget *parent = nullptr);

    QString title() const override;
    QString exportTitle() const override;
    QString exportFileName() const override;
    Status exportTo(const QString &path, QString *message = nullptr) override;

    CustomerTableModel *model() const { return m_model; }
    QComboBox *filterCombo(Filter filter) const;

    qint64 currentCustomerId() const;
    // The partner of the customer under the cursor; 0 = none or a direct customer.
    qint64 currentPartnerId() const;

signals:
    void openCustomerRequested(qint64 customerId);

protected:
    // The segment list.
    void reloadLists() override;
    void applyFilter(bool refreshing) override;
    QString countLabel(qint64 count, bool exact) const override;
    void activateRow(int row) override;

private:
    CustomerTableModel *m_model;
};

} // namespace cd
