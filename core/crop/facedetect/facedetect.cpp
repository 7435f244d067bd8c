// The face detector as a plugin: OpenCV's objdetect (the Haar cascades, YuNet) drags in its DNN module
// and with it libprotobuf, whose start-up code collides with the protobuf-lite that Debian's SentencePiece
// carries inside it. Loaded on its own (with deep binding on Linux), the two never meet. A C interface, so
// nothing of OpenCV or C++ crosses the boundary.
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#if defined(_WIN32)
#define LC_EXPORT extern "C" __declspec(dllexport)
#else
#define LC_EXPORT extern "C" __attribute__((visibility("default")))
#endif

namespace {

struct Detector
{
    std::string folder, yunetPath;
    cv::CascadeClassifier frontal, profile;
    cv::Ptr<cv::FaceDetectorYN> yunet;
};

// One per thread: a cascade classifier is not safe to share.
Detector &detector(const char *folder, const char *yunetPath)
{
    thread_local std::unique_ptr<Detector> d;
    const std::string f = folder ? folder : "", y = yunetPath ? yunetPath : "";
    if (!d || d->folder != f || d->yunetPath != y) {
        d = std::make_unique<Detector>();
        d->folder = f;
        d->yunetPath = y;
        try {
            if (!f.empty()) {
                d->frontal.load(f + "/haarcascade_frontalface_alt2.xml");
                d->profile.load(f + "/haarcascade_profileface.xml");
            }
            if (!y.empty())
                d->yunet = cv::FaceDetectorYN::create(y, std::string(), cv::Size(320, 320), 0.8f);
        } catch (const cv::Exception &) {
            d->yunet.reset(); // a model this OpenCV cannot load: the cascades do
        }
    }
    return *d;
}

double overlap(const cv::Rect &a, const cv::Rect &b)
{
    const double small = std::min(a.area(), b.area());
    return small > 0 ? (a & b).area() / small : 0.0;
}

} // namespace

// 0: no model, 1: Haar cascades, 2: YuNet.
LC_EXPORT int lcFaceMethod(const char *cascadeFolder, const char *yunetModel)
{
    Detector &d = detector(cascadeFolder, yunetModel);
    return d.yunet ? 2 : (d.frontal.empty() ? 0 : 1);
}

// Faces in a BGR image (8 bits a channel), as x, y, width, height quadruples in `boxes` (at most
// `maxBoxes`); the number found, or -1 without a model.
LC_EXPORT int lcDetectFaces(const unsigned char *bgr, int width, int height, int stride, const char *cascadeFolder,
    const char *yunetModel, int *boxes, int maxBoxes)
{
    Detector &d = detector(cascadeFolder, yunetModel);
    if (!d.yunet && d.frontal.empty())
        return -1;
    std::vector<cv::Rect> found;
    try {
        const cv::Mat image(height, width, CV_8UC3, const_cast<unsigned char *>(bgr), size_t(stride));
        if (d.yunet) {
            d.yunet->setInputSize(image.size());
            cv::Mat faces;
            d.yunet->detect(image, faces);
            for (int i = 0; i < faces.rows; ++i)
                found.emplace_back(int(faces.at<float>(i, 0)), int(faces.at<float>(i, 1)), int(faces.at<float>(i, 2)), int(faces.at<float>(i, 3)));
        } else {
            cv::Mat gray;
            cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
            cv::equalizeHist(gray, gray);
            const int side = std::max(24, std::min(width, height) / 12); // a face under a twelfth of the short side is not the subject
            d.frontal.detectMultiScale(gray, found, 1.1, 5, 0, cv::Size(side, side));
            if (!d.profile.empty()) {
                // The profile cascade looks one way: the mirror image finds the other.
                for (const bool mirrored : {false, true}) {
                    cv::Mat input = gray;
                    if (mirrored)
                        cv::flip(gray, input, 1);
                    std::vector<cv::Rect> side_faces;
                    d.profile.detectMultiScale(input, side_faces, 1.1, 6, 0, cv::Size(side, side));
                    for (cv::Rect r : side_faces) {
                        if (mirrored)
                            r.x = input.cols - r.x - r.width;
                        if (std::none_of(found.cbegin(), found.cend(), [&](const cv::Rect &f) { return overlap(f, r) > 0.3; }))
                            found.push_back(r);
                    }
                }
            }
        }
    } catch (const cv::Exception &) {
        return 0;
    }
    const int n = std::min<int>(int(found.size()), maxBoxes);
    for (int i = 0; i < n; ++i) {
        boxes[4 * i] = found[i].x;
        boxes[4 * i + 1] = found[i].y;
        boxes[4 * i + 2] = found[i].width;
        boxes[4 * i + 3] = found[i].height;
    }
    return n;
}
