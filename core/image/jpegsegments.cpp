#include "jpegsegments.h"

namespace lc {

namespace {

// Walks the marker segments of a JPEG up to its first scan: visit(marker, position, bytes) for each one
// (bytes: the marker and its payload; fill bytes before a marker are skipped and not part of it; visit
// returns false to stop). Returns the position of the start-of-scan marker, or -1 when the layout is not
// one this walk understands (or visit stopped it).
template<typename Visit>
qsizetype walkJpegHeader(const QByteArray &jpeg, Visit visit)
{
    if (!jpeg.startsWith("\xFF\xD8"))
        return -1;
    qsizetype pos = 2;
    const qsizetype size = jpeg.size();
    while (pos + 2 <= size) {
        if (quint8(jpeg[pos]) != 0xFF)
            return -1;
        // Any number of 0xFF fill bytes may precede a marker (ITU T.81 B.1.1.2).
        while (pos + 1 < size && quint8(jpeg[pos + 1]) == 0xFF)
            ++pos;
        if (pos + 2 > size)
            return -1;
        const quint8 marker = quint8(jpeg[pos + 1]);
        if (marker == 0xDA) // start of scan: the rest is image data
            return pos;
        if (marker == 0x00 || marker == 0xD8 || marker == 0xD9)
            return -1; // not a marker here / a second SOI / the end before any scan
        qsizetype length = 2;
        if (marker != 0x01 && !(marker >= 0xD0 && marker <= 0xD7)) { // those have no length
            if (pos + 4 > size)
                return -1;
            length = 2 + ((quint8(jpeg[pos + 2]) << 8) | quint8(jpeg[pos + 3]));
            if (length < 4 || pos + length > size)
                return -1;
        }
        if (!visit(marker, pos, length))
            return -1;
        pos += length;
    }
    return -1;
}

} // namespace

bool isMetadataJpegMarker(quint8 marker)
{
    const bool app = marker >= 0xE0 && marker <= 0xEF;
    const bool keep = marker == 0xE0 || marker == 0xE2 || marker == 0xEE;
    return (app && !keep) || marker == 0xFE;
}

QByteArray stripJpegMetadata(const QByteArray &jpeg)
{
    // Fails closed: any layout the walk does not understand gives an empty result, and the caller
    // re-encodes the image instead of shipping metadata it could not remove.
    QByteArray out = jpeg.left(2);
    const qsizetype scan = walkJpegHeader(jpeg, [&](quint8 marker, qsizetype pos, qsizetype length) {
        if (!isMetadataJpegMarker(marker))
            out += jpeg.mid(pos, length);
        return true;
    });
    if (scan < 0)
        return {};
    out += jpeg.mid(scan);
    return out;
}

std::optional<JpegFrame> jpegFrame(const QByteArray &jpeg)
{
    std::optional<JpegFrame> frame;
    const qsizetype scan = walkJpegHeader(jpeg, [&](quint8 marker, qsizetype pos, qsizetype length) {
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
        if (marker < 0xC0 || marker > 0xCF || marker == 0xC4 || marker == 0xC8 || marker == 0xCC)
            return true;
        if (frame || length < 10)
            return false; // a second frame header (hierarchical) or a short one
        JpegFrame f;
        f.process = marker - 0xC0;
        f.precision = quint8(jpeg[pos + 4]);
        f.height = (quint8(jpeg[pos + 5]) << 8) | quint8(jpeg[pos + 6]);
        f.width = (quint8(jpeg[pos + 7]) << 8) | quint8(jpeg[pos + 8]);
        f.components = quint8(jpeg[pos + 9]);
        frame = f;
        return true;
    });
    if (scan < 0)
        return std::nullopt;
    return frame;
}

} // namespace lc
