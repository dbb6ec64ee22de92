#include "recordheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

RecordHeader::RecordHeader(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_facts(new QLabel)
    , m_buttons(new QHBoxLayout)
{
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setForegroundRole(QPalette::PlaceholderText);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_heading);
    titles->addWidget(m_facts);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles, 1);
    layout->addLayout(m_buttons);
    m_buttons->setAlignment(Qt::AlignTop);
}

void RecordHeader::setHeading(const QString &text)
{
    m_heading->setText(text);
}

void RecordHeader::setFacts(const QStringList &facts)
{
    QStringList shown;
    for (const QString &f : facts) {
        if (!f.isEmpty())
            shown << f;
    }
    //: Separator between the facts under a record's name
    m_facts->setText(shown.join(tr(" · ")));
}

QString RecordHeader::heading() const
{
    return m_heading->text();
}

QString RecordHeader::facts() const
{
    return m_facts->text();
}

QPushButton *RecordHeader::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    m_buttons->addWidget(button);
    return button;
}

} // namespace cd
