#include "error.h"

#include "util/errorkeys.h"

namespace lc {

QString errorCodeName(ErrorCode code)
{
    return toKey(code);
}

} // namespace lc
