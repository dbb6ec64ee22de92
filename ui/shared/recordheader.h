#pragma once

// RecordHeader: the top line of a record editor: the record's name in large type, a line of facts
// under it (code, kind, status) and the buttons acting on the whole record on the right.

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace cd {

class RecordHeader : public QWidget
{
    Q_OBJECT
public:
    explicit RecordHeader(QWidget *parent = nullptr);

    void setHeading(const QString &text);
    // Facts joined with a separator; empty ones are left out.
    void setFacts(const QStringList &facts);
    QString heading() const;
    QString facts() const;

    // Adds a button on the right, in order; `objectName` lets tests find it.
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QLabel *m_heading;
    QLabel *m_facts;
    QHBoxLayout *m_buttons;
};

} // namespace cd
