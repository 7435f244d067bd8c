#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <utility>

// Test images and archives generated at test time (no binary fixtures in the repository).
namespace lc::fixtures {

// A photo-like image: gradients plus per-seed shapes and noise, so different seeds give different hashes.
// `photoNoise` adds per-pixel sensor-like noise so JPEGs compress like real photos (~4 bits/pixel).
QImage makeImage(int width, int height, int seed, QImage::Format format = QImage::Format_RGB32, bool photoNoise = false);
QByteArray encode(const QImage &image, const char *format, int quality = 90);
// A more varied photo-like scene for near-duplicate tests: a gradient in any direction and of any
// brightness, 20-40 shapes (ellipses, rectangles, polygons, strokes) of every size and tone, noise.
QImage makeScene(int width, int height, int seed);
// A textured background with a drawn face in each box (skin oval, hair, brows, eyes, nose, mouth): the
// Haar cascades find them, so auto-crop can be tested on known face boxes.
QImage makePortrait(QSize size, const QList<QRect> &faces, quint32 seed);

// What people do to a picture that leaves it the same picture (near-duplicate tests and bench_dedup).
enum class Variant { Half, Jpeg55, Png, Brighter, Contrast, Grayscale, Crop6, Watermark, ExifRotated };
QList<Variant> allVariants();
const char *variantName(Variant v);
// The variant as a file's bytes (JPEG q90 unless the variant says otherwise).
QByteArray makeVariant(const QImage &image, Variant v);
QByteArray makeJpeg(int width, int height, int seed, int quality = 90, bool photoNoise = false);
// Inserts an EXIF APP1 segment with the given orientation (1-8) right after SOI.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation);
// A CMYK JPEG written with libjpeg (Adobe-style, as Photoshop saves them).
QByteArray makeCmykJpeg(int width, int height);
// A GIF with `frames` frames of 2 colours each (first frame: left half black, right half white).
QByteArray makeGif(int width, int height, int frames);
// A PNG whose header declares width x height but which holds almost no data (a decompression bomb).
QByteArray makePngHeaderBomb(int width, int height);
// A PNG header with any bit depth and colour type (e.g. 16-bit RGBA: 16, 6) and almost no data.
QByteArray makePngHeader(int width, int height, int bitDepth, int colorType);
// Hostile inputs of issue 8 (D4, D20), each tiny and within every file and pixel limit:
// a 43-byte GIF whose logical screen is 10000 x 10000 (a 1 px frame),
QByteArray makeGifScreenBomb();
// a 105-byte PNG whose tEXt chunk claims 1.56 GB,
QByteArray makePngHugeTextChunk();
// a 154-byte BMP declaring 10000 x 10000 px at 32 bits (400 MB of pixel data that is not there).
QByteArray makeBmpSizeLie();
// A JPEG with an EXIF segment holding a GPS IFD (latitude) and, when fillByte, one legal 0xFF fill byte
// before the marker that follows it.
QByteArray withGpsExif(const QByteArray &jpeg, bool fillByte);
// A ZIP written byte by byte (stored entries) whose entries can carry any name bytes and flags, e.g.
// a name that is not valid UTF-8 with the UTF-8 flag (bit 11) set.
struct RawZipEntry
{
    QByteArray name;
    QByteArray data;
    quint16 flags = 0x0800;
};
QByteArray makeRawZip(const QList<RawZipEntry> &entries);

// Changes the dimensions in a JPEG's SOF header (a lying header).
QByteArray withJpegSize(const QByteArray &jpeg, int width, int height);

void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

struct ZipEntry
{
    QString name;
    QByteArray data;
    bool store = false; // stored instead of deflated
};
void makeZip(const QString &path, const QList<ZipEntry> &entries);

quint32 crc32(const QByteArray &data);

// Writes `count` photo-like JPEGs named <seed>.jpg into dir, in parallel (benchmarks).
void generatePhotos(const QString &dir, int count, int width, int height, int seedBase);

// Peak resident set size of this process in MB (Linux VmHWM: unlike ru_maxrss it is not inherited
// across exec, so a benchmark's child process measures only itself).
double peakResidentMb();

} // namespace lc::fixtures
