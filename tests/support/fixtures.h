#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <utility>

// Test images and archives generated at test time (no binary fixtures in the repository).
namespace lc::fixtures {

// A photo-like image: gradients plus per-seed shapes and noise, so different seeds give different hashes.
// `photoNoise` adds per-pixel sensor-like noise so JPEGs compress like real photos (~4 bits/pixel).
QImage makeImage(int width, int height, int seed, QImage::Format format = QImage::Format_RGB32, bool photoNoise = false);
QByteArray encode(const QImage &image, const char *format, int quality = 90);
QByteArray makeJpeg(int width, int height, int seed, int quality = 90, bool photoNoise = false);
// Inserts an EXIF APP1 segment with the given orientation (1-8) right after SOI.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation);
// A CMYK JPEG written with libjpeg (Adobe-style, as Photoshop saves them).
QByteArray makeCmykJpeg(int width, int height);
// A GIF with `frames` frames of 2 colours each (first frame: left half black, right half white).
QByteArray makeGif(int width, int height, int frames);
// A PNG whose header declares width x height but which holds almost no data (a decompression bomb).
QByteArray makePngHeaderBomb(int width, int height);
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
