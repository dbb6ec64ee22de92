#pragma once

// FormEditor: a RecordEditor whose page is an EditForm (partner, customer, agreement, and the
// editors later domains bring). It does once what they all do: the form's undo stack and modified
// state, the question about unsaved changes, the tab title with "*", and the save path: write,
// offer the stored version or a reload on a conflict, then update the page and tell the window.
// An editor writes its record in write() and says how it is named.

#include "conflictdialog.h"
#include "recordeditor.h"

#include "common/result.h"
#include "db/database.h"

#include <functional>

class QPushButton;

namespace cd {

class EditForm;

class FormEditor : public RecordEditor
{
    Q_OBJECT
public:
    QUndoStack *undoStack() const override; // registered with the main window's QUndoGroup
    bool isModified() const override;
    bool maybeSave() override;
    // Writes the form; on a version conflict the user keeps theirs (adoptStoredVersion), reloads
    // or cancels. False when nothing was written (the form says why).
    bool save() override;
    // displayName(), with "*" while there are unsaved changes.
    QString title() const override;

    EditForm *form() const { return m_form; }
    // Replaces the conflict question (tests answer it without a dialog).
    void setConflictResolver(ConflictDialog::Resolver resolver);

    // Reads the record again, dropping unsaved edits.
    virtual void reload() = 0;

protected:
    explicit FormEditor(QWidget *parent = nullptr);

    // The record's name as typed, or as stored, or "New ..." for a record not saved yet.
    virtual QString displayName() const = 0;
    // One store call for the whole form.
    virtual Status write() = 0;
    // After a conflict the user chose to keep their edits: take the stored version number.
    virtual Status adoptStoredVersion() = 0;
    // After a successful save: the header and actions show the stored record.
    virtual void afterSave() {}

    // Runs one store call for the record outside the form's save (archive, reassign) through the
    // same conflict question; false when it did not write.
    bool runAction(const std::function<Status()> &action);

    // Archives or restores `record` through its store at the version the page holds. Only the
    // archive state, version and time change: unsaved edits in the form stay.
    template<typename Store, typename Record>
    bool setArchivedThrough(const Database &db, Record &record, bool archived)
    {
        return runAction([&]() -> Status {
            const Store store(db);
            auto stored = archived ? store.archive(record.id, record.version)
                                   : store.restore(record.id, record.version);
            if (!stored)
                return stored.error();
            record.version = stored->version;
            record.archivedAt = stored->archivedAt;
            record.updatedAt = stored->updatedAt;
            return {};
        });
    }

    // The window title follows title(); titleChanged() when it changed.
    void announceTitle();
    // The record buttons every form page has, shown for what the record is now: save while there is
    // something to save and no error (its tooltip says the first error), archive or restore for a
    // stored record, reload for a stored one.
    struct RecordButtons
    {
        QPushButton *save = nullptr;
        QPushButton *archive = nullptr;
        QPushButton *restore = nullptr;
        QPushButton *reload = nullptr;
    };
    void updateRecordButtons(const RecordButtons &buttons, bool stored, bool archived) const;

    EditForm *m_form;

private:
    QString m_lastTitle;
};

} // namespace cd
