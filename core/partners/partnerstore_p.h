#pragma once

// The rows PartnerStore writes for a new partner and its contact, shared with NewPartners so that
// an import writes exactly what create() and addContact() write. Private to core/partners.

#include "common/error.h"
#include "partner.h"
#include "timeline/timelineevent.h"

#include <QVariantList>

namespace cd::partnerrows {

Error codeTaken(const QString &code);
// The INSERT of a new partner and its values (a partner that is not active gets today as its
// status date when it has none).
QString insertStatement();
QVariantList insertValues(Partner p);
// The INSERT of a contact and its values (name and e-mail stored trimmed).
QString contactInsertStatement();
QVariantList contactValues(const Contact &c);
TimelineEvent contactAdded(const Contact &c);
TimelineEvent partnerCreated(qint64 id, const Partner &p);

} // namespace cd::partnerrows
