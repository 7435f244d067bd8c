#pragma once

#include "catalog/itemtypes.h"
#include "crop/subjects.h"
#include "export/exporttypes.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QRect>

#include <atomic>
#include <functional>
#include <optional>

namespace lc {
class Library;
}

namespace lc::crop {

// The largest window of this aspect (width / height) inside an image.
QSize largestWindow(const QSize &image, double aspect);

// Where a window of `window` pixels goes inside `image` to keep the subjects: the faces together when
// they fit (the largest first when not all do), never cutting through one when any position avoids it,
// a face a little above the middle of a tall window; else centred on the salient region; else centred.
// `basis` says which ("faces", "saliency", "center").
QRect placeWindow(const QSize &image, const QSize &window, const Subjects &subjects, QString *basis = nullptr);

struct AutoCropOptions
{
    std::optional<double> aspect; // width / height; nullopt: the nearest bucket of the trainer
    ExportFormat trainer = ExportFormat::Kohya;
    int resolution = 0; // for the nearest bucket; 0: the dataset's target
    SubjectMode subject = SubjectMode::Faces;
    QList<ItemId> only; // empty: every kept item of the dataset
    std::function<void(int done, int total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct CropProposal
{
    ItemId item;
    QString name;
    ContentHash hash;
    QSize size;                 // the whole upright image
    std::optional<QRect> before; // the crop it has now
    std::optional<QRect> crop;   // the proposal; nullopt: the whole image already has the aspect
    QString basis;               // "faces", "saliency", "center"
    QList<QRect> faces;          // found in the image (its pixels)
    bool unreadable = false;

    bool changes() const { return !unreadable && before != crop; }
};

struct AutoCropReport
{
    QList<CropProposal> proposals; // in the items' order
    QString faceMethod;            // "yunet", "haar" or empty (no face model found: saliency, then centre)
    int changes() const;
    int unreadable() const;
};

// Proposes a crop for each item (on every core; nothing is written): the target aspect, then the
// window placed by placeWindow() on what SubjectFinder sees in a reduced copy of the image.
Result<AutoCropReport> proposeCrops(const Library &library, DatasetId dataset, const AutoCropOptions &options);

QJsonObject toJson(const CropProposal &proposal);

// "3:2" → 1.5; nullopt for anything else than two positive numbers.
std::optional<double> parseAspect(const QString &text);

} // namespace lc::crop
