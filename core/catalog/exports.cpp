#include "exports.h"

#include "catalog.h"
#include "sql.h"

namespace lc::Exports {

Result<void> record(const Catalog &catalog, const ExportRecord &record)
{
    return catalog.write([&](QSqlDatabase &db) {
        return sql::exec(db,
            QStringLiteral("INSERT INTO exports (dataset_id, format, options, output_path, item_count, byte_size, sha256, created_at, task_id) "
                           "VALUES (?,?,?,?,?,?,?,?,?)"),
            {record.dataset.value(), record.format, record.options, record.outputPath, record.images, record.bytes,
                record.sha256.isEmpty() ? QVariant() : QVariant(record.sha256), sql::now(),
                record.task.isValid() ? QVariant(record.task.value()) : QVariant()});
    });
}

} // namespace lc::Exports
