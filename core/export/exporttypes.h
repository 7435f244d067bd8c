#pragma once

#include "catalog/itemtypes.h"
#include "catalog/types.h"
#include "curation/quality.h"
#include "util/contenthash.h"
#include "util/enumkeys.h"
#include "util/error.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace lc {

enum class ExportFormat { Kohya, AiToolkit, ReplicateFlux, ReplicateSdxl, OneTrainer, Diffusers, SimpleTuner };

// --format, the export's JSON and the exports table.
template <>
struct EnumKeys<ExportFormat>
{
    static constexpr auto keys = std::to_array<EnumKey<ExportFormat>>({
        {ExportFormat::Kohya, u"kohya"},
        {ExportFormat::AiToolkit, u"ai-toolkit"},
        {ExportFormat::ReplicateFlux, u"replicate-flux"},
        {ExportFormat::ReplicateSdxl, u"replicate-sdxl"},
        {ExportFormat::OneTrainer, u"onetrainer"},
        {ExportFormat::Diffusers, u"diffusers"},
        {ExportFormat::SimpleTuner, u"simpletuner"},
    });
};

QString exportFormatKey(ExportFormat format); // toKey(format)
// fromKey(key), ignoring case (what users type); false for an unknown key.
bool parseExportFormat(QStringView key, ExportFormat *out);
QList<ExportFormat> allExportFormats();

struct ExportOptions
{
    using CaptionSource = lc::CaptionSource;
    enum class Naming { Original, Sequential };
    enum class ImageFormat { Keep, Png, Jpeg }; // Keep: original bytes when nothing needs changing, else PNG
    enum class Resize { None, LongSide, Bucket };

    ExportFormat format = ExportFormat::Kohya;
    QString outputPath;       // a folder, or a file ending in .zip
    QString triggerWord;      // empty: the dataset's
    QString classWord;        // empty: the dataset's
    int repeats = 0;          // 0: the items' kohya repeats if they have them, else 10
    std::optional<CaptionSource> captionSource; // empty: the dataset's
    bool prependTrigger = true;
    bool includeRejected = false;
    Naming naming = Naming::Original;
    ImageFormat imageFormat = ImageFormat::Keep;
    int jpegQuality = 95;
    QColor background = Qt::white; // alpha is flattened onto it
    bool stripMetadata = true;
    Resize resize = Resize::None;
    int longSide = 1024;
    bool bucketNoUpscale = true;   // kohya's bucket_no_upscale for Resize::Bucket
    int resolution = 0;            // 0: the dataset's target resolution
    // Export even though the trainer will leave some images out (e.g. below SimpleTuner's minimum size);
    // without it the pre-flight's "dropped" finding is an error.
    bool allowDrops = false;
    // Items carrying a tag form a subset of their own with its own repeats (kohya folder, OneTrainer
    // concept, SimpleTuner backend, ai-toolkit dataset); the first rule an item matches wins.
    struct SubsetRule
    {
        QString tag;
        int repeats = 1;
    };
    QList<SubsetRule> subsets;
    // Several training resolutions (every image bucketed at each); empty: the trainer's default for
    // `resolution`.
    QList<int> resolutions;
    // Export the dataset's regularization (class) set where the trainer expects one.
    bool regularization = true;
    // OneTrainer and SimpleTuner: with captions and tags, write both as lines of one caption file (the
    // trainer picks one per step) instead of joining them.
    bool captionVariants = false;
    // The quality flags the pre-flight warns about, with the thresholds set in Settings (not part of the
    // export's JSON: they change no file).
    curation::QualityThresholds quality;

    QJsonObject toJson() const;
};

// The options' values in the export's JSON (toJson) and on the command line (--caption-source, --naming,
// --image-format, --resize).
template <>
struct EnumKeys<ExportOptions::Naming>
{
    using E = ExportOptions::Naming;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::Original, u"original"},
        {E::Sequential, u"sequential"},
    });
};

template <>
struct EnumKeys<ExportOptions::ImageFormat>
{
    using E = ExportOptions::ImageFormat;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::Keep, u"keep"},
        {E::Png, u"png"},
        {E::Jpeg, u"jpeg"},
    });
};

template <>
struct EnumKeys<ExportOptions::Resize>
{
    using E = ExportOptions::Resize;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::None, u"none"},
        {E::LongSide, u"long-side"},
        {E::Bucket, u"bucket"},
    });
};

// One image as it will be exported.
struct ExportEntry
{
    ItemId item;
    ContentHash hash;
    QString originalName;
    QString sourcePath;
    QString sourceFormat; // jpeg, png, webp, gif, bmp, tiff
    QSize size;           // as displayed (after EXIF orientation)
    int orientation = 1;
    bool hasAlpha = false;
    std::optional<QRect> crop;
    QString stem;         // unique, sanitized
    QString extension;    // "jpg" or "png"
    QString caption;      // final single-line caption
    QStringList tags;
    QString rawCaption;
    CaptionProvenance provenance; // of rawCaption
    int repeats = 1;      // the item's kohya folder repeats (1: none)
    int subset = 0;       // index into ExportPlan::subsets
    QSize outputSize;     // after crop/resize
    // Resize::Bucket: the trainer's own placement — resized to `bucketResized`, then `outputSize` cut at
    // `bucketOffset` (empty: no bucket, e.g. an image the trainer would drop).
    QSize bucketResized;
    QPoint bucketOffset;
    bool keepBytes = false; // original bytes (minus metadata) are written as they are

    QString fileName() const { return stem + QLatin1Char('.') + extension; }
};

struct PreflightIssue
{
    enum class Severity { Error, Warning, Info };
    Severity severity;
    QString code;    // "empty-caption", "missing-trigger", "low-resolution", ...
    QString message; // a sentence with the count
    QStringList items; // original names of the items concerned
};

// The pre-flight's "severity" in JSON, and the label of each issue the CLI prints.
template <>
struct EnumKeys<PreflightIssue::Severity>
{
    using E = PreflightIssue::Severity;
    static constexpr auto keys = std::to_array<EnumKey<E>>({
        {E::Error, u"error"},
        {E::Warning, u"warning"},
        {E::Info, u"info"},
    });
};

// A group of exported images with its own repeats: the main set, sets by kohya repeats or by tag, and
// the regularization set.
struct ExportSubset
{
    QString name;   // "ohwx woman", "ohwx woman closeup"; the class words for the regularization set
    QString key;    // unique and file-name safe: sub-folder, backend and concept ids ("main" for the first)
    int repeats = 1;
    bool regularization = false;
    int images = 0;
};

struct ExportPlan
{
    Dataset dataset;
    ExportOptions options; // with dataset defaults filled in
    QList<int> resolutions; // the training resolutions the configs name (the largest is options.resolution's bucket target)
    QList<ExportSubset> subsets; // the first is the main set; every entry names one
    QList<ExportEntry> entries;
    QList<PreflightIssue> issues;
    int excludedRejected = 0;

    bool blocked() const;
    QJsonObject preflightJson() const;
};

// Progress of an export, reported once per image (and per archive entry while a ZIP is written).
struct ExportProgress
{
    enum class Stage {
        Images,  // rendering/copying images (into the folder, or staged for the ZIP)
        Archive, // writing the ZIP (images go into the archive one by one)
        Done,
    };
    Stage stage = Stage::Images;
    int imagesDone = 0; // images finished in this stage
    int images = 0;
    int step = 0;       // monotone over the whole export: 0..steps
    int steps = 0;      // images for a folder; 2 x images for a ZIP (prepared, then written)
    QString current;    // the file being worked on
};

struct ExportReport
{
    TaskId task;    // the row in the tasks table (history)
    QStringList notes; // e.g. leftovers of an interrupted export that were removed
    QString outputPath;
    int files = 0;
    int images = 0;
    qint64 bytes = 0;
    QString sha256; // of the archive, for ZIP exports
    double seconds = 0;
    bool canceled = false;
    std::optional<Error> failure;
};

} // namespace lc
