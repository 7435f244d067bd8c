#include "crop/autocrop.h"
#include "crop/subjects.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include "fixtures.h"
#include "testlibrary.h"

using namespace lc;
using namespace lc::crop;

TEST_CASE("the largest window of an aspect fills one side of the image")
{
    CHECK(largestWindow(QSize(3000, 2000), 1.0) == QSize(2000, 2000));
    CHECK(largestWindow(QSize(2000, 3000), 1.0) == QSize(2000, 2000));
    CHECK(largestWindow(QSize(1920, 1080), 4.0 / 3) == QSize(1440, 1080));
    CHECK(largestWindow(QSize(1000, 1000), 2.0 / 3) == QSize(667, 1000));
    CHECK(parseAspect(QStringLiteral("3:2")) == Approx(1.5));
    CHECK(parseAspect(QStringLiteral(" 9 : 16 ")) == Approx(0.5625));
    CHECK_FALSE(parseAspect(QStringLiteral("wide")));
    CHECK_FALSE(parseAspect(QStringLiteral("0:3")));
}

TEST_CASE("a window keeps every face it can, never cuts through one, and centres otherwise")
{
    QString basis;
    // A face at the right edge of a wide photo: a square crop goes right, not to the centre.
    QRect w = placeWindow(QSize(3000, 1000), QSize(1000, 1000), Subjects{{QRect(2600, 300, 300, 300)}, {}}, &basis);
    CHECK(basis == QStringLiteral("faces"));
    CHECK(w.contains(QRect(2600, 300, 300, 300)));
    CHECK(w.right() == 2999);
    // Two faces that fit together are kept together.
    w = placeWindow(QSize(3000, 1000), QSize(1000, 1000), Subjects{{QRect(1100, 200, 200, 200), QRect(1700, 250, 200, 200)}, {}});
    CHECK(w.contains(QRect(1100, 200, 200, 200)));
    CHECK(w.contains(QRect(1700, 250, 200, 200)));
    // Faces too far apart: the larger is kept whole and the other is left out whole, not cut.
    w = placeWindow(QSize(3000, 1000), QSize(1000, 1000), Subjects{{QRect(100, 200, 150, 150), QRect(2500, 200, 300, 300)}, {}});
    CHECK(w.contains(QRect(2500, 200, 300, 300)));
    CHECK_FALSE(w.intersects(QRect(100, 200, 150, 150)));
    // A tall window puts the head a little above its middle, inside the image.
    w = placeWindow(QSize(1000, 3000), QSize(1000, 1500), Subjects{{QRect(400, 1200, 200, 200)}, {}});
    CHECK(w.contains(QRect(400, 1200, 200, 200)));
    CHECK(w.top() >= 0);
    CHECK(w.bottom() <= 2999);
    CHECK(1300 - w.top() < w.height() / 2);
    // No face: the salient region, else the centre.
    w = placeWindow(QSize(3000, 1000), QSize(1000, 1000), Subjects{{}, QRect(100, 100, 300, 300)}, &basis);
    CHECK(basis == QStringLiteral("saliency"));
    CHECK(w.left() == 0);
    w = placeWindow(QSize(3000, 1000), QSize(1000, 1000), Subjects{}, &basis);
    CHECK(basis == QStringLiteral("center"));
    CHECK(w == QRect(1000, 0, 1000, 1000));

    // Random layouts: a face that fits is always inside, and no face is ever cut when a position exists
    // that cuts none (checked by trying every position).
    QRandomGenerator rng(99);
    for (int i = 0; i < 500; ++i) {
        const QSize image(rng.bounded(800, 4000), rng.bounded(800, 4000));
        const QSize window = largestWindow(image, rng.bounded(40, 250) / 100.0);
        QList<QRect> faces;
        const int n = rng.bounded(1, 4);
        for (int k = 0; k < n; ++k) {
            const int side = rng.bounded(40, std::min(image.width(), image.height()) / 3);
            faces << QRect(rng.bounded(image.width() - side), rng.bounded(image.height() - side), side, side);
        }
        const QRect placed = placeWindow(image, window, Subjects{faces, {}});
        INFO(image.width() << "x" << image.height() << " window " << window.width() << "x" << window.height());
        CHECK(QRect(QPoint(0, 0), image).contains(placed));
        CHECK(placed.size() == window);
        const QRect largest = *std::max_element(faces.cbegin(), faces.cend(), [](const QRect &a, const QRect &b) {
            return a.width() * a.height() < b.width() * b.height();
        });
        CHECK(placed.contains(largest));
        const bool horizontal = window.width() < image.width();
        auto cuts = [&](const QRect &frame) {
            return std::any_of(faces.cbegin(), faces.cend(), [&](const QRect &f) { return frame.intersects(f) && !frame.contains(f); });
        };
        bool possible = false;
        const int free = horizontal ? image.width() - window.width() : image.height() - window.height();
        for (int o = 0; o <= free && !possible; ++o) {
            const QRect frame = horizontal ? QRect(o, 0, window.width(), window.height()) : QRect(0, o, window.width(), window.height());
            possible = frame.contains(largest) && !cuts(frame);
        }
        if (possible)
            CHECK_FALSE(cuts(placed));
    }
}

TEST_CASE("faces are found in generated portraits when OpenCV's cascades are installed")
{
    const SubjectFinder &finder = SubjectFinder::forThread();
    if (!finder.canFindFaces()) {
        WARN("No face model found (install opencv-data): face detection is not checked here.");
        return;
    }
    const QRect face(1250, 260, 320, 380);
    const QImage image = fixtures::makePortrait(QSize(1800, 1000), {face}, 5);
    const QList<QRect> found = finder.faces(image);
    INFO("found " << found.size());
    REQUIRE_FALSE(found.isEmpty());
    bool hit = false;
    for (const QRect &f : found)
        hit = hit || face.adjusted(-60, -60, 60, 60).contains(f.center());
    CHECK(hit);
}

TEST_CASE("the salient region of a plain picture is its one bright object")
{
    QImage image(1600, 900, QImage::Format_RGB32);
    image.fill(QColor(70, 80, 90));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(250, 210, 40));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(1200, 300, 260, 260));
    }
    const auto salient = SubjectFinder::forThread().salientRegion(image);
    REQUIRE(salient);
    CHECK(QRect(1100, 200, 460, 460).contains(salient->center()));
    const QRect placed = placeWindow(image.size(), largestWindow(image.size(), 1.0), Subjects{{}, salient});
    CHECK(placed.contains(QRect(1200, 300, 260, 260)));
}
