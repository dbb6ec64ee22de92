#pragma once

// AgreementsView: the Agreements page: a filter bar (owner, partner kind, area, type, expiring
// within N days, search by number or partner) over either the kanban board or the paged list, and
// CSV export of exactly what the filter shows. Filters go to the database, never to a proxy.

#include "agreements/agreementdirectory.h"
#include "db/database.h"
#include "shared/listpage.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace cd {

class AgreementBoardView;
class AgreementKanbanModel;
class AgreementTableModel;
class DirectoryTable;
class FilterBar;

class AgreementsView : public ListPage
{
    Q_OBJECT
public:
    enum class Mode { Board, List };
    enum class Filter { Owner, PartnerKind, Area, Type };

    explicit AgreementsView(QWidget *parent = nullptr);
    ~AgreementsView() override; // remembers the list's column layout

    QString title() const override;
    void setDatabase(const Database &db) override;
    // Reads the filter lists, the counts and the cards again (after edits elsewhere).
    void refresh() override;
    void clearFilters() override;
    QString countText() const override;
    DirectoryTable *directoryTable() const override { return m_list; }
    QString exportTitle() const override;
    QString exportFileName() const override;

    Mode mode() const;
    void setMode(Mode mode);

    AgreementFilter currentFilter() const;
    // Writes the agreements the filter shows to `path` as CSV, in the list's order (the board's
    // order on the board), on a worker thread behind a progress dialog.
    Status exportTo(const QString &path, QString *message = nullptr) override;

    AgreementKanbanModel *kanbanModel() const { return m_kanban; }
    AgreementTableModel *tableModel() const { return m_table; }
    AgreementBoardView *board() const { return m_board; }
    DirectoryTable *list() const { return m_list; }
    QLineEdit *searchEdit() const override;
    QComboBox *filterCombo(Filter filter) const;
    QSpinBox *expiringSpin() const { return m_expiring; }

signals:
    void openAgreementRequested(qint64 agreementId);
    void openPartnerRequested(qint64 partnerId);
    void newAgreementRequested();

private:
    void applyFilter();
    void reloadLookups();
    void exportDialog();

    Database m_db;
    AgreementKanbanModel *m_kanban;
    AgreementTableModel *m_table;
    AgreementBoardView *m_board;
    DirectoryTable *m_list;
    QStackedWidget *m_stack;
    FilterBar *m_filters;
    QSpinBox *m_expiring;
    QToolButton *m_boardButton;
    QToolButton *m_listButton;
};

} // namespace cd
