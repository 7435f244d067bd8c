#include "util/skipreason.h"

namespace lc {

QString skipReasonKey(SkipReason reason)
{
    return toKey(reason);
}

SkipReason parseSkipReason(QStringView key)
{
    return fromKey<SkipReason>(key).value_or(SkipReason::Unreadable);
}

} // namespace lc
