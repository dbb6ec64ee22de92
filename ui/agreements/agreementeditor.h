#pragma once

// AgreementEditor: the agreement's page: header with number, partner, stage badge and days to
// expiry; the details form (type, owner, commission rate as exact decimal text, terms, notes) saved
// with version-conflict handling; periods; document versions with upload, PDF generation, in-app
// PDF preview and opening in the system viewer; the stage history; the agreement's tasks; and stage
// moves through the same guards as the board.

#include "agreements/agreement.h"
#include "agreements/agreementdocument.h"
#include "agreements/agreementworkflow.h"
#include "db/database.h"
#include "shared/conflictdialog.h"
#include "shared/formeditor.h"

#include <QWidget>

#include <functional>
#include <optional>

class QBuffer;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace cd {

class EditForm;
class RecordHeader;

class AgreementEditor : public FormEditor
{
    Q_OBJECT
public:
    // What a person adds to a move (date, reason, comment); nullopt = they cancelled.
    using MoveInput = std::function<std::optional<AgreementMove>(AgreementStage to)>;

    AgreementEditor(const Database &db, qint64 agreementId, QWidget *parent = nullptr);
    ~AgreementEditor() override;

    qint64 recordId() const override { return agreementId(); }
    qint64 agreementId() const { return m_agreement.id; }
    // "AGR-2026-00042 – Partner", with "*" while there are unsaved changes.
    QString title() const override;
    // The agreement as the form shows it now (id and version from the last load or save).
    Agreement agreement() const;
    RecordHeader *header() const { return m_header; }
    QLabel *stageBadge() const { return m_stageBadge; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *periodsTable() const { return m_periods; }
    QTableWidget *versionsTable() const { return m_versions; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *tasksTable() const { return m_tasks; }
    QPdfDocument *pdfDocument() const { return m_pdf; }
    QLabel *messageLabel() const;

    void setMoveInput(MoveInput input) { m_moveInput = std::move(input); }

    // The actions behind the buttons, without their file dialogs (tests call them directly).
    Status moveTo(AgreementStage to);
    Status addPeriod(const AgreementPeriod &period);
    Status uploadFile(const QString &path, const QString &note = {}, bool signedCopy = true);
    Status generatePdf();
    // Shows the version in the preview (PDFs only); false for other types.
    bool previewVersion(qint64 documentId);
    // Writes the version to a temporary file named after it and returns the path.
    Result<QString> writeTempCopy(qint64 documentId) const;
    Status markTaskDone(qint64 taskId);

public slots:
    void reload() override;

signals:
    void openPartnerRequested(qint64 partnerId);

private:
    QWidget *createDetailsTab();
    QWidget *createPeriodsTab();
    QWidget *createDocumentsTab();
    QWidget *createHistoryTab();
    QWidget *createTasksTab();

    void showAgreement(const Agreement &agreement);
    QList<Error> validate() const;
    Status write() override;
    QString displayName() const override;
    void afterSave() override;
    Status adoptStoredVersion() override;
    void updateHeader();
    void updateMoveMenu();
    void rereadPeriods();
    void rereadVersions();
    void rereadHistory();
    void rereadTasks();
    void afterWrite();

    void addPeriodDialog();
    void uploadDialog();
    void openSelectedVersion();
    qint64 selectedDocumentId() const;

    Database m_db;
    Agreement m_agreement;
    QString m_partnerName;
    QList<AgreementDocument> m_documents;
    MoveInput m_moveInput;

    RecordHeader *m_header = nullptr;
    QLabel *m_stageBadge = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_moveButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_owner = nullptr;
    QTableWidget *m_periods = nullptr;
    QTableWidget *m_versions = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_tasks = nullptr;
    QPushButton *m_openVersion = nullptr;
    QPushButton *m_taskDone = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QBuffer *m_pdfBuffer = nullptr;
    QLabel *m_previewHint = nullptr;
};

} // namespace cd
