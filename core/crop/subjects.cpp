#include "crop/subjects.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStandardPaths>

#include <opencv2/imgproc.hpp>
#include <opencv2/saliency.hpp>

#include <algorithm>


// ASan and TSan builds (packaging/setup.sh sanitize): their runtimes refuse RTLD_DEEPBIND.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LC_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define LC_SANITIZED 1
#endif
#endif

namespace lc::crop {

namespace {

// Detection runs on a reduced copy: faces of a training image are large, and a 100 MP photo would take
// seconds per cascade.
constexpr int DetectSide = 640;

cv::Mat toGray(const QImage &image, double *scale)
{
    QImage small = image;
    const int side = std::max(image.width(), image.height());
    *scale = 1.0;
    if (side > DetectSide) {
        small = image.scaled(image.size().scaled(DetectSide, DetectSide, Qt::KeepAspectRatio), Qt::IgnoreAspectRatio,
            Qt::SmoothTransformation);
        *scale = double(image.width()) / small.width();
    }
    const QImage gray = small.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()), gray.bytesPerLine()).clone();
}

QRect scaled(const cv::Rect &r, double scale, const QSize &bounds)
{
    return QRect(int(r.x * scale), int(r.y * scale), int(r.width * scale), int(r.height * scale)).intersected(QRect(QPoint(0, 0), bounds));
}

// The face detector plugin (core/crop/facedetect), loaded once for the process.
struct FacePlugin
{
    using Method = int (*)(const char *, const char *);
    using Detect = int (*)(const unsigned char *, int, int, int, const char *, const char *, int *, int);
    Method method = nullptr;
    Detect detect = nullptr;
    QString error;

    static const FacePlugin &instance()
    {
        static const FacePlugin plugin = load();
        return plugin;
    }

private:
    static FacePlugin load()
    {
        FacePlugin p;
        QStringList dirs;
        const QString env = qEnvironmentVariable("LORACRAFT_PLUGIN_DIR");
        if (!env.isEmpty())
            dirs << env;
        if (QCoreApplication::instance()) {
            const QString app = QCoreApplication::applicationDirPath();
            dirs << app << app + QStringLiteral("/../lib/loracraft") << app + QStringLiteral("/../PlugIns");
        }
#ifdef LC_BUILD_PLUGIN_DIR
        dirs << QStringLiteral(LC_BUILD_PLUGIN_DIR); // running from the build tree
#endif
        for (const QString &dir : std::as_const(dirs)) {
            QLibrary library(dir + QStringLiteral("/loracraft_facedetect"));
            // Its libprotobuf must bind to itself, not to the copy inside SentencePiece. (Sanitizer runtimes
            // refuse RTLD_DEEPBIND: a sanitized build loads it plainly.)
#ifndef LC_SANITIZED
            library.setLoadHints(QLibrary::DeepBindHint);
#endif
            if (!library.load()) {
                p.error = library.errorString();
                continue;
            }
            p.method = reinterpret_cast<Method>(library.resolve("lcFaceMethod"));
            p.detect = reinterpret_cast<Detect>(library.resolve("lcDetectFaces"));
            if (p.method && p.detect)
                return p;
        }
        p.method = nullptr;
        p.detect = nullptr;
        return p;
    }
};

} // namespace

struct SubjectFinder::Models
{
    QByteArray cascadeFolder; // where the frontal and profile cascades are
    QByteArray yunetModel;
    int method = 0; // the plugin's: 0 none, 1 Haar, 2 YuNet
    cv::Ptr<cv::saliency::StaticSaliencySpectralResidual> saliency;
};

QStringList SubjectFinder::cascadeFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("LORACRAFT_OPENCV_DATA");
    if (!env.isEmpty())
        folders << env << env + QStringLiteral("/haarcascades");
    const QString app = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!app.isEmpty()) {
        folders << app + QStringLiteral("/haarcascades") << app + QStringLiteral("/../share/opencv4/haarcascades")
                << app + QStringLiteral("/../Resources/haarcascades"); // a macOS bundle
    }
    folders << QStringLiteral("/usr/share/opencv4/haarcascades") << QStringLiteral("/usr/share/opencv/haarcascades")
            << QStringLiteral("/usr/local/share/opencv4/haarcascades") << QStringLiteral("/opt/homebrew/share/opencv4/haarcascades")
            << QStringLiteral("/usr/local/opt/opencv/share/opencv4/haarcascades");
    return folders;
}

SubjectFinder::SubjectFinder() : m(std::make_unique<Models>())
{
    QString yunetModel = qEnvironmentVariable("LORACRAFT_YUNET_MODEL");
    for (const QString &folder : cascadeFolders()) {
        if (QFileInfo::exists(folder + QStringLiteral("/haarcascade_frontalface_alt2.xml"))) {
            m->cascadeFolder = QFile::encodeName(QDir(folder).absolutePath());
            break;
        }
    }
    if (yunetModel.isEmpty()) {
        QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::AppDataLocation);
        for (QString &d : dirs)
            d += QStringLiteral("/models");
        for (const QString &d : std::as_const(dirs)) {
            const QStringList found = QDir(d).entryList({QStringLiteral("face_detection_yunet*.onnx")}, QDir::Files, QDir::Name);
            if (!found.isEmpty()) {
                yunetModel = QDir(d).filePath(found.last());
                break;
            }
        }
    }
    if (!yunetModel.isEmpty() && QFileInfo::exists(yunetModel))
        m->yunetModel = QFile::encodeName(yunetModel);
    const FacePlugin &plugin = FacePlugin::instance();
    if (plugin.method && (!m->cascadeFolder.isEmpty() || !m->yunetModel.isEmpty()))
        m->method = plugin.method(m->cascadeFolder.constData(), m->yunetModel.constData());
    try {
        m->saliency = cv::makePtr<cv::saliency::StaticSaliencySpectralResidual>();
    } catch (const cv::Exception &) {
        m->saliency.reset();
    }
}

SubjectFinder::~SubjectFinder() = default;

SubjectFinder &SubjectFinder::forThread()
{
    thread_local SubjectFinder finder;
    return finder;
}

QString SubjectFinder::faceMethod() const
{
    return m->method == 2 ? QStringLiteral("yunet") : m->method == 1 ? QStringLiteral("haar") : QString();
}

QList<QRect> SubjectFinder::faces(const QImage &image) const
{
    QList<QRect> out;
    if (image.isNull() || !canFindFaces())
        return out;
    QImage small = image;
    if (std::max(image.width(), image.height()) > DetectSide)
        small = image.scaled(image.size().scaled(DetectSide, DetectSide, Qt::KeepAspectRatio), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage bgr = small.convertToFormat(QImage::Format_BGR888);
    const double scale = double(image.width()) / bgr.width();
    constexpr int MaxFaces = 64;
    int boxes[4 * MaxFaces];
    const int n = FacePlugin::instance().detect(bgr.constBits(), bgr.width(), bgr.height(), int(bgr.bytesPerLine()),
        m->cascadeFolder.constData(), m->yunetModel.constData(), boxes, MaxFaces);
    for (int i = 0; i < n; ++i)
        out.append(scaled(cv::Rect(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]), scale, image.size()));
    return out;
}

std::optional<QRect> SubjectFinder::salientRegion(const QImage &image) const
{
    if (image.isNull() || !m->saliency)
        return std::nullopt;
    double scale = 1.0;
    const cv::Mat gray = toGray(image, &scale);
    try {
        cv::Mat map;
        if (!m->saliency->computeSaliency(gray, map) || map.empty())
            return std::nullopt;
        cv::Mat map8;
        map.convertTo(map8, CV_8U, 255.0);
        cv::GaussianBlur(map8, map8, cv::Size(0, 0), std::max(2.0, std::min(map8.cols, map8.rows) / 60.0));
        cv::Mat binary;
        cv::threshold(map8, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(binary, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        if (contours.empty())
            return std::nullopt;
        // The region with the most saliency in it, not merely the largest outline.
        double best = -1;
        cv::Rect bestBox;
        for (const auto &c : contours) {
            const cv::Rect box = cv::boundingRect(c);
            const double mass = cv::sum(map8(box))[0];
            if (mass > best) {
                best = mass;
                bestBox = box;
            }
        }
        return scaled(bestBox, scale, image.size());
    } catch (const cv::Exception &) {
        return std::nullopt;
    }
}

Subjects SubjectFinder::find(const QImage &image, SubjectMode mode) const
{
    Subjects s;
    if (mode == SubjectMode::Center)
        return s;
    if (mode == SubjectMode::Faces)
        s.faces = faces(image);
    if (s.faces.isEmpty())
        s.salient = salientRegion(image);
    return s;
}

} // namespace lc::crop
