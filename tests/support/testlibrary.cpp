#include "testlibrary.h"

#include "catalog/items.h"
#include "catalog/sql.h"

#include <QSqlQuery>

std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace lc::test {

TempLibrary::TempLibrary()
{
    REQUIRE(dir.isValid());
    reopen();
}

TempLibrary::~TempLibrary() = default;

void TempLibrary::reopen()
{
    library.reset();
    auto opened = Library::open(path());
    if (!opened)
        FAIL("cannot open test library: " << opened.error().message);
    library = std::move(*opened);
}

qint64 addItem(const Library &library, qint64 datasetId, const QByteArray &bytes, const QString &name,
    const QString &caption)
{
    auto hash = library.store().put(bytes);
    REQUIRE(hash.ok());
    auto id = library.catalog().write([&](QSqlDatabase &db) -> Result<qint64> {
        const qint64 now = sql::now();
        if (auto r = sql::exec(db,
                QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, byte_size, format, width, height, created_at) "
                               "VALUES (?, ?, 'png', 1, 1, ?)"),
                {hash->toHex(), bytes.size(), now});
            !r)
            return r.error();
        QSqlQuery q(db);
        if (auto r = sql::exec(q,
                QStringLiteral("INSERT INTO items (dataset_id, blob_sha256, original_name, caption, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {datasetId, hash->toHex(), name, caption, now, now});
            !r)
            return r.error();
        return q.lastInsertId().toLongLong();
    });
    if (!id)
        FAIL(id.error().message);
    return *id;
}

void addTag(const Library &library, qint64 itemId, const QString &tag, int position)
{
    auto r = library.catalog().write([&](QSqlDatabase &db) -> Result<void> {
        auto id = tagIdFor(db, tag);
        if (!id)
            return id.error();
        return sql::exec(db, QStringLiteral("INSERT INTO item_tags (item_id, tag_id, position) VALUES (?, ?, ?)"),
            {itemId, *id, position});
    });
    if (!r)
        FAIL(r.error().message);
}

qint64 count(const Library &library, const QString &sql)
{
    auto v = sql::scalar(library.catalog().database(), sql);
    if (!v)
        FAIL(v.error().message);
    return v->toLongLong();
}

} // namespace lc::test
