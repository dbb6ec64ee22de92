#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocumentFragment>

namespace cd {

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("breadcrumb"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->setToolTip(tr("The partners above this one in the network; click one to open it"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const qint64 id = link.toLongLong(&ok);
        if (ok)
            emit partnerActivated(id);
    });
    hide();
}

void BreadcrumbBar::setTrail(const QList<Crumb> &crumbs, const QString &current)
{
    m_crumbs = crumbs;
    QStringList parts;
    for (const Crumb &c : crumbs)
        parts.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(c.id).arg(c.text.toHtmlEscaped()));
    parts.append(current.toHtmlEscaped());
    m_label->setText(parts.join(QStringLiteral(" › ")));
    setVisible(!crumbs.isEmpty());
}

QString BreadcrumbBar::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

void BreadcrumbBar::activate(int index)
{
    if (index >= 0 && index < m_crumbs.size())
        emit partnerActivated(m_crumbs.at(index).id);
}

} // namespace cd
