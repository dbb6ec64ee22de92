#pragma once

// Shared set-up of the agreement tests: a fresh database with a partner, an owner and helpers that
// put an agreement into a given state directly (the state under test, not the way there).

#include "../testdb.h"
#include "agreements/agreementstore.h"
#include "agreements/documentstore.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"

#include <QTest>

namespace cd::test {

struct AgreementFixture
{
    TempDatabase temp;
    qint64 partnerId = 0;
    qint64 ownerId = 0;
    qint64 dealerType = 0;

    explicit AgreementFixture(const QString &partnerName = QStringLiteral("Nordlicht Handel GmbH"))
    {
        Partner p;
        p.name = partnerName;
        p.city = QStringLiteral("Hamburg");
        p.postcode = QStringLiteral("20095");
        p.street = QStringLiteral("Am Sandtorkai 1");
        p.country = QStringLiteral("DE");
        auto created = PartnerStore(temp.db).create(p);
        if (!created)
            qFatal("partner: %s", qPrintable(created.error().toString()));
        partnerId = created->id;
        User u;
        u.login = QStringLiteral("anna");
        u.displayName = QStringLiteral("Anna Berg");
        auto user = LookupStore(temp.db).saveUser(u);
        if (!user)
            qFatal("user: %s", qPrintable(user.error().toString()));
        ownerId = user->id;
        dealerType = AgreementStore(temp.db).typeId(QStringLiteral("dealer")).valueOr(0);
    }

    const Database &db() const { return temp.db; }

    // A new agreement in Prepared; with a period when `end` is valid.
    Agreement create(const QDate &start = {}, const QDate &end = {}, int noticeDays = 30,
        bool autoRenew = false, int renewalMonths = 12)
    {
        Agreement a;
        a.partnerId = partnerId;
        a.typeId = dealerType;
        a.ownerId = ownerId;
        a.commissionRate = Rate::parse(QStringLiteral("12.5%")).valueOr(Rate());
        a.terms = QStringLiteral("Standard terms.");
        std::optional<AgreementPeriod> period;
        if (end.isValid()) {
            AgreementPeriod p;
            p.start = start;
            p.end = end;
            p.noticeDays = noticeDays;
            p.autoRenew = autoRenew;
            p.renewalMonths = renewalMonths;
            period = p;
        }
        auto created = AgreementStore(db()).create(a, period);
        if (!created)
            qFatal("agreement: %s", qPrintable(created.error().toString()));
        return created.value();
    }

    // Sets the stage (and the signed flag it implies) directly, as set-up for a test.
    void setStage(qint64 id, AgreementStage stage)
    {
        const bool signedBefore = stage == AgreementStage::Signed || stage == AgreementStage::Expiring
            || stage == AgreementStage::Renewal || stage == AgreementStage::Expired
            || stage == AgreementStage::Terminated;
        const Status s = sql::run(db().sql(),
            QStringLiteral("UPDATE agreements SET stage = ?, ever_signed = ?, signed_on = CASE WHEN ? THEN "
                           "'2025-01-01' END WHERE id = ?"),
            {AgreementStages::key(stage), signedBefore ? 1 : 0, signedBefore ? 1 : 0, id});
        if (!s)
            qFatal("stage: %s", qPrintable(s.error().toString()));
    }

    AgreementDocument attachSigned(qint64 id)
    {
        auto d = DocumentStore(db()).attach(
            id, QStringLiteral("signed.pdf"), QByteArray("%PDF-1.4\nsigned copy\n%%EOF\n"));
        if (!d)
            qFatal("document: %s", qPrintable(d.error().toString()));
        return d.value();
    }

    qint64 count(const QString &statement, const QVariantList &binds = {}) const
    {
        return sql::scalar(db().sql(), statement, binds).valueOr(QVariant(-1)).toLongLong();
    }
};

} // namespace cd::test
