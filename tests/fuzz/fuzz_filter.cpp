// The grid's filter language: every input parses or is refused with a position, never crashes.
#include "fuzzutil.h"

#include "catalog/itemfilter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    const QString text = QString::fromUtf8(lc::fuzz::bytes(data, size));
    auto parsed = lc::parseFilter(text);
    if (!parsed)
        LC_FUZZ_CHECK(!parsed.error().message.isEmpty());
    return 0;
}
