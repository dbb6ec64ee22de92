#include "agreementsdemo.h"

#include "agreements/agreementstage.h"
#include "agreements/jobrunner.h"
#include "common/clock.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCryptographicHash>

namespace cd {

namespace {

// splitmix64: the same numbers on every platform for a seed.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed ^ 0xA5EE3E47A5EE3E47ull)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

// A one-page PDF with one line of text: small, valid, and readable by any viewer.
QByteArray demoPdf(const QString &line)
{
    QByteArray text = line.toLatin1();
    text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    const QByteArray stream = "BT /F1 14 Tf 72 770 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

using S = AgreementStage;

// How often each stage appears, in percent.
const QList<QPair<AgreementStage, int>> kStageWeights = {
    {S::Prepared, 10},
    {S::PendingReturn, 10},
    {S::Signed, 35},
    {S::Expiring, 12},
    {S::Renewal, 8},
    {S::Expired, 10},
    {S::Terminated, 8},
    {S::Cancelled, 7},
};

const char *const kRates[] = {"0.05", "0.075", "0.1", "0.125", "0.15"};
const char *const kTerms[] = {
    "The partner sells the products in its area and receives the default commission on every paid invoice.",
    "Exclusive distribution in the assigned area. Minimum yearly volume as agreed in annex A.",
    "Non-exclusive resale. Marketing funds of 2% of the net revenue, claimed quarterly.",
    "Agency: the partner introduces customers; contracts are concluded by the company.",
};
const char *const kReasons[] = {"Partner ceased trading", "Breach of the minimum volume",
    "Merged into another partner", "Mutual agreement"};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QVariant isoOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(iso(d)) : QVariant(QMetaType::fromType<QString>());
}

// The moment of a business day's change, for history rows.
QString at(const QDate &d)
{
    return sql::isoUtc(QDateTime(d, QTime(9, 0), Qt::UTC));
}

} // namespace

AgreementsDemo::AgreementsDemo(const Database &db)
    : m_db(db)
{}

Result<AgreementsDemoReport> AgreementsDemo::run(quint64 seed, qint64 firstId, qint64 lastId) const
{
    AgreementsDemoReport report;
    const QSqlDatabase db = m_db.sql();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();

    QList<qint64> partners;
    QList<qint64> managers;
    {
        auto q = sql::exec(db,
            QStringLiteral(
                "SELECT id, coalesce(account_manager_id, 0) FROM partners WHERE id BETWEEN ? AND ? "
                "AND archived_at IS NULL ORDER BY id"),
            {firstId, lastId});
        if (!q)
            return q.error();
        Random pick(seed * 31 + 7);
        while (q.value().next()) {
            // About one partner in five has an agreement; a few have two.
            const int roll = pick.below(100);
            const int count = roll < 3 ? 2 : roll < 20 ? 1 : 0;
            for (int i = 0; i < count; ++i) {
                partners.append(q.value().value(0).toLongLong());
                managers.append(q.value().value(1).toLongLong());
            }
        }
    }
    if (partners.isEmpty()) {
        if (Status s = tx.commit(); !s)
            return s.error();
        return report;
    }
    auto activeUsers = sql::ids(db, QStringLiteral("SELECT id FROM users WHERE active = 1 ORDER BY id"));
    if (!activeUsers)
        return activeUsers.error();
    const QList<qint64> users = activeUsers.value();
    auto activeTypes = sql::ids(
        db, QStringLiteral("SELECT id FROM agreement_types WHERE active = 1 ORDER BY sequence, id"));
    if (!activeTypes)
        return activeTypes.error();
    const QList<qint64> types = activeTypes.value();
    if (types.isEmpty())
        return report;

    // Numbers: the year's counter moves on by the whole batch at once.
    const QDate today = Clock::today();
    const int year = today.year();
    const qint64 n = partners.size();
    if (Status s = sql::run(db,
            QStringLiteral("INSERT INTO agreement_counters (year, last) VALUES (?, ?) "
                           "ON CONFLICT (year) DO UPDATE SET last = last + excluded.last"),
            {year, n});
        !s)
        return s.error();
    auto last = sql::scalar(db, QStringLiteral("SELECT last FROM agreement_counters WHERE year = ?"), {year});
    if (!last)
        return last.error();
    const qint64 firstSerial = last.value().toLongLong() - n + 1;
    auto maxId = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM agreements"));
    if (!maxId)
        return maxId.error();
    const qint64 firstAgreement = maxId.value().toLongLong() + 1;

    const QString user = m_db.userLogin();
    const QString now = sql::isoUtc(Clock::nowUtc());
    const QString insertAgreement = QStringLiteral(
        "INSERT INTO agreements (number, partner_id, type_id, owner_id, stage, commission_rate, terms, "
        "notes, "
        "signed_on, ever_signed, terminated_on, termination_reason, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, 1)");
    const QString insertPeriod
        = QStringLiteral("INSERT INTO agreement_periods (agreement_id, sequence, start_date, end_date, "
                         "notice_days, auto_renew, "
                         "renewal_months, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString insertTransition = QStringLiteral("INSERT INTO agreement_transitions (agreement_id, "
                                                    "from_stage, to_stage, user_login, at, effective_on, "
                                                    "automatic, comment) VALUES (?, ?, ?, ?, ?, ?, ?, '')");
    const QString setCurrent
        = QStringLiteral("UPDATE agreements SET current_period_id = ?, current_end = ? WHERE id = ?");

    Random r(seed);
    int documentsLeft = 20 + int(n / 50); // "a few": stored bytes stay small at any scale
    for (qint64 i = 0; i < n; ++i) {
        int roll = r.below(100);
        AgreementStage stage = S::Prepared;
        for (const auto &[s, weight] : kStageWeights) {
            if (roll < weight) {
                stage = s;
                break;
            }
            roll -= weight;
        }
        const QString number
            = QStringLiteral("AGR-%1-%2").arg(year).arg(firstSerial + i, 5, 10, QLatin1Char('0'));
        const qint64 owner = managers.at(i) != 0
            ? managers.at(i)
            : (users.isEmpty() ? 0 : users.at(r.below(int(users.size()))));
        const int months = QList<int> {12, 24, 36}.at(r.below(3));
        const int notice = QList<int> {30, 60, 90}.at(r.below(3));
        bool autoRenew = r.chance(30);
        bool hasPeriod = true;
        QDate end;
        switch (stage) {
        case S::Prepared:
            hasPeriod = r.chance(60);
            end = today.addDays(r.between(10, 60)).addMonths(months);
            break;
        case S::PendingReturn:
        case S::Cancelled:
            end = today.addDays(r.between(0, 45)).addMonths(months);
            break;
        case S::Signed:
            end = today.addDays(r.between(95, 900));
            break;
        case S::Expiring:
            end = today.addDays(r.between(0, 89));
            break;
        case S::Renewal:
            end = today.addDays(r.between(0, 80));
            autoRenew = false;
            break;
        case S::Expired:
            end = today.addDays(-r.between(1, 400));
            autoRenew = false;
            break;
        case S::Terminated:
            end = today.addDays(r.between(-200, 500));
            autoRenew = false;
            break;
        }
        const QDate start = end.addDays(1).addMonths(-months);
        const bool everSigned = stage != S::Prepared && stage != S::PendingReturn && stage != S::Cancelled;
        const QDate signedOn = everSigned ? start.addDays(-r.between(0, 20)) : QDate();
        QDate terminatedOn;
        QString reason;
        if (stage == S::Terminated) {
            terminatedOn = std::min(today, std::max(signedOn.addDays(30), today.addDays(-r.between(1, 300))));
            reason = QString::fromLatin1(kReasons[r.below(4)]);
        }
        const QDate created = (everSigned ? signedOn : today).addDays(-r.between(5, 40));

        auto q = sql::exec(db, insertAgreement,
            {number, partners.at(i), types.at(r.below(int(types.size()))), sql::nullIfZero(owner),
                AgreementStages::key(stage), QString::fromLatin1(kRates[r.below(5)]),
                QString::fromLatin1(kTerms[r.below(4)]), isoOrNull(signedOn), everSigned ? 1 : 0,
                isoOrNull(terminatedOn), reason, at(created), now});
        if (!q)
            return q.error();
        const qint64 id = q.value().lastInsertId().toLongLong();
        if (hasPeriod) {
            int sequence = 1;
            // Some agreements in force were renewed before: their earlier period is kept.
            if (stage == S::Signed && r.chance(25)) {
                const QDate earlierEnd = start.addDays(-1);
                if (Status s = sql::run(db, insertPeriod,
                        {id, sequence++, iso(earlierEnd.addDays(1).addMonths(-12)), iso(earlierEnd), notice,
                            autoRenew ? 1 : 0, 12, now});
                    !s)
                    return s.error();
            }
            auto p = sql::exec(db, insertPeriod,
                {id, sequence, iso(start), iso(end), notice, autoRenew ? 1 : 0, months, now});
            if (!p)
                return p.error();
            if (Status s = sql::run(db, setCurrent, {p.value().lastInsertId().toLongLong(), iso(end), id});
                !s)
                return s.error();
        }

        // The way the agreement came to its stage.
        QList<std::tuple<AgreementStage, AgreementStage, QDate, bool>> path;
        const QDate sent = created.addDays(r.between(1, 4));
        if (stage != S::Prepared && !(stage == S::Cancelled && !hasPeriod))
            path.append({S::Prepared, S::PendingReturn, sent, false});
        if (everSigned)
            path.append({S::PendingReturn, S::Signed, signedOn, false});
        if (stage == S::Expiring || stage == S::Renewal || stage == S::Expired)
            path.append({S::Signed, S::Expiring, std::max(signedOn, end.addDays(-90)), true});
        if (stage == S::Renewal)
            path.append({S::Expiring, S::Renewal, std::min(today, end.addDays(-r.between(5, 60))), false});
        if (stage == S::Expired)
            path.append({S::Expiring, S::Expired, end.addDays(1), true});
        if (stage == S::Terminated)
            path.append({S::Signed, S::Terminated, terminatedOn, false});
        if (stage == S::Cancelled)
            path.append({S::PendingReturn, S::Cancelled, sent.addDays(r.between(3, 30)), false});
        for (const auto &[from, to, day, automatic] : path) {
            if (Status s = sql::run(db, insertTransition,
                    {id, AgreementStages::key(from), AgreementStages::key(to), user, at(day), iso(day),
                        automatic ? 1 : 0});
                !s)
                return s.error();
        }

        if (everSigned && documentsLeft > 0) {
            --documentsLeft;
            const QByteArray pdf = demoPdf(QStringLiteral("Signed copy of agreement %1").arg(number));
            if (Status s = sql::run(db,
                    QStringLiteral(
                        "INSERT INTO agreement_documents (agreement_id, version, file_name, mime_type, size, "
                        "sha256, content, note, user_login, at, generated, signed_copy) "
                        "VALUES (?, 1, ?, 'application/pdf', ?, ?, ?, '', ?, ?, 0, 1)"),
                    {id, QString(number + QStringLiteral("-signed.pdf")), pdf.size(),
                        QString::fromLatin1(
                            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
                        pdf, user, at(signedOn)});
                !s)
                return s.error();
            ++report.documents;
        }
    }
    report.agreements = n;

    // The partners' timelines show each agreement's creation and stage changes.
    if (Status s = sql::run(db,
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                "old_value, new_value, comment) SELECT created_at, ?, 'agreement', id, partner_id, "
                "'agreement-created', '', NULL, number, '' FROM agreements WHERE id >= ? ORDER BY id"),
            {user, firstAgreement});
        !s)
        return s.error();
    if (Status s = sql::run(db,
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                "old_value, new_value, comment) SELECT t.at, t.user_login, 'agreement', t.agreement_id, "
                "a.partner_id, 'agreement-stage', a.number, t.from_stage, t.to_stage, t.comment "
                "FROM agreement_transitions t JOIN agreements a ON a.id = t.agreement_id "
                "WHERE t.agreement_id >= ? ORDER BY t.id"),
            {firstAgreement});
        !s)
        return s.error();

    // The daily job creates the renewal and alert tasks, as it would on the first start.
    auto job = JobRunner(m_db).run(today);
    if (!job)
        return job.error();
    report.tasks = job.value().tasksCreated;
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace cd
