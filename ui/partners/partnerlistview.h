#pragma once

// PartnerListView: the partner directory page: a filter bar (search and one list per filter) over
// a DirectoryTable showing a PartnerTableModel.

#include "shared/directorypage.h"

class QComboBox;

namespace cd {

class PartnerTableModel;

class PartnerListView : public DirectoryPage
{
    Q_OBJECT
public:
    enum class Filter { Kind, Status, Level, Activation, Country, Area, AccountManager, Archived };

    explicit PartnerListView(QWidget *parent = nullptr);

    QString title() const override;
    // Reads the lists behind the filters and the rows again, keeping filter, sort and selection
    // where the rows are still there (after edits elsewhere).
    void refresh() override;
    QString exportTitle() const override;
    QString exportFileName() const override;
    Status exportTo(const QString &path, QString *message = nullptr) override;

    PartnerTableModel *model() const { return m_model; }
    QComboBox *filterCombo(Filter filter) const;

    // The partner under the cursor; 0 = none.
    qint64 currentPartnerId() const;
    QList<qint64> selectedPartnerIds() const;

signals:
    void openPartnerRequested(qint64 partnerId);

protected:
    void reloadLists() override;
    void applyFilter(bool refreshing) override;
    QString countLabel(qint64 count, bool exact) const override;
    void activateRow(int row) override;

private:
    PartnerTableModel *m_model;
};

} // namespace cd
