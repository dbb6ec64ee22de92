#pragma once

// Helpers shared by the lead and report tests: partners and leads written straight to a fresh
// database, so a test states exactly the weights, places and links it is about.

#include "../testdb.h"
#include "db/sql.h"

#include <QTest>

#include <optional>

namespace cd::test {

struct PartnerSpec
{
    QString kind = QStringLiteral("reseller");
    qint64 areaId = 0;
    QString country = QStringLiteral("DE");
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString level = QStringLiteral("Gold"); // empty = no level
    std::optional<int> weightOverride;
    QString activation = QStringLiteral("Fully Operational"); // empty = none
    QString status = QStringLiteral("active");
    bool archived = false;
    qint64 parentId = 0;
};

inline qint64 lookupId(const Database &db, const char *table, const QString &name)
{
    auto id = sql::scalar(
        db.sql(), QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(QLatin1String(table)), {name});
    if (!id || !id->isValid())
        qFatal("no %s named %s", table, qPrintable(name));
    return id->toLongLong();
}

inline qint64 addArea(const Database &db, const QString &name)
{
    auto q = sql::exec(db.sql(), QStringLiteral("INSERT INTO areas (name) VALUES (?)"), {name});
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return q->lastInsertId().toLongLong();
}

inline qint64 addPartner(const Database &db, const QString &name, const PartnerSpec &s = {})
{
    static int counter = 0;
    const QVariant nullReal(QMetaType::fromType<double>());
    const QVariant nullInt(QMetaType::fromType<qint64>());
    auto q = sql::exec(db.sql(),
        QStringLiteral(
            "INSERT INTO partners (code, name, kind, area_id, country, latitude, longitude, status, "
            "level_id, weight_override, activation_id, archived_at, parent_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z')"),
        {QStringLiteral("T%1").arg(++counter, 6, 10, QLatin1Char('0')), name, s.kind,
            sql::nullIfZero(s.areaId), s.country, s.latitude ? QVariant(*s.latitude) : nullReal,
            s.longitude ? QVariant(*s.longitude) : nullReal, s.status,
            s.level.isEmpty() ? nullInt : QVariant(lookupId(db, "partner_levels", s.level)),
            s.weightOverride ? QVariant(*s.weightOverride) : nullInt,
            s.activation.isEmpty() ? nullInt : QVariant(lookupId(db, "partner_activations", s.activation)),
            s.archived ? QVariant(QStringLiteral("2026-01-02T00:00:00.000Z"))
                       : QVariant(QMetaType::fromType<QString>()),
            sql::nullIfZero(s.parentId)});
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return q->lastInsertId().toLongLong();
}

struct LeadSpec
{
    qint64 areaId = 0;
    QString country = QStringLiteral("DE");
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString createdAt = QStringLiteral("2026-03-01T10:00:00.000Z");
};

// Many waiting leads in one statement each, inside one transaction.
inline void addLeads(const Database &db, int count, const LeadSpec &s = {})
{
    QVERIFY(sql::run(db.sql(), QStringLiteral("BEGIN")).ok());
    const QVariant nullReal(QMetaType::fromType<double>());
    for (int i = 0; i < count; ++i) {
        auto q = sql::run(db.sql(),
            QStringLiteral(
                "INSERT INTO leads (company, country, area_id, latitude, longitude, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("Lead %1").arg(i), s.country, sql::nullIfZero(s.areaId),
                s.latitude ? QVariant(*s.latitude) : nullReal,
                s.longitude ? QVariant(*s.longitude) : nullReal, s.createdAt, s.createdAt});
        QVERIFY2(q.ok(), qPrintable(q.error().toString()));
    }
    QVERIFY(sql::run(db.sql(), QStringLiteral("COMMIT")).ok());
}

inline qint64 scalarInt(const Database &db, const QString &statement, const QVariantList &binds = {})
{
    auto v = sql::scalar(db.sql(), statement, binds);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

} // namespace cd::test
