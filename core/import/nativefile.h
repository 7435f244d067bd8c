#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>


namespace lc {

// A file-system path exactly as the OS spells it. On POSIX systems file names are bytes and need not be
// valid UTF-8, and QString cannot carry such names back to the OS, so we keep the raw bytes and make a
// displayable QString separately. On Windows the bytes are the UTF-8 of the native UTF-16 path.
class NativePath
{
public:
    NativePath() = default;
    static NativePath fromBytes(QByteArray bytes) { NativePath p; p.m_bytes = std::move(bytes); return p; }
    static NativePath fromString(const QString &path);

    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    // For people: invalid UTF-8 sequences shown as U+FFFD.
    QString display() const;
    QString fileName() const;     // display form of the last component
    QByteArray fileNameBytes() const;
    NativePath child(const QByteArray &name) const;
    NativePath parent() const;

    friend bool operator==(const NativePath &a, const NativePath &b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};

struct NativeFileInfo
{
    bool exists = false;
    bool isDir = false;
    bool isFile = false;
    bool isSymlink = false;
    qint64 size = 0;
    quint64 device = 0;
    quint64 inode = 0;
    int error = 0; // errno of a failed stat
    QString typeName; // for what is neither a file nor a folder: "FIFO", "character device", ...
};

NativeFileInfo statNative(const NativePath &path);

// A Refused error with the skip reason and sentence for a failed system call: "permission denied", "path too long", ...
Error problemFromErrno(int err);

// Entries of a folder (names only, no "." and ".."), or a problem when it cannot be listed.
Result<QList<QByteArray>> listDirectory(const NativePath &dir);

// Reads a whole file, refusing files over maxBytes before reading them. Only regular files are read: a
// FIFO, device or socket is refused without blocking (it is opened non-blocking and checked with fstat).
Result<QByteArray> readFileLimited(const NativePath &path, qint64 maxBytes);

QString describeTooLarge(qint64 size, qint64 limit);

} // namespace lc
