#pragma once

// Partner: one channel partner (dealer, reseller, distributor, agent) as a plain value.

#include "common/decimal.h"
#include "common/error.h"
#include "common/versionedrecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

enum class PartnerKind { Dealer, Reseller, Distributor, Agent };
enum class PartnerStatus { Active, Inactive, Suspended };

struct Partner : VersionedRecord
{
    qint64 id = 0;
    QString code; // account number; empty on create = generate one
    QString name;
    QString legalName;
    PartnerKind kind = PartnerKind::Reseller;
    QString businessNature;
    qint64 areaId = 0;
    QString street;
    QString city;
    QString postcode;
    QString region;
    QString country; // ISO 3166-1 alpha-2
    std::optional<double> latitude; // coordinates, not money: double is fine here
    std::optional<double> longitude;
    QString website;
    QString taxId;
    QString controlAccount;
    QString bankHolder;
    QString iban;
    QString bic;
    QString bankName;
    PartnerStatus status = PartnerStatus::Active;
    QString statusReason;
    QDate statusDate;
    qint64 levelId = 0;
    std::optional<int> weightOverride;
    // Commissions: the default rate when no override or plan applies (nullopt = none), and the flag
    // of a margin reseller (earns its margin, never a commission).
    std::optional<Rate> commissionRate;
    bool marginBased = false;
    qint64 activationId = 0;
    qint64 accountManagerId = 0;
    QStringList tags;
    QString notes;

    // Every rule a partner must satisfy on its own; one Error per broken field.
    QList<Error> validate() const;

    static QString kindKey(PartnerKind kind);
    static std::optional<PartnerKind> kindFromKey(const QString &key);
    static QString kindLabel(PartnerKind kind);
    static QString statusKey(PartnerStatus status);
    static std::optional<PartnerStatus> statusFromKey(const QString &key);
    static QString statusLabel(PartnerStatus status);
    static QList<PartnerKind> allKinds();
    static QList<PartnerStatus> allStatuses();
    static QString normalizedTags(const QStringList &tags);
};

struct Contact
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString name;
    QString function;
    QString email;
    QString phone;
    bool primary = false;
    int version = 0;

    QList<Error> validate() const;
};

} // namespace cd
