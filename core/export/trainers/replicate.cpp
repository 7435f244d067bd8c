#include "trainers.h"

#include "util/tr.h"

#include <algorithm>

namespace lc {

namespace {

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString ReplicateFluxTrainer::displayName() const
{
    return ExportTr::tr("Replicate Flux trainer (ZIP)");
}

QString ReplicateFluxTrainer::emptyCaptionMessage() const
{
    return ExportTr::tr("%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).");
}

QString ReplicateFluxTrainer::noTriggerMessage() const
{
    return ExportTr::tr("No trigger word is set; Replicate will use “TOK”.");
}

QString ReplicateSdxlTrainer::displayName() const
{
    return ExportTr::tr("Replicate SDXL trainer (ZIP)");
}

Trainer::Files ReplicateSdxlTrainer::configFiles(const ExportPlan &plan, const TrainerContext &) const
{
    // caption.csv: caption,image_file, one row per image, sorted by file name.
    QList<const ExportEntry *> entries;
    for (const ExportEntry &e : plan.entries)
        entries << &e;
    std::sort(entries.begin(), entries.end(), [](const ExportEntry *a, const ExportEntry *b) { return a->fileName() < b->fileName(); });
    QString csv = QStringLiteral("caption,image_file\n");
    for (const ExportEntry *e : std::as_const(entries))
        csv += csvField(e->caption) + QLatin1Char(',') + csvField(e->fileName()) + QLatin1Char('\n');
    return {{{QStringLiteral("caption.csv"), csv.toUtf8()}}, {}};
}

} // namespace lc
