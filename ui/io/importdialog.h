#pragma once

// ImportDialog: the CSV import wizard: choose a file and what it holds, check how its columns map to
// fields, run the import off the GUI thread with progress and Cancel, and read the problems found.

#include "db/database.h"
#include "io/importer.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class ImportDialog : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ResultPage };

    explicit ImportDialog(const Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The file page's choices, for callers that know them already (and tests).
    void setFile(const QString &path);
    QString file() const;
    void setKind(ImportKind kind);
    ImportKind kind() const;
    void setAllOrNothing(bool allOrNothing);
    bool allOrNothing() const;
    // What rows whose code is already stored do (partners and customers only).
    void setExisting(ExistingRows existing);
    ExistingRows existing() const;

    // The mapping as the mapping page shows it: file header -> field key ("" = not imported).
    QHash<QString, QString> mapping() const;
    // The last run's report; empty before the first run and when the run failed as a whole.
    std::optional<ImportReport> report() const;

    bool validateCurrentPage() override;

signals:
    // Rows were written: lists showing partners, contacts or customers should reload.
    void imported();

protected:
    void initializePage(int id) override;

private:
    void browse();
    void showMapping();
    // Reads the first rows again in the encoding chosen on the mapping page.
    void rereadInEncoding();
    void updateMappingMessage();
    void runImport(bool allOrNothing);
    // Runs the import with the page's choices; a dry run first when `dryRun`.
    Result<ImportReport> execute(bool allOrNothing, bool dryRun);
    // The dry run behind "Check": its counts under the mapping, nothing written.
    void check();
    void updateExistingChoice();
    void showResult();

    Database m_db;
    ImportPreview m_preview;
    std::optional<Result<ImportReport>> m_result;
    bool m_ranAllOrNothing = true;

    // File page
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_allOrNothing = nullptr;
    QComboBox *m_existing = nullptr;
    QLabel *m_fileError = nullptr;
    // Mapping page
    QWizardPage *m_mappingPage = nullptr;
    QLabel *m_fileSummary = nullptr;
    QComboBox *m_encoding = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingError = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_checkResult = nullptr;
    // Result page
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_importGoodRows = nullptr;
};

} // namespace cd
