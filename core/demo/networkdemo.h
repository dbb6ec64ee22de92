#pragma once

// NetworkDemo: turns freshly generated demo partners into a plausible network: distributors with
// resellers below them and extra distributor links, cascading sub-resellers, master dealers with
// sub-dealers. Set-based SQL, the same network for the same seed.

#include "common/result.h"
#include "db/database.h"

namespace cd {

struct NetworkDemoReport
{
    qint64 parented = 0; // partners given a parent
    qint64 links = 0; // distributor links created
};

class NetworkDemo
{
public:
    explicit NetworkDemo(const Database &db);

    // Arranges the partners with ids in [firstId, lastId] (all of them when both are 0); runs inside
    // the caller's transaction. Writes no timeline events, like the bulk customers of the demo.
    Result<NetworkDemoReport> run(quint64 seed, qint64 firstId = 0, qint64 lastId = 0) const;

private:
    Database m_db;
};

} // namespace cd
