#pragma once

#include "util/enumkeys.h"

#include <QString>

namespace lc {

// Why an input was not imported. The key is stable (reports, --json, tests); the message that goes with
// it in an outcome is a complete sentence specific to the file.
enum class SkipReason {
    NotAnImage,        // text, PDF, unknown bytes
    UnsupportedFormat, // HEIC, AVIF, PSD, ...: an image we cannot decode
    Corrupt,           // truncated or damaged image data
    Empty,             // zero bytes
    TooLarge,          // over the byte-size limit
    TooManyPixels,     // over the pixel limit (checked from the header, before decoding)
    PermissionDenied,
    Unreadable,        // other I/O failure
    UnsafeZipPath,     // zip-slip: absolute path or ".." in an archive entry name
    ZipBomb,           // compression ratio or total size over the limits
    NestedArchive,     // an archive inside an archive is not expanded
    TooManyEntries,    // an archive with more entries than the limit
    CorruptArchive,    // the ZIP itself cannot be read
    SymlinkLoop,       // a folder reached again through a symbolic link
    NotFound,          // the path given does not exist
    NotARegularFile,   // a FIFO, device or socket: never opened (reading one could block forever)
    TooMuchMemory,     // decoding would need more memory than the per-image limit (checked from the header)
    EmptyArchive,      // an archive that holds nothing importable
    PathTooLong,       // the path is longer than the operating system accepts
    InvalidName,       // an archive entry whose name cannot be decoded
};

template <>
struct EnumKeys<SkipReason>
{
    static constexpr auto keys = std::to_array<EnumKey<SkipReason>>({
        {SkipReason::NotAnImage, u"not-an-image"},
        {SkipReason::UnsupportedFormat, u"unsupported-format"},
        {SkipReason::Corrupt, u"corrupt"},
        {SkipReason::Empty, u"empty-file"},
        {SkipReason::TooLarge, u"too-large"},
        {SkipReason::TooManyPixels, u"too-many-pixels"},
        {SkipReason::PermissionDenied, u"permission-denied"},
        {SkipReason::Unreadable, u"unreadable"},
        {SkipReason::UnsafeZipPath, u"unsafe-zip-path"},
        {SkipReason::ZipBomb, u"zip-bomb"},
        {SkipReason::NestedArchive, u"nested-archive"},
        {SkipReason::TooManyEntries, u"too-many-entries"},
        {SkipReason::CorruptArchive, u"corrupt-archive"},
        {SkipReason::SymlinkLoop, u"symlink-loop"},
        {SkipReason::NotFound, u"not-found"},
        {SkipReason::NotARegularFile, u"not-a-regular-file"},
        {SkipReason::TooMuchMemory, u"too-much-memory"},
        {SkipReason::EmptyArchive, u"empty-archive"},
        {SkipReason::PathTooLong, u"path-too-long"},
        {SkipReason::InvalidName, u"invalid-name"},
    });
};

QString skipReasonKey(SkipReason reason); // toKey(reason)
// The reason of a key written by skipReasonKey() (Unreadable for unknown keys).
SkipReason parseSkipReason(QStringView key);

} // namespace lc
