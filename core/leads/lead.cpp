#include "lead.h"

#include "common/country.h"
#include "common/email.h"

#include <QCoreApplication>

namespace cd {

namespace {

struct StatusName
{
    LeadStatus status;
    const char *key;
    const char *label;
};

const StatusName kStatuses[] = {
    {LeadStatus::New, "new", QT_TRANSLATE_NOOP("Lead", "New")},
    {LeadStatus::Assigned, "assigned", QT_TRANSLATE_NOOP("Lead", "Assigned")},
    {LeadStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Lead", "Accepted")},
    {LeadStatus::Declined, "declined", QT_TRANSLATE_NOOP("Lead", "Declined by partner")},
    {LeadStatus::Converted, "converted", QT_TRANSLATE_NOOP("Lead", "Converted")},
    {LeadStatus::Lost, "lost", QT_TRANSLATE_NOOP("Lead", "Lost")},
};

} // namespace

QList<Error> Lead::validate() const
{
    QList<Error> errors;
    if (company.trimmed().isEmpty())
        errors.append(Error::validation(
            QStringLiteral("company"), QCoreApplication::translate("Lead", "The company is required.")));
    else if (company.size() > 200)
        errors.append(Error::validation(QStringLiteral("company"),
            QCoreApplication::translate("Lead", "The company is longer than 200 characters.")));
    if (!email.isEmpty()) {
        if (Status s = Email::validate(email, QStringLiteral("email")); !s)
            errors.append(s.error());
    }
    if (!country.isEmpty() && !Country::isValid(country))
        errors.append(Error::validation(QStringLiteral("country"),
            QCoreApplication::translate(
                "Lead", "\"%1\" is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).")
                .arg(country)));
    if (latitude.has_value() != longitude.has_value())
        errors.append(Error::validation(QStringLiteral("latitude"),
            QCoreApplication::translate("Lead", "Give both latitude and longitude, or neither.")));
    if (latitude && (*latitude < -90.0 || *latitude > 90.0))
        errors.append(Error::validation(QStringLiteral("latitude"),
            QCoreApplication::translate("Lead", "Latitude must be between -90 and 90.")));
    if (longitude && (*longitude < -180.0 || *longitude > 180.0))
        errors.append(Error::validation(QStringLiteral("longitude"),
            QCoreApplication::translate("Lead", "Longitude must be between -180 and 180.")));
    if (!estimatedValue.currency().isEmpty()) {
        if (Status s = Money::validateCurrency(estimatedValue.currency(), QStringLiteral("currency")); !s)
            errors.append(s.error());
        else if (estimatedValue.minorUnits() < 0)
            errors.append(Error::validation(QStringLiteral("estimatedValue"),
                QCoreApplication::translate("Lead", "The estimated value cannot be negative.")));
    }
    return errors;
}

QString Lead::statusKey(LeadStatus status)
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<LeadStatus> Lead::statusFromKey(const QString &key)
{
    for (const auto &s : kStatuses) {
        if (key == QLatin1String(s.key))
            return s.status;
    }
    return std::nullopt;
}

QString Lead::statusLabel(LeadStatus status)
{
    for (const auto &s : kStatuses) {
        if (s.status == status)
            return QCoreApplication::translate("Lead", s.label);
    }
    return {};
}

QList<LeadStatus> Lead::allStatuses()
{
    QList<LeadStatus> all;
    for (const auto &s : kStatuses)
        all.append(s.status);
    return all;
}

QString Lead::flagReasonLabel(const QString &key)
{
    if (key == QLatin1String("no-location"))
        return QCoreApplication::translate("Lead", "No area, country or coordinates to route by");
    if (key == QLatin1String("no-candidate"))
        return QCoreApplication::translate("Lead", "No partner qualifies for this lead");
    return key;
}

} // namespace cd
