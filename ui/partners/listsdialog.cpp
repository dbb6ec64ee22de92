#include "listsdialog.h"

#include "shared/fielderror.h"
#include "shared/lookuplistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {

// One red for every inline error (as FieldError uses), readable on light and dark backgrounds.
// Lead weights are small relative numbers; the store refuses negative ones, the editor never offers them.
constexpr int kMaxWeight = 9999;

// Edits lead weights with a spin box that cannot go below 0.
class WeightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setRange(0, kMaxWeight);
            spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        return editor;
    }
};

QString pageName(LookupStore::List list)
{
    switch (list) {
    case LookupStore::List::Levels:
        return QStringLiteral("levels");
    case LookupStore::List::Activations:
        return QStringLiteral("activations");
    case LookupStore::List::Areas:
        return QStringLiteral("areas");
    case LookupStore::List::Users:
        return QStringLiteral("users");
    }
    return {};
}

} // namespace

ListsDialog::ListsDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Lists"));
    m_tabs->setObjectName(QStringLiteral("tabs"));

    const QList<QPair<List, QString>> tabs = {
        {List::Levels, tr("Levels")},
        {List::Activations, tr("Activations")},
        {List::Areas, tr("Areas")},
        {List::Users, tr("Users")},
    };
    const QStringList hints = {
        tr("The lead weight decides how likely partners of a level are to receive leads: the higher the "
           "weight, the higher the chance; a weight of 0 receives none. Levels are offered in this order."),
        tr("How far a partner's activation has come, offered in this order. A disabled activation stays "
           "on the partners that have it but is offered no more."),
        tr("The regions partners are grouped by. An area can be removed once no partner uses it."),
        tr("The people who can be account managers of partners. Deactivate someone who leaves: they stay "
           "on their partners and in the history."),
    };
    for (int i = 0; i < tabs.size(); ++i) {
        Q_ASSERT(int(tabs[i].first) == i);
        m_tabs->addTab(createPage(tabs[i].first, hints[i]), tabs[i].second);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &ListsDialog::updateButtons);

    auto *note = new QLabel(tr("Changes are saved as you make them."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in a list is not meant for a button: a table passes it on when no cell is edited.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    for (const Page &p : std::as_const(m_pages)) {
        if (const Status read = p.model->reload(); !read)
            p.message->setText(read.error().message);
        p.message->setVisible(!p.message->text().isEmpty());
    }
    updateButtons();
    m_pages.first().view->setFocus();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 30);
}

ListsDialog::~ListsDialog() = default;

QWidget *ListsDialog::createPage(List list, const QString &hint)
{
    auto *widget = new QWidget(m_tabs);
    widget->setObjectName(pageName(list));
    Page p;
    p.model = LookupListModel::create(list, m_db, this);
    p.model->setSwapConfirmer([this](const QString &renamed, const QString &other) {
        return QMessageBox::question(this, tr("Swap the Names?"),
                   tr("“%1” is the name of another entry of this list. Swap the names of “%2” and “%1”?\n\n"
                      "The partners of each entry keep their entry and show its new name.")
                       .arg(other, renamed),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    });
    p.view = new QTableView(widget);
    p.view->setObjectName(QStringLiteral("view"));
    p.view->setModel(p.model);
    p.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    p.view->setSelectionMode(QAbstractItemView::SingleSelection);
    p.view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    p.view->setAlternatingRowColors(true);
    p.view->setWordWrap(false);
    p.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    p.view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Row numbers tell the order where there is one; elsewhere they would suggest one.
    p.view->verticalHeader()->setVisible(p.model->isOrdered());
    QHeaderView *header = p.view->horizontalHeader();
    header->setHighlightSections(false);
    for (int column = 0; column < p.model->columnCount(); ++column) {
        using F = LookupListModel::Field;
        const F f = p.model->field(column);
        // Names and e-mail addresses get the room; logins are short but need some air.
        if (f == F::Name || f == F::DisplayName || f == F::Email) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        } else if (f == F::Login) {
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, fontMetrics().averageCharWidth() * 16);
        } else {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    }
    if (const int weight = p.model->columnOf(LookupListModel::Field::Weight); weight >= 0)
        p.view->setItemDelegateForColumn(weight, new WeightDelegate(p.view));

    auto *hintLabel = new QLabel(hint, widget);
    hintLabel->setWordWrap(true);

    auto *add = new QPushButton(list == List::Users ? tr("&Add User") : tr("&Add"), widget);
    add->setObjectName(QStringLiteral("add"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ListsDialog::addEntry);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    if (p.model->canRemove()) {
        p.remove = new QPushButton(tr("&Remove"), widget);
        p.remove->setObjectName(QStringLiteral("remove"));
        p.remove->setAutoDefault(false);
        p.remove->setToolTip(tr("Remove the selected entry; only entries no partner uses can be removed"));
        connect(p.remove, &QPushButton::clicked, this, &ListsDialog::removeCurrentEntry);
        buttons->addWidget(p.remove);
    }
    if (p.model->isOrdered()) {
        p.up = new QPushButton(tr("Move &Up"), widget);
        p.up->setObjectName(QStringLiteral("moveUp"));
        p.up->setAutoDefault(false);
        connect(p.up, &QPushButton::clicked, this, [this] { moveCurrentEntry(-1); });
        p.down = new QPushButton(tr("Move &Down"), widget);
        p.down->setObjectName(QStringLiteral("moveDown"));
        p.down->setAutoDefault(false);
        connect(p.down, &QPushButton::clicked, this, [this] { moveCurrentEntry(1); });
        buttons->addSpacing(fontMetrics().height() / 2);
        buttons->addWidget(p.up);
        buttons->addWidget(p.down);
    }
    buttons->addStretch(1);

    p.message = new QLabel(widget);
    p.message->setObjectName(QStringLiteral("message"));
    p.message->setWordWrap(true);
    p.message->setTextFormat(Qt::PlainText);
    p.message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColor)));
    p.message->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(p.view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(hintLabel);
    layout->addLayout(row, 1);
    layout->addWidget(p.message);

    QLabel *message = p.message;
    connect(p.model, &LookupListModel::written, this, [this, message] {
        m_written = true;
        message->clear();
        message->hide();
    });
    connect(p.model, &LookupListModel::writeFailed, this, [message](const Error &error) {
        message->setText(error.message);
        message->show();
    });
    const auto update = [this] { updateButtons(); };
    connect(p.model, &QAbstractItemModel::modelReset, this, update);
    connect(p.model, &QAbstractItemModel::rowsInserted, this, update);
    connect(p.model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(p.model, &QAbstractItemModel::rowsMoved, this, update);
    connect(p.view->selectionModel(), &QItemSelectionModel::currentChanged, this, update);

    Q_ASSERT(m_pages.size() == int(list));
    m_pages.append(p);
    return widget;
}

void ListsDialog::showList(List list)
{
    m_tabs->setCurrentIndex(int(list));
}

ListsDialog::List ListsDialog::currentList() const
{
    return static_cast<List>(std::max(0, m_tabs->currentIndex()));
}

LookupListModel *ListsDialog::model(List list) const
{
    return m_pages.at(int(list)).model;
}

QTableView *ListsDialog::view(List list) const
{
    return m_pages.at(int(list)).view;
}

QString ListsDialog::message(List list) const
{
    return m_pages.at(int(list)).message->text();
}

const ListsDialog::Page &ListsDialog::current() const
{
    return m_pages.at(int(currentList()));
}

void ListsDialog::addEntry()
{
    const Page &p = current();
    const int row = p.model->addEntry();
    const QModelIndex name = p.model->index(row, p.model->columnOf(p.model->keyField()));
    p.view->setCurrentIndex(name);
    p.view->scrollTo(name);
    p.view->setFocus();
    p.view->edit(name);
}

void ListsDialog::removeCurrentEntry()
{
    const Page &p = current();
    const QModelIndex index = p.view->currentIndex();
    if (!index.isValid())
        return;
    const int column = index.column();
    const int row = index.row();
    if (!p.model->removeEntry(row))
        return; // the model said why under the list
    const int next = std::min(row, p.model->rowCount() - 1);
    if (next >= 0)
        p.view->setCurrentIndex(p.model->index(next, column));
}

void ListsDialog::moveCurrentEntry(int delta)
{
    const Page &p = current();
    const QModelIndex index = p.view->currentIndex();
    if (!index.isValid())
        return;
    // The current index follows the moved row; after a failure the list was read again.
    if (p.model->moveEntry(index.row(), delta))
        p.view->scrollTo(p.view->currentIndex());
}

void ListsDialog::updateButtons()
{
    for (const Page &p : std::as_const(m_pages)) {
        const int row = p.view->currentIndex().row();
        const int count = p.model->rowCount();
        if (p.remove)
            p.remove->setEnabled(row >= 0);
        if (p.up)
            p.up->setEnabled(row > 0);
        if (p.down)
            p.down->setEnabled(row >= 0 && row < count - 1);
    }
}

} // namespace cd
