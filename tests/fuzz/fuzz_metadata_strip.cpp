// The JPEG and PNG metadata walkers export stripping uses. They fail closed (an empty result when the
// file cannot be walked safely); what they return must walk again to the same bytes.
#include "fuzzutil.h"

#include "export/imagerender.h"
#include "image/jpegsegments.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lc::fuzz::init();
    const QByteArray bytes = lc::fuzz::bytes(data, size);
    const QByteArray jpeg = lc::stripJpegMetadata(bytes);
    if (!jpeg.isEmpty())
        LC_FUZZ_CHECK(lc::stripJpegMetadata(jpeg) == jpeg);
    const QByteArray png = lc::stripPngMetadata(bytes);
    if (!png.isEmpty())
        LC_FUZZ_CHECK(lc::stripPngMetadata(png) == png);
    return 0;
}
