#pragma once

// CommissionText: the translation context ("Commissions") of the texts the commission code in core
// writes (explanations, errors). Call CommissionText::tr("...") so lupdate files each text under
// the context it is looked up in at run time.

#include <QCoreApplication>

namespace cd {

struct CommissionText
{
    Q_DECLARE_TR_FUNCTIONS(Commissions)
};

} // namespace cd
