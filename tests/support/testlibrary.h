#pragma once

#include "library/library.h"

#include <QString>
#include <QTemporaryDir>

#include "lc_catch.h"

#include <memory>

std::ostream &operator<<(std::ostream &os, const QString &s);

namespace lc::test {

// A fresh library in a temporary folder, removed after the test.
struct TempLibrary
{
    TempLibrary();
    ~TempLibrary();

    QString path() const { return dir.path() + QStringLiteral("/lib"); }
    Library &operator*() { return *library; }
    Library *operator->() { return library.get(); }
    // Closes the library (releases the lock) so that a test can reopen it or hand it to the CLI.
    void close() { library.reset(); }
    void reopen();

    QTemporaryDir dir;
    std::unique_ptr<Library> library;
};

// Inserts a blob (stored bytes + catalog row) and an item using it; returns the item id.
qint64 addItem(const Library &library, qint64 datasetId, const QByteArray &bytes, const QString &name,
    const QString &caption = {});
void addTag(const Library &library, qint64 itemId, const QString &tag, int position);
qint64 count(const Library &library, const QString &sql);

} // namespace lc::test
