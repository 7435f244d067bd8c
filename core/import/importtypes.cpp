#include "importtypes.h"

#include "util/tr.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lc {

QString outcomeKindKey(OutcomeKind kind)
{
    return toKey(kind);
}

QString captionChangeKey(CaptionChange change)
{
    switch (change) {
    case CaptionChange::None: return QString();
    case CaptionChange::Updated: return QStringLiteral("updated");
    case CaptionChange::Conflict: return QStringLiteral("conflict");
    }
    return QString();
}

QString ImportReport::summary() const
{
    if (failure)
        return ImportTr::tr("Import failed: %1").arg(failure->message);
    QStringList parts{ImportTr::tr("Imported %1").arg(imported)};
    if (alreadyInDataset)
        parts << ImportTr::tr("%1 already there").arg(alreadyInDataset);
    if (duplicates)
        parts << ImportTr::tr("%1 duplicates").arg(duplicates);
    if (skipped)
        parts << ImportTr::tr("%1 skipped").arg(skipped);
    if (captionsUpdated)
        parts << ImportTr::tr("%1 captions updated").arg(captionsUpdated);
    if (captionConflicts)
        parts << ImportTr::tr("%1 caption conflicts").arg(captionConflicts);
    if (repairedObjects)
        parts << ImportTr::tr("%1 damaged images repaired").arg(repairedObjects);
    QString text = parts.join(QStringLiteral(" · "));
    if (canceled)
        text = ImportTr::tr("%1 (canceled)").arg(text);
    return text;
}

QJsonObject ImportReport::toJson(bool includeImported) const
{
    QJsonArray items;
    for (const ImportOutcome &o : outcomes) {
        if (!includeImported && o.kind == OutcomeKind::Imported && o.note.isEmpty())
            continue;
        QJsonObject j{{QStringLiteral("input"), o.input}, {QStringLiteral("outcome"), outcomeKindKey(o.kind)}};
        if (o.kind == OutcomeKind::Skipped) {
            j.insert(QStringLiteral("reason"), skipReasonKey(o.reason));
            j.insert(QStringLiteral("message"), o.message);
        }
        if (!o.note.isEmpty())
            j.insert(QStringLiteral("note"), o.note);
        if (!o.duplicateOf.isEmpty())
            j.insert(QStringLiteral("duplicate_of"), o.duplicateOf);
        if (o.captionChange != CaptionChange::None)
            j.insert(QStringLiteral("caption"), captionChangeKey(o.captionChange));
        if (o.item.isValid())
            j.insert(QStringLiteral("item_id"), o.item.value());
        if (o.hash.isValid())
            j.insert(QStringLiteral("sha256"), o.hash.toHex());
        items.append(j);
    }
    QJsonArray kohya;
    for (const KohyaFolder &k : kohyaFolders) {
        kohya.append(QJsonObject{{QStringLiteral("folder"), k.folder}, {QStringLiteral("repeats"), k.repeats},
            {QStringLiteral("trigger_word"), k.triggerWord}, {QStringLiteral("class_word"), k.classWord},
            {QStringLiteral("files"), k.files}});
    }
    QJsonObject j{
        {QStringLiteral("inputs"), QJsonArray::fromStringList(inputs)},
        {QStringLiteral("task_id"), task.value()},
        {QStringLiteral("dataset_id"), dataset.value()},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("already_in_dataset"), alreadyInDataset},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("ignored"), ignored},
        {QStringLiteral("captions_from_sidecars"), captionsFromSidecars},
        {QStringLiteral("captions_updated"), captionsUpdated},
        {QStringLiteral("caption_conflicts"), captionConflicts},
        {QStringLiteral("repaired_objects"), repairedObjects},
        {QStringLiteral("summary"), summary()},
        {QStringLiteral("bytes_imported"), bytesImported},
        {QStringLiteral("canceled"), canceled},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("outcomes"), items},
        {QStringLiteral("kohya_folders"), kohya},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
    if (failure)
        j.insert(QStringLiteral("error"), failure->message);
    return j;
}

ImportReport ImportReport::fromJson(const QJsonObject &j)
{
    ImportReport r;
    r.imported = j.value(QStringLiteral("imported")).toInt();
    r.alreadyInDataset = j.value(QStringLiteral("already_in_dataset")).toInt();
    r.duplicates = j.value(QStringLiteral("duplicates")).toInt();
    r.skipped = j.value(QStringLiteral("skipped")).toInt();
    r.ignored = j.value(QStringLiteral("ignored")).toInt();
    r.task = TaskId(qint64(j.value(QStringLiteral("task_id")).toDouble()));
    r.dataset = DatasetId(qint64(j.value(QStringLiteral("dataset_id")).toDouble()));
    r.captionsFromSidecars = j.value(QStringLiteral("captions_from_sidecars")).toInt();
    r.captionsUpdated = j.value(QStringLiteral("captions_updated")).toInt();
    r.captionConflicts = j.value(QStringLiteral("caption_conflicts")).toInt();
    r.repairedObjects = j.value(QStringLiteral("repaired_objects")).toInt();
    r.bytesImported = qint64(j.value(QStringLiteral("bytes_imported")).toDouble());
    r.canceled = j.value(QStringLiteral("canceled")).toBool();
    r.seconds = j.value(QStringLiteral("seconds")).toDouble();
    for (const QJsonValue &v : j.value(QStringLiteral("notes")).toArray())
        r.notes << v.toString();
    for (const QJsonValue &v : j.value(QStringLiteral("inputs")).toArray())
        r.inputs << v.toString();
    for (const QJsonValue &v : j.value(QStringLiteral("outcomes")).toArray()) {
        const QJsonObject o = v.toObject();
        ImportOutcome out;
        out.input = o.value(QStringLiteral("input")).toString();
        out.kind = fromKey<OutcomeKind>(o.value(QStringLiteral("outcome")).toString()).value_or(OutcomeKind::Skipped);
        out.message = o.value(QStringLiteral("message")).toString();
        out.note = o.value(QStringLiteral("note")).toString();
        out.duplicateOf = o.value(QStringLiteral("duplicate_of")).toString();
        out.reason = parseSkipReason(o.value(QStringLiteral("reason")).toString());
        const QString caption = o.value(QStringLiteral("caption")).toString();
        out.captionChange = caption == QLatin1String("updated") ? CaptionChange::Updated
            : caption == QLatin1String("conflict")              ? CaptionChange::Conflict
                                                                : CaptionChange::None;
        out.item = ItemId(qint64(o.value(QStringLiteral("item_id")).toDouble()));
        out.hash = ContentHash::fromHex(o.value(QStringLiteral("sha256")).toString());
        r.outcomes.append(out);
    }
    if (j.contains(QStringLiteral("error")))
        r.failure = makeError(ErrorCode::Io, j.value(QStringLiteral("error")).toString());
    return r;
}

} // namespace lc
