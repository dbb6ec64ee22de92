// NewPartners: the partners of an import, written through statements prepared once.

#include "partnerstore.h"
#include "partnerstore_p.h"

#include <QCoreApplication>

namespace cd {

using namespace partnerrows;

NewPartners::NewPartners(const Database &db)
    : m_db(db)
    , m_store(db)
    , m_timeline(db)
{}

Status NewPartners::prepare()
{
    const std::pair<sql::RawStatement *, QString> statements[] = {
        {&m_partner, insertStatement()},
        {&m_contact, contactInsertStatement()},
        {&m_event, TimelineStore::insertStatement()},
        {&m_savepoint, QStringLiteral("SAVEPOINT cd_new_partner")},
        {&m_release, QStringLiteral("RELEASE cd_new_partner")},
        {&m_rollback, QStringLiteral("ROLLBACK TO cd_new_partner")},
    };
    for (const auto &[statement, text] : statements) {
        if (Status s = statement->prepare(m_db.handle(), text); !s)
            return s;
    }
    return {};
}

Error NewPartners::failed(const Error &e, const QString &code) const
{
    if (e.message.contains(QLatin1String("UNIQUE constraint failed: partners.code")))
        return codeTaken(code);
    return e;
}

Result<qint64> NewPartners::add(Partner p, const std::optional<Contact> &primaryContact)
{
    if (!m_partner.isPrepared()) {
        if (Status s = prepare(); !s)
            return s.error();
    }
    p.code = p.code.trimmed();
    if (p.code.isEmpty()) {
        auto code = m_store.generateCode();
        if (!code)
            return code.error();
        p.code = code.value();
    }
    // With a contact, three rows more: a savepoint takes the partner back when one fails.
    const bool together = primaryContact.has_value();
    if (together) {
        if (Status s = m_savepoint.run(); !s)
            return s.error();
    }
    const auto undo = [&](const Error &e) -> Error {
        if (together) {
            (void)m_rollback.run();
            (void)m_release.run();
        }
        return failed(e, p.code);
    };
    m_partner.bindAll(insertValues(p));
    if (Status s = m_partner.run(); !s)
        return undo(s.error());
    const qint64 id = m_partner.lastInsertId();
    m_event.bindAll(m_timeline.insertValues(partnerCreated(id, p)));
    if (Status s = m_event.run(); !s)
        return undo(s.error());
    if (together) {
        Contact c = *primaryContact;
        c.partnerId = id;
        m_contact.bindAll(contactValues(c));
        if (Status s = m_contact.run(); !s)
            return undo(s.error());
        c.id = m_contact.lastInsertId();
        m_event.bindAll(m_timeline.insertValues(contactAdded(c)));
        if (Status s = m_event.run(); !s)
            return undo(s.error());
        if (Status s = m_release.run(); !s)
            return undo(s.error());
    }
    return id;
}

} // namespace cd
