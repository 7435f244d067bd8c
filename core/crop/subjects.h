#pragma once

#include "util/enumkeys.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lc::crop {

// What an auto-crop keeps in frame: faces first (else the salient region, else the centre), only the
// salient region, or just the centre.
enum class SubjectMode { Faces, Saliency, Center };

} // namespace lc::crop

namespace lc {
template <>
struct EnumKeys<crop::SubjectMode>
{
    static constexpr auto keys = std::to_array<EnumKey<crop::SubjectMode>>({
        {crop::SubjectMode::Faces, u"faces"},
        {crop::SubjectMode::Saliency, u"saliency"},
        {crop::SubjectMode::Center, u"center"},
    });
};
} // namespace lc

namespace lc::crop {

// What was found in an image, in its pixels.
struct Subjects
{
    QList<QRect> faces;
    std::optional<QRect> salient; // the box around the most salient region
};

// Finds faces and salient regions with OpenCV: YuNet (cv::FaceDetectorYN) when its model file is present,
// else the Haar cascades for frontal and profile faces shipped as OpenCV data files (Debian opencv-data,
// vcpkg, Homebrew), found at run time; saliency is OpenCV contrib's spectral residual. Faces are found by
// the loracraft_facedetect plugin (see facedetect/facedetect.cpp for why), looked for in
// $LORACRAFT_PLUGIN_DIR, beside the executable and in ../lib/loracraft. Not thread-safe: one finder per
// thread (forThread()).
class SubjectFinder final
{
public:
    SubjectFinder();
    ~SubjectFinder();
    SubjectFinder(const SubjectFinder &) = delete;
    SubjectFinder &operator=(const SubjectFinder &) = delete;

    // This thread's finder (the models are loaded once per thread).
    static SubjectFinder &forThread();

    // "yunet", "haar" or empty when no face model was found.
    QString faceMethod() const;
    bool canFindFaces() const { return !faceMethod().isEmpty(); }
    // Where the Haar cascades are looked for ($LORACRAFT_OPENCV_DATA first), and the YuNet model
    // ($LORACRAFT_YUNET_MODEL, else face_detection_yunet_*.onnx beside the cascades or in the app's data).
    static QStringList cascadeFolders();

    QList<QRect> faces(const QImage &image) const;
    std::optional<QRect> salientRegion(const QImage &image) const;
    // Faces (with Faces), then the salient region when there is no face (Faces, Saliency).
    Subjects find(const QImage &image, SubjectMode mode) const;

private:
    struct Models;
    std::unique_ptr<Models> m;
};

} // namespace lc::crop
