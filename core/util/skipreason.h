#pragma once

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

QString skipReasonKey(SkipReason reason);
// The reason of a key written by skipReasonKey() (Unreadable for unknown keys).
SkipReason parseSkipReason(QStringView key);

} // namespace lc
