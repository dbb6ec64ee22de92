#pragma once

// RecordEditor: what every record page in a tab of the main window is (a partner, a customer, an
// agreement, and the pages later domains bring): one record with an id, an undo stack that the
// window's QUndoGroup drives, unsaved changes that closing asks about, and a title for its tab.
// The window's EditorTabs manage these through this class alone, as Qt Creator's editor manager
// handles every IDocument.

#include <QWidget>

class QUndoStack;

namespace cd {

class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The record's id; 0 for a record not saved yet.
    virtual qint64 recordId() const = 0;
    virtual QUndoStack *undoStack() const = 0;
    virtual bool isModified() const = 0;
    // Asks about unsaved changes; false = the user chose to keep the page open.
    virtual bool maybeSave() = 0;
    // Writes the page; false when nothing was written (a message on the page says why).
    virtual bool save() = 0;
    // The tab's text: the record's name, with "*" while there are unsaved changes.
    virtual QString title() const = 0;
    // Settings ▸ Lists changed (levels, areas, users, ...): choices offered by the page are read
    // again; what the user has chosen and not saved stays.
    virtual void listsChanged() {}

signals:
    void saved(qint64 recordId); // after a successful write; lists refresh
    void titleChanged(const QString &title);
};

} // namespace cd
