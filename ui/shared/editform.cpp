#include "editform.h"

#include "fieldeditcommand.h"
#include "fielderror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>

namespace cd {

namespace {

// A date edit shows "no date" as its minimum date with a special text.
bool isNoDate(const QDateEdit *edit)
{
    return !edit->specialValueText().isEmpty() && edit->date() == edit->minimumDate();
}

QString plainLabel(QString label)
{
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

} // namespace

EditForm::EditForm(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
    , m_stack(new QUndoStack(this))
    , m_messageBar(new QLabel(owner))
    , m_resolver(&ConflictDialog::ask)
{
    m_messageBar->setObjectName(QStringLiteral("formMessage"));
    m_messageBar->setWordWrap(true);
    m_messageBar->setTextFormat(Qt::PlainText);
    m_messageBar->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1b1b; border: 1px "
                                               "solid #f5c2c0; border-radius: 3px; padding: 6px; }"));
    m_messageBar->hide();
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

EditForm::~EditForm() = default;

bool EditForm::isModified() const
{
    return !m_stack->isClean();
}

FieldError *EditForm::add(const QString &field, const QString &label, QWidget *input)
{
    Q_ASSERT(!m_fields.contains(field));
    Field f;
    const auto *button = qobject_cast<const QAbstractButton *>(input);
    f.label = plainLabel(label.isEmpty() && button ? button->text() : label);
    f.input = input;
    f.wrapper = new FieldError(input);
    f.wrapper->setObjectName(field);
    input->setObjectName(field + QStringLiteral("Input"));
    const auto changed = [this, field] { inputChanged(field); };
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        connect(line, &QLineEdit::textChanged, this, changed);
        f.mergeable = true;
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        if (combo->isEditable()) {
            connect(combo, &QComboBox::editTextChanged, this, changed);
            f.mergeable = true;
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
        f.mergeable = true;
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
        f.mergeable = true;
    } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
        connect(check, &QCheckBox::toggled, this, changed);
    } else if (auto *date = qobject_cast<QDateEdit *>(input)) {
        connect(date, &QDateEdit::dateChanged, this, changed);
    } else {
        Q_ASSERT_X(false, "EditForm::add", "unsupported input widget");
    }
    input->installEventFilter(this);
    m_fieldOfInput.insert(input, field);
    m_fields.insert(field, f);
    m_fields[field].value = read(f);
    m_order.append(field);
    return f.wrapper;
}

FieldError *EditForm::addRow(QFormLayout *layout, const QString &field, const QString &label, QWidget *input)
{
    FieldError *wrapper = add(field, label, input);
    auto *rowLabel = new QLabel(label);
    rowLabel->setBuddy(input);
    layout->addRow(rowLabel, wrapper);
    return wrapper;
}

void EditForm::alignLabels(const QList<QFormLayout *> &layouts)
{
    QList<QLabel *> labels;
    int width = 0;
    for (QFormLayout *layout : layouts) {
        for (int row = 0; row < layout->rowCount(); ++row) {
            QLayoutItem *item = layout->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                labels << label;
                width = std::max(width, label->sizeHint().width());
            }
        }
    }
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(width);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

void EditForm::linkFields(const QStringList &fields)
{
    m_links.append(fields);
}

QWidget *EditForm::input(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? nullptr : it->input;
}

FieldError *EditForm::fieldError(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? nullptr : it->wrapper;
}

QVariant EditForm::value(const QString &field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.cend() ? QVariant() : read(*it);
}

QVariant EditForm::read(const Field &f) const
{
    if (const auto *line = qobject_cast<const QLineEdit *>(f.input))
        return line->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(f.input))
        return combo->isEditable() ? QVariant(combo->currentText()) : combo->currentData();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(f.input))
        return text->toPlainText();
    if (const auto *spin = qobject_cast<const QSpinBox *>(f.input))
        return spin->value();
    if (const auto *check = qobject_cast<const QCheckBox *>(f.input))
        return check->isChecked();
    if (const auto *date = qobject_cast<const QDateEdit *>(f.input))
        return isNoDate(date) ? QDate() : date->date();
    return {};
}

void EditForm::write(const Field &f, const QVariant &value)
{
    const QScopedValueRollback quiet(m_recording, false);
    if (auto *line = qobject_cast<QLineEdit *>(f.input)) {
        line->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(f.input)) {
        if (combo->isEditable())
            combo->setCurrentText(value.toString());
        else
            combo->setCurrentIndex(combo->findData(value));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(f.input)) {
        text->setPlainText(value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(f.input)) {
        spin->setValue(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(f.input)) {
        check->setChecked(value.toBool());
    } else if (auto *date = qobject_cast<QDateEdit *>(f.input)) {
        const QDate d = value.toDate();
        date->setDate(d.isValid() ? d : date->minimumDate());
    }
}

void EditForm::setValue(const QString &field, const QVariant &value)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    if (read(*it) != value)
        write(*it, value);
    it->value = read(*it);
}

void EditForm::withoutRecording(const std::function<void()> &change)
{
    {
        const QScopedValueRollback quiet(m_recording, false);
        change();
    }
    for (Field &f : m_fields)
        f.value = read(f);
}

void EditForm::resetHistory()
{
    m_stack->clear();
    m_touched.clear();
    m_external.clear();
    ++m_mergeGroup;
    showMessage({});
    revalidate();
}

void EditForm::markSaved()
{
    m_stack->setClean();
    // Typing after a save starts a new undo step rather than extending the saved one.
    ++m_mergeGroup;
}

void EditForm::inputChanged(const QString &field)
{
    if (!m_recording)
        return;
    Field &f = m_fields[field];
    const QVariant now = read(f);
    if (now == f.value)
        return;
    // The command's first redo() finds the input already showing `now` and only records it.
    m_stack->push(new FieldEditCommand(this, field, f.label, f.value, now, f.mergeable ? m_mergeGroup : -1));
}

void EditForm::apply(const QString &field, const QVariant &value)
{
    auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    if (read(*it) != value)
        write(*it, value);
    it->value = value;
    m_external.remove(field);
    touch(field);
    revalidate();
    emit edited(field);
}

void EditForm::touch(const QString &field)
{
    m_touched.insert(field);
    for (const QStringList &link : std::as_const(m_links)) {
        if (link.contains(field)) {
            for (const QString &other : link)
                m_touched.insert(other);
        }
    }
}

bool EditForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        // A popup (completer, calendar, combo list) is still part of editing the field.
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            const QString field = m_fieldOfInput.value(watched);
            if (!field.isEmpty()) {
                // Leaving a field ends its undo step and shows its errors.
                ++m_mergeGroup;
                touch(field);
                updateMessages();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void EditForm::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void EditForm::revalidate()
{
    m_errors = m_validator ? m_validator() : QList<Error>();
    updateMessages();
}

bool EditForm::hasErrors() const
{
    return !m_errors.isEmpty() || !m_external.isEmpty();
}

void EditForm::showAllErrors()
{
    for (const QString &field : std::as_const(m_order))
        m_touched.insert(field);
    updateMessages();
}

void EditForm::updateMessages()
{
    QHash<QString, QString> shown;
    for (const Error &e : std::as_const(m_errors)) {
        if (m_touched.contains(e.field) && !shown.contains(e.field))
            shown.insert(e.field, e.message);
    }
    for (auto it = m_external.cbegin(); it != m_external.cend(); ++it)
        shown.insert(it.key(), it.value());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it->wrapper->setError(shown.value(it.key()));
    const bool errorsNow = hasErrors();
    if (errorsNow != m_hadErrors) {
        m_hadErrors = errorsNow;
        emit errorsChanged(errorsNow);
    }
}

void EditForm::showError(const Error &error)
{
    if (!error.field.isEmpty() && m_fields.contains(error.field)) {
        m_external.insert(error.field, error.message);
        updateMessages();
        reveal(error.field);
        return;
    }
    showMessage(error.message);
}

void EditForm::reveal(const QString &field)
{
    QWidget *in = input(field);
    if (!in)
        return;
    // The field may sit on a tab that is not shown, or below the fold of a scroll area.
    for (QWidget *child = in, *parent = in->parentWidget(); parent;
         child = parent, parent = parent->parentWidget()) {
        if (auto *pages = qobject_cast<QStackedWidget *>(parent)) {
            // A tab widget follows its tab bar, not its page stack.
            if (auto *tabs = qobject_cast<QTabWidget *>(pages->parentWidget()))
                tabs->setCurrentWidget(child);
            else
                pages->setCurrentWidget(child);
        }
    }
    for (QWidget *parent = in->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent))
            scroll->ensureWidgetVisible(in);
    }
    in->setFocus(Qt::OtherFocusReason);
}

void EditForm::showMessage(const QString &message)
{
    m_messageBar->setText(message);
    m_messageBar->setVisible(!message.isEmpty());
}

void EditForm::setConflictResolver(ConflictDialog::Resolver resolver)
{
    m_resolver = resolver ? std::move(resolver) : ConflictDialog::Resolver(&ConflictDialog::ask);
}

EditForm::Outcome EditForm::commit(const std::function<Status()> &write,
    const std::function<Status()> &adoptStoredVersion, const std::function<void()> &reload)
{
    showAllErrors();
    if (hasErrors()) {
        showMessage(tr("Correct the marked fields before saving."));
        for (const QString &field : std::as_const(m_order)) {
            if (m_fields.value(field).wrapper->hasError()) {
                reveal(field);
                break;
            }
        }
        return Outcome::Failed;
    }
    const Outcome outcome = run(write, adoptStoredVersion, reload);
    if (outcome == Outcome::Saved)
        markSaved();
    return outcome;
}

bool EditForm::maybeSave(const QString &name, const std::function<bool()> &save)
{
    if (!isModified())
        return true;
    const auto answer
        = QMessageBox::warning(m_owner, tr("Unsaved changes"), tr("Save the changes to %1?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool EditForm::confirmDiscard(const QString &name)
{
    if (!isModified())
        return true;
    return QMessageBox::question(m_owner, tr("Discard changes"),
               tr("Discard your changes to %1 and read it again?").arg(name),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

EditForm::Outcome EditForm::run(const std::function<Status()> &write,
    const std::function<Status()> &adoptStoredVersion, const std::function<void()> &reload)
{
    showMessage({});
    for (;;) {
        const Status written = write();
        if (written)
            return Outcome::Saved;
        if (written.error().code != Error::Code::Conflict) {
            showError(written.error());
            return Outcome::Failed;
        }
        switch (m_resolver(m_owner, written.error().message)) {
        case ConflictDialog::Choice::Reload:
            reload();
            return Outcome::Reloaded;
        case ConflictDialog::Choice::Cancel:
            showMessage(written.error().message);
            return Outcome::Cancelled;
        case ConflictDialog::Choice::Overwrite:
            if (const Status adopted = adoptStoredVersion(); !adopted) {
                showError(adopted.error());
                return Outcome::Failed;
            }
            break; // and write again over the version just read
        }
    }
}

} // namespace cd
