#pragma once

// Helpers shared by the agreement ui tests: a temporary registry with agreements in every stage a
// person can reach (Prepared with and without a period, Pending Return, Signed, Renewal,
// Terminated, Cancelled), written through the core stores, with what was made remembered so tests
// compare against it.

#include "agreements/agreementstore.h"
#include "agreements/documentstore.h"
#include "common/clock.h"
#include "partners/lookups.h"
#include "partners/partnerdirectory.h"
#include "registryfixture.h"

#include <QHash>

namespace cd::test {

// The smallest file the document store takes as a PDF.
inline QByteArray tinyPdf(const QString &text = QStringLiteral("signed"))
{
    return QByteArrayLiteral("%PDF-1.4\n% ") + text.toUtf8() + QByteArrayLiteral("\n%%EOF\n");
}

struct AgreementFixture : Registry
{
    static QDate today() { return QDate(2026, 3, 2); }

    QList<qint64> partners;
    QList<qint64> owners;
    QList<qint64> types;
    QHash<AgreementStage, QList<qint64>> byStage; // as made
    QList<qint64> withoutPeriod; // in Prepared
    QList<qint64> withDocument;

    AgreementFixture() { Clock::setFixed(QDateTime(today(), QTime(9, 0), Qt::UTC)); }
    ~AgreementFixture() { Clock::reset(); }

    // `perStage` agreements in each reachable stage over `partnerCount` partners.
    bool build(int perStage, int partnerCount = 40)
    {
        if (!addPartners(partnerCount))
            return false;
        Clock::setFixed(QDateTime(today(), QTime(9, 0), Qt::UTC));
        PartnerFilter all;
        all.archived = PartnerFilter::Archived::Hide;
        auto rows = PartnerDirectory(db).page(all, PartnerSort {}, 0, partnerCount);
        if (!rows || rows.value().isEmpty())
            return false;
        for (const PartnerRow &r : rows.value())
            partners.append(r.id);
        const LookupStore lookups(db);
        for (const User &u : lookups.users().valueOr({}))
            owners.append(u.id);
        const AgreementStore store(db);
        for (const AgreementType &t : store.types().valueOr({}))
            types.append(t.id);
        if (owners.isEmpty() || types.isEmpty())
            return false;

        int n = 0;
        const auto make = [&](bool withPeriod) -> qint64 {
            Agreement a;
            a.partnerId = partners.at(n % partners.size());
            a.typeId = types.at(n % types.size());
            a.ownerId = owners.at(n % owners.size());
            a.commissionRate = Rate::fromMicros(50'000 + 1000 * (n % 7));
            a.terms = QStringLiteral("Terms %1").arg(n);
            std::optional<AgreementPeriod> period;
            if (withPeriod) {
                AgreementPeriod p;
                // Ends spread from 40 days ago to two years ahead, some equal.
                p.start = today().addYears(-1).addDays(n % 50);
                p.end = today().addDays(-40 + (n * 37) % 800);
                p.noticeDays = 30;
                p.renewalMonths = 12;
                period = p;
            }
            ++n;
            auto created = store.create(a, period);
            if (!created) {
                qWarning("create: %s", qPrintable(created.error().toString()));
                return 0;
            }
            return created.value().id;
        };
        const auto moveTo = [&](qint64 id, AgreementStage to, const QString &reason = {}) {
            AgreementMove m;
            m.to = to;
            m.date = today();
            m.reason = reason;
            auto moved = store.move(id, m);
            if (!moved)
                qWarning("move: %s", qPrintable(moved.error().toString()));
            return moved.ok();
        };
        const auto sign = [&](qint64 id) {
            if (!DocumentStore(db).attach(id, QStringLiteral("signed.pdf"), tinyPdf()))
                return false;
            withDocument.append(id);
            return moveTo(id, AgreementStage::Signed);
        };

        for (int i = 0; i < perStage; ++i) {
            const bool period = i % 3 != 0;
            const qint64 prepared = make(period);
            if (!prepared)
                return false;
            byStage[AgreementStage::Prepared].append(prepared);
            if (!period)
                withoutPeriod.append(prepared);

            const qint64 pending = make(true);
            if (!pending || !moveTo(pending, AgreementStage::PendingReturn))
                return false;
            byStage[AgreementStage::PendingReturn].append(pending);

            const qint64 signedId = make(true);
            if (!signedId || !sign(signedId))
                return false;
            byStage[AgreementStage::Signed].append(signedId);

            const qint64 renewal = make(true);
            if (!renewal || !sign(renewal) || !moveTo(renewal, AgreementStage::Renewal))
                return false;
            byStage[AgreementStage::Renewal].append(renewal);

            const qint64 terminated = make(true);
            if (!terminated || !sign(terminated)
                || !moveTo(terminated, AgreementStage::Terminated, QStringLiteral("Partner closed")))
                return false;
            byStage[AgreementStage::Terminated].append(terminated);

            const qint64 cancelled = make(i % 2 == 0);
            if (!cancelled || !moveTo(cancelled, AgreementStage::Cancelled))
                return false;
            byStage[AgreementStage::Cancelled].append(cancelled);
        }
        return true;
    }

    qint64 total() const
    {
        qint64 t = 0;
        for (const auto &ids : byStage)
            t += ids.size();
        return t;
    }
};

} // namespace cd::test
