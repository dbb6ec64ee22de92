#include "listpage.h"

namespace cd {

Status ListPage::exportTo(const QString &, QString *)
{
    return Error::make(Error::Code::Usage, tr("This list cannot be exported."));
}

} // namespace cd
