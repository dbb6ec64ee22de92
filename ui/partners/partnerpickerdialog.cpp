#include "partnerpickerdialog.h"

#include "partnersearchmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

PartnerPickerDialog::PartnerPickerDialog(const Database &db, qint64 currentPartnerId, QWidget *parent)
    : QDialog(parent)
    , m_currentPartnerId(currentPartnerId)
    , m_model(new PartnerSearchModel(this))
    , m_search(new QLineEdit)
    , m_list(new QListView)
    , m_status(new QLabel)
    , m_direct(new QCheckBox(tr("&No partner: a direct customer")))
    , m_commentLabel(new QLabel(tr("&Comment:")))
    , m_comment(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_typingPause(new QTimer(this))
{
    setWindowTitle(tr("Choose the primary partner"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by code, name or city"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("partnerList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_direct->setObjectName(QStringLiteral("directCheck"));
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setPlaceholderText(tr("Why the customer moves (optional)"));
    m_commentLabel->setBuddy(m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_direct);
    auto *commentRow = new QFormLayout;
    commentRow->addRow(m_commentLabel, m_comment);
    layout->addLayout(commentRow);
    layout->addWidget(m_buttons);

    // One query per typing pause, not per keystroke.
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(200);
    connect(m_typingPause, &QTimer::timeout, this, &PartnerPickerDialog::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PartnerPickerDialog::updateState);
    connect(m_direct, &QCheckBox::toggled, this, &PartnerPickerDialog::updateState);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_direct->setEnabled(currentPartnerId != 0);
    m_model->setDatabase(db);
    runSearch();
    resize(520, 460);
}

void PartnerPickerDialog::search(const QString &text)
{
    m_typingPause->stop();
    if (m_search->text() != text) {
        m_search->setText(text);
        m_typingPause->stop();
    }
    runSearch();
}

void PartnerPickerDialog::runSearch()
{
    if (Status s = m_model->setSearch(m_search->text()); !s) {
        m_status->setText(s.error().message);
        return;
    }
    if (m_model->rowCount() == 0)
        m_status->setText(tr("No partner matches."));
    else if (m_model->isTruncated())
        m_status->setText(
            tr("Showing the first %1 matches; type more to narrow the search.").arg(m_model->limit()));
    else
        m_status->setText(tr("Matching partners: %1").arg(m_model->rowCount()));
    // The first partner that is a change; the current one stays listed so the user sees it.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->partnerId(row) != m_currentPartnerId) {
            m_list->setCurrentIndex(m_model->index(row));
            break;
        }
    }
    updateState();
}

void PartnerPickerDialog::updateState()
{
    m_list->setEnabled(!m_direct->isChecked());
    m_search->setEnabled(!m_direct->isChecked());
    const qint64 chosen = partnerId();
    const bool valid
        = m_direct->isChecked() ? m_currentPartnerId != 0 : chosen != 0 && chosen != m_currentPartnerId;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

qint64 PartnerPickerDialog::partnerId() const
{
    if (m_direct->isChecked())
        return 0;
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? 0 : m_model->partnerId(selected.first().row());
}

QString PartnerPickerDialog::partnerLabel() const
{
    if (m_direct->isChecked())
        return tr("Direct customer");
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QString() : selected.first().data().toString();
}

QString PartnerPickerDialog::comment() const
{
    return m_comment->text().trimmed();
}

void PartnerPickerDialog::setNoPartnerText(const QString &text)
{
    m_direct->setText(text);
    m_direct->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_direct->setChecked(false);
}

void PartnerPickerDialog::setCommentVisible(bool visible)
{
    m_commentLabel->setVisible(visible);
    m_comment->setVisible(visible);
}

} // namespace cd
