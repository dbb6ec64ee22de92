#pragma once

// DealStage: one step of the configurable deal pipeline; won and lost stages close a deal.

#include <QString>

namespace cd {

struct DealStage
{
    qint64 id = 0;
    QString name;
    int sequence = 0;
    bool won = false;
    bool lost = false;
    int version = 0;
};

} // namespace cd
