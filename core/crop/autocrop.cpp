#include "crop/autocrop.h"

#include "catalog/datasets.h"
#include "catalog/items.h"
#include "export/trainers/trainer.h"
#include "library/library.h"
#include "store/objectstore.h"
#include "util/handoff.h"

#include <QImageReader>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace lc::crop {

namespace {

// Detection sees the image at most this large: faces in a training image are not small.
constexpr int DecodeSide = 1024;

QJsonValue rectJson(const std::optional<QRect> &r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("x"), r->x()}, {QStringLiteral("y"), r->y()}, {QStringLiteral("width"), r->width()},
        {QStringLiteral("height"), r->height()}};
}

std::pair<int, int> span(const QRect &r, bool horizontal)
{
    return horizontal ? std::pair{r.left(), r.left() + r.width()} : std::pair{r.top(), r.top() + r.height()};
}

} // namespace

QSize largestWindow(const QSize &image, double aspect)
{
    if (image.isEmpty() || aspect <= 0)
        return image;
    if (double(image.width()) / image.height() > aspect) // wider than the aspect: full height
        return QSize(std::clamp(int(std::lround(image.height() * aspect)), 1, image.width()), image.height());
    return QSize(image.width(), std::clamp(int(std::lround(image.width() / aspect)), 1, image.height()));
}

QRect placeWindow(const QSize &image, const QSize &requested, const Subjects &subjects, QString *basis)
{
    const QSize window = requested.boundedTo(image);
    const bool horizontal = window.width() < image.width(); // the axis the window can move along
    const int length = horizontal ? window.width() : window.height();
    const int free = horizontal ? image.width() - window.width() : image.height() - window.height();
    auto at = [&](int o) { return horizontal ? QRect(o, 0, window.width(), window.height()) : QRect(0, o, window.width(), window.height()); };
    auto clamp = [free](double o) { return std::clamp(int(std::lround(o)), 0, std::max(0, free)); };
    auto say = [basis](const char *what) {
        if (basis)
            *basis = QString::fromLatin1(what);
    };
    const QRect bounds(QPoint(0, 0), image);
    if (free <= 0) {
        say(subjects.faces.isEmpty() ? (subjects.salient ? "saliency" : "center") : "faces");
        return at(0);
    }
    if (!subjects.faces.isEmpty()) {
        say("faces");
        // The group: the largest face first, then every other that still fits with it (hair and chin
        // included where there is room).
        QList<QRect> faces = subjects.faces;
        std::sort(faces.begin(), faces.end(), [](const QRect &a, const QRect &b) {
            return qint64(a.width()) * a.height() > qint64(b.width()) * b.height();
        });
        QRect group;
        for (const QRect &f : std::as_const(faces)) {
            const QRect padded = f.adjusted(-f.width() / 4, -f.height() / 3, f.width() / 4, f.height() / 4).intersected(bounds);
            for (const QRect &candidate : {group.isNull() ? padded : group.united(padded), group.isNull() ? f : group.united(f)}) {
                const auto [a, b] = span(candidate, horizontal);
                if (b - a <= length) {
                    group = candidate;
                    break;
                }
            }
            if (group.isNull())
                group = f; // one face larger than the window: centre on it
        }
        const auto [ga, gb] = span(group, horizontal);
        // Centred across; a head a little above the middle of a tall window.
        const double centre = (ga + gb) / 2.0;
        const int preferred = clamp(horizontal ? centre - length / 2.0 : centre - length * 0.42);
        const auto [la, lb] = span(faces.first(), horizontal);
        QList<int> offsets{preferred, clamp(ga), clamp(gb - length), clamp(la), clamp(lb - length)};
        for (const QRect &f : std::as_const(faces)) {
            const auto [a, b] = span(f, horizontal);
            offsets << clamp(a) << clamp(b - length) << clamp(a - length) << clamp(b);
        }
        auto cuts = [&](int o) {
            return std::any_of(faces.cbegin(), faces.cend(), [&](const QRect &f) {
                const auto [a, b] = span(f, horizontal);
                return a < o + length && b > o && !(a >= o && b <= o + length);
            });
        };
        // The closest position to the preferred one that keeps the group and cuts no face; failing
        // that, one that keeps the largest face whole and cuts none.
        for (const QRect &keep : {group, faces.first()}) {
            const auto [ka, kb] = span(keep, horizontal);
            int best = -1;
            for (int o : std::as_const(offsets)) {
                const bool kept = kb - ka > length || (ka >= o && kb <= o + length);
                if (!kept || cuts(o))
                    continue;
                if (best < 0 || std::abs(o - preferred) < std::abs(best - preferred))
                    best = o;
            }
            if (best >= 0)
                return at(best);
        }
        return at(preferred);
    }
    if (subjects.salient) {
        say("saliency");
        const auto [a, b] = span(*subjects.salient, horizontal);
        return at(clamp((a + b) / 2.0 - length / 2.0));
    }
    say("center");
    return at(free / 2);
}

int AutoCropReport::changes() const
{
    return int(std::count_if(proposals.cbegin(), proposals.cend(), [](const CropProposal &p) { return p.changes(); }));
}

int AutoCropReport::unreadable() const
{
    return int(std::count_if(proposals.cbegin(), proposals.cend(), [](const CropProposal &p) { return p.unreadable; }));
}

std::optional<double> parseAspect(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*[:x×/]\s*(\d+(?:\.\d+)?)\s*$)"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double w = m.captured(1).toDouble(), h = m.captured(2).toDouble();
    if (w <= 0 || h <= 0 || w / h > 20 || h / w > 20)
        return std::nullopt;
    return w / h;
}

QJsonObject toJson(const CropProposal &p)
{
    QJsonArray faces;
    for (const QRect &f : p.faces)
        faces.append(rectJson(f));
    QJsonObject o{{QStringLiteral("id"), p.item.value()}, {QStringLiteral("file"), p.name}, {QStringLiteral("width"), p.size.width()},
        {QStringLiteral("height"), p.size.height()}, {QStringLiteral("before"), rectJson(p.before)},
        {QStringLiteral("crop"), rectJson(p.crop)}, {QStringLiteral("basis"), p.basis}, {QStringLiteral("faces"), faces},
        {QStringLiteral("changes"), p.changes()}};
    if (p.unreadable)
        o.insert(QStringLiteral("unreadable"), true);
    return o;
}

Result<AutoCropReport> proposeCrops(const Library &library, DatasetId dataset, const AutoCropOptions &options)
{
    auto d = Datasets(library.catalog()).get(dataset);
    if (!d)
        return d.error();
    auto all = Items(library.catalog()).geometry(dataset);
    if (!all)
        return all.error();
    QList<ItemGeometry> items;
    for (const ItemGeometry &g : std::as_const(*all)) {
        if (options.only.isEmpty() ? g.status == ItemStatus::Active : options.only.contains(g.id))
            items.append(g);
    }
    const Trainer &trainer = trainerFor(options.trainer);
    const BucketTarget target{options.resolution > 0 ? options.resolution : d->settings.targetResolution, d->settings.targetModel};
    const ObjectStore *store = &library.store();
    std::atomic<int> done{0};
    const int total = int(items.size());
    auto propose = [&](const ItemGeometry &g) {
        CropProposal p;
        p.item = g.id;
        p.name = g.name;
        p.hash = g.hash;
        p.size = g.size;
        p.before = g.crop;
        if (options.cancel && options.cancel->load())
            return p;
        double aspect = 0;
        if (options.aspect) {
            aspect = *options.aspect;
        } else if (const auto placement = trainer.bucketFor(g.size, target)) {
            aspect = double(placement->bucket.width()) / placement->bucket.height();
        }
        const QSize window = aspect > 0 ? largestWindow(g.size, aspect) : g.size;
        QImageReader reader(store->pathFor(g.hash));
        reader.setAutoTransform(true);
        const QSize raw = reader.size();
        if (raw.isValid()) {
            const bool swapped = reader.transformation() & QImageIOHandler::TransformationRotate90;
            const QSize upright = swapped ? raw.transposed() : raw;
            const QSize fit = upright.scaled(DecodeSide, DecodeSide, Qt::KeepAspectRatio);
            if (fit.width() < upright.width())
                reader.setScaledSize(swapped ? fit.transposed() : fit);
        }
        const QImage image = reader.read();
        Subjects subjects;
        if (image.isNull()) {
            p.unreadable = true;
        } else {
            const Subjects found = SubjectFinder::forThread().find(image, options.subject);
            // Back to the image's pixels.
            const double sx = double(g.size.width()) / image.width(), sy = double(g.size.height()) / image.height();
            auto up = [&](const QRect &r) {
                return QRectF(r.x() * sx, r.y() * sy, r.width() * sx, r.height() * sy).toAlignedRect().intersected(QRect(QPoint(0, 0), g.size));
            };
            for (const QRect &f : found.faces)
                subjects.faces.append(up(f));
            if (found.salient)
                subjects.salient = up(*found.salient);
            p.faces = subjects.faces;
        }
        if (!p.unreadable) {
            if (window.width() >= g.size.width() - 1 && window.height() >= g.size.height() - 1) {
                p.crop.reset(); // already of the aspect: no crop
                p.basis = QStringLiteral("none");
            } else {
                p.crop = placeWindow(g.size, window, subjects, &p.basis);
            }
        }
        const int n = ++done;
        if (options.progress)
            options.progress(n, total);
        return p;
    };
    AutoCropReport report;
    report.faceMethod = SubjectFinder::forThread().faceMethod();
    report.proposals = blockingMapped<QList<CropProposal>>(nullptr, items, propose);
    if (options.cancel && options.cancel->load())
        return makeError(ErrorCode::Canceled, QStringLiteral("canceled"));
    return report;
}

} // namespace lc::crop
