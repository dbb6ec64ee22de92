#include "partner.h"

#include "common/accountnumber.h"
#include "common/bic.h"
#include "common/country.h"
#include "common/email.h"
#include "common/iban.h"

#include <QCoreApplication>
#include <QUrl>

namespace cd {

namespace {

void add(QList<Error> &errors, const Status &s)
{
    if (!s.ok())
        errors.append(s.error());
}
} // namespace

QList<Error> Partner::validate() const
{
    QList<Error> errors;
    if (name.trimmed().isEmpty())
        errors.append(Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("Partner", "The name is required.")));
    else if (name.size() > 200)
        errors.append(Error::validation(QStringLiteral("name"),
            QCoreApplication::translate("Partner", "The name is longer than 200 characters.")));
    if (!code.isEmpty())
        add(errors, AccountNumber::validate(code, QStringLiteral("code")));
    if (!country.isEmpty() && !Country::isValid(country))
        errors.append(Error::validation(QStringLiteral("country"),
            QCoreApplication::translate(
                "Partner", "\"%1\" is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).")
                .arg(country)));
    if (latitude.has_value() != longitude.has_value())
        errors.append(Error::validation(QStringLiteral("latitude"),
            QCoreApplication::translate("Partner", "Give both latitude and longitude, or neither.")));
    if (latitude && (*latitude < -90.0 || *latitude > 90.0))
        errors.append(Error::validation(QStringLiteral("latitude"),
            QCoreApplication::translate("Partner", "Latitude must be between -90 and 90.")));
    if (longitude && (*longitude < -180.0 || *longitude > 180.0))
        errors.append(Error::validation(QStringLiteral("longitude"),
            QCoreApplication::translate("Partner", "Longitude must be between -180 and 180.")));
    if (!website.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(website);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')))
            errors.append(Error::validation(QStringLiteral("website"),
                QCoreApplication::translate("Partner", "\"%1\" is not a web address.").arg(website)));
    }
    if (!iban.isEmpty())
        add(errors, Iban::validate(iban, QStringLiteral("iban")));
    if (!bic.isEmpty())
        add(errors, Bic::validate(bic, QStringLiteral("bic")));
    if (status == PartnerStatus::Suspended && statusReason.trimmed().isEmpty())
        errors.append(Error::validation(QStringLiteral("statusReason"),
            QCoreApplication::translate("Partner", "A suspension needs a reason.")));
    if (weightOverride && *weightOverride < 0)
        errors.append(Error::validation(QStringLiteral("weightOverride"),
            QCoreApplication::translate("Partner", "The weight cannot be negative.")));
    if (commissionRate && (*commissionRate < Rate() || Rate::fromMicros(Rate::unit) < *commissionRate))
        errors.append(Error::validation(QStringLiteral("commissionRate"),
            QCoreApplication::translate("Partner", "The commission rate must be between 0 and 100 %.")));
    return errors;
}

QList<Error> Contact::validate() const
{
    QList<Error> errors;
    if (name.trimmed().isEmpty())
        errors.append(Error::validation(QStringLiteral("name"),
            QCoreApplication::translate("Partner", "The contact's name is required.")));
    if (!email.isEmpty())
        add(errors, Email::validate(email, QStringLiteral("email")));
    return errors;
}

QString Partner::kindKey(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::Dealer:
        return QStringLiteral("dealer");
    case PartnerKind::Reseller:
        return QStringLiteral("reseller");
    case PartnerKind::Distributor:
        return QStringLiteral("distributor");
    case PartnerKind::Agent:
        return QStringLiteral("agent");
    }
    return {};
}

std::optional<PartnerKind> Partner::kindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (PartnerKind kind : allKinds()) {
        if (k == kindKey(kind) || k == kindLabel(kind).toLower())
            return kind;
    }
    return std::nullopt;
}

QString Partner::kindLabel(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::Dealer:
        return QCoreApplication::translate("Partner", "Dealer");
    case PartnerKind::Reseller:
        return QCoreApplication::translate("Partner", "Reseller");
    case PartnerKind::Distributor:
        return QCoreApplication::translate("Partner", "Distributor");
    case PartnerKind::Agent:
        return QCoreApplication::translate("Partner", "Agent");
    }
    return {};
}

QString Partner::statusKey(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Active:
        return QStringLiteral("active");
    case PartnerStatus::Inactive:
        return QStringLiteral("inactive");
    case PartnerStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

std::optional<PartnerStatus> Partner::statusFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (PartnerStatus status : allStatuses()) {
        if (k == statusKey(status) || k == statusLabel(status).toLower())
            return status;
    }
    return std::nullopt;
}

QString Partner::statusLabel(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Active:
        return QCoreApplication::translate("Partner", "Active");
    case PartnerStatus::Inactive:
        return QCoreApplication::translate("Partner", "Inactive");
    case PartnerStatus::Suspended:
        return QCoreApplication::translate("Partner", "Suspended");
    }
    return {};
}

QList<PartnerKind> Partner::allKinds()
{
    return {PartnerKind::Dealer, PartnerKind::Reseller, PartnerKind::Distributor, PartnerKind::Agent};
}

QList<PartnerStatus> Partner::allStatuses()
{
    return {PartnerStatus::Active, PartnerStatus::Inactive, PartnerStatus::Suspended};
}

QString Partner::normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString s = t.trimmed();
        if (!s.isEmpty() && !out.contains(s, Qt::CaseInsensitive))
            out.append(s);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace cd
