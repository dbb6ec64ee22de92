#include "partneragreementstab.h"

#include "agreementtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

PartnerAgreementsTab::PartnerAgreementsTab(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new AgreementTableModel(this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_new(new QPushButton(tr("&New Agreement…"), this))
{
    m_view->setObjectName(QStringLiteral("partnerAgreements"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AgreementTableModel::columnOf(AgreementColumn::End), Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The partner's name is the page's heading; its column would repeat it on every row.
    m_view->setColumnHidden(AgreementTableModel::columnOf(AgreementColumn::Partner), true);
    m_view->setColumnHidden(AgreementTableModel::columnOf(AgreementColumn::Updated), true);
    const int w = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(AgreementTableModel::columnOf(AgreementColumn::Number), w * 18);
    m_view->setColumnWidth(AgreementTableModel::columnOf(AgreementColumn::Type), w * 24);
    m_view->setColumnWidth(AgreementTableModel::columnOf(AgreementColumn::Owner), w * 18);
    m_view->setColumnWidth(AgreementTableModel::columnOf(AgreementColumn::Stage), w * 16);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(AgreementTableModel::IdRole).toLongLong())
            emit openAgreementRequested(id);
    });
    connect(m_new, &QPushButton::clicked, this, [this] { emit newAgreementRequested(m_partnerId); });
    connect(m_model, &AgreementTableModel::countChanged, this, &PartnerAgreementsTab::updateHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PartnerAgreementsTab::updateHint);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateHint();
}

void PartnerAgreementsTab::setPartner(qint64 partnerId)
{
    m_partnerId = partnerId;
    m_new->setEnabled(partnerId != 0);
    AgreementFilter f;
    // A partner not saved yet has no agreements; -1 matches none.
    f.partnerId = partnerId != 0 ? partnerId : -1;
    m_model->setFilter(f);
    if (m_model->database().path() != m_db.path() || !m_model->database().isOpen())
        m_model->setDatabase(m_db);
}

void PartnerAgreementsTab::refresh()
{
    m_model->refresh();
}

void PartnerAgreementsTab::updateHint()
{
    if (m_partnerId == 0)
        m_hint->setText(tr("Save the partner to add agreements."));
    else if (m_model->totalCount() == 0)
        m_hint->setText(tr("No agreements yet."));
    else
        m_hint->setText(
            tr("%Ln agreement(s); double-click one to open it.", nullptr, int(m_model->totalCount())));
}

} // namespace cd
