#pragma once

// RollUp: the figures of one partner's whole subtree (the partner and everything below it).

#include "common/money.h"

#include <QList>

namespace cd {

struct RollUp
{
    qint64 partnerId = 0; // the subtree's top; 0 = the whole network
    qint64 partners = 0; // partners in the subtree, the top included
    qint64 customers = 0; // current customers whose primary partner is in the subtree
    qint64 openLeads = 0; // leads assigned to a partner of the subtree and not yet converted or lost
    // Won deal value per currency, sorted by currency code; amounts in different currencies are
    // never added together.
    QList<Money> wonValue;
};

} // namespace cd
