#pragma once

// TimelineEvent: one entry of the activity timeline (who did what to which record, when).

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace cd {

struct TimelineEvent
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString entity; // "partner", "contact", "customer"
    qint64 entityId = 0;
    qint64 partnerId = 0; // the partner whose timeline shows the event; 0 = none
    QString action; // "created", "changed", "status", "archived", "restored", "contact-added", ...
    QString field; // for "changed": the field name
    QVariant oldValue;
    QVariant newValue;
    QString comment;

    // A sentence for people, e.g. "City changed from Lyon to Paris".
    QString describe() const;
};

} // namespace cd
