// Every enum that is written somewhere (the catalog, JSON reports, --json, CLI options) has its keys in one
// EnumKeys table: each value has a key, the keys are unique and read back to their value, and anything else
// is refused.
#include "catalog/itemtypes.h"
#include "catalog/types.h"
#include "export/exporttypes.h"
#include "image/imageformat.h"
#include "import/importtypes.h"
#include "testlibrary.h"
#include "util/enumkeys.h"
#include "util/errorkeys.h"
#include "util/skipreason.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <string_view>

using namespace lc;

namespace {

#if defined(__GNUC__) || defined(__clang__)
// Whether V is one of its enum's enumerators rather than a bare number: GCC and Clang print a named value
// as "lc::ErrorCode::Io" and any other as "(lc::ErrorCode)14" in __PRETTY_FUNCTION__. This is how the
// test notices a value added to an enum without a row in its table.
template <auto V>
constexpr bool isEnumerator()
{
    constexpr std::string_view f = __PRETTY_FUNCTION__;
    constexpr std::size_t at = f.find("V = ");
    static_assert(at != std::string_view::npos, "unexpected __PRETTY_FUNCTION__ format");
    return f[at + 4] != '(';
}
#define LC_CAN_NAME_ENUMERATORS 1
#endif

} // namespace

TEMPLATE_TEST_CASE("every value of every keyed enum has a key that reads back to it", "[enumkeys]", TargetModel,
    ItemStatus, SkipReason, OutcomeKind, FileKind, ExportFormat, ExportOptions::CaptionSource, ExportOptions::Naming,
    ExportOptions::ImageFormat, ExportOptions::Resize, PreflightIssue::Severity, ErrorCode, CaptionOrigin)
{
    using E = TestType;
    constexpr auto values = allValues<E>();
    const QStringList keys = allKeys<E>();
    REQUIRE(qsizetype(values.size()) == keys.size());

    QSet<QString> seen;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const E value = values[i];
        const QString key = toKey(value);
        INFO("value " << i << " key " << key.toStdString());
        CHECK(int(value) == int(i)); // the table is in declaration order
        CHECK(!key.isEmpty());
        CHECK(key == keys.at(qsizetype(i)));
        CHECK(!seen.contains(key));
        seen.insert(key);
        REQUIRE(fromKey<E>(key).has_value());
        CHECK(*fromKey<E>(key) == value);
        // What users type: the CLI matches case-insensitively, and no two keys differ only in case.
        CHECK(*fromKey<E>(key.toUpper(), Qt::CaseInsensitive) == value);
        CHECK_FALSE(fromKey<E>(key.toUpper()).has_value());
    }

#ifdef LC_CAN_NAME_ENUMERATORS
    // The value after the last row is not an enumerator: no value was added without a key.
    CHECK_FALSE(isEnumerator<static_cast<E>(values.size())>());
    CHECK(isEnumerator<static_cast<E>(values.size() - 1)>());
#endif

    // Out-of-range values have no key, and what toKey() never writes is refused.
    CHECK(toKey(static_cast<E>(values.size())).isEmpty());
    for (const char *unknown : {"", " ", "unknown-key", "flux ", "-", "INTERNAL-ERROR"})
        CHECK_FALSE(fromKey<E>(QString::fromLatin1(unknown), Qt::CaseInsensitive).has_value());
    CHECK_FALSE(fromKey<E>(QString(keys.first() + QLatin1Char('x'))).has_value());
    CHECK_FALSE(fromKey<E>(keys.first().chopped(1)).has_value());
}

TEST_CASE("the stored spellings stay as users' catalogs, reports and scripts have them", "[enumkeys]")
{
    // A changed key orphans catalog rows and breaks scripts: these are pinned on purpose.
    CHECK(allKeys<TargetModel>() == QStringList{QStringLiteral("flux"), QStringLiteral("sdxl"), QStringLiteral("sd15")});
    CHECK(allKeys<ItemStatus>() == QStringList{QStringLiteral("active"), QStringLiteral("rejected"), QStringLiteral("trashed")});
    CHECK(allKeys<ExportFormat>()
        == QStringList{QStringLiteral("kohya"), QStringLiteral("ai-toolkit"), QStringLiteral("replicate-flux"),
            QStringLiteral("replicate-sdxl"), QStringLiteral("onetrainer"), QStringLiteral("diffusers"),
            QStringLiteral("simpletuner")});
    CHECK(allKeys<ExportOptions::Resize>() == QStringList{QStringLiteral("none"), QStringLiteral("long-side"), QStringLiteral("bucket")});
    CHECK(allKeys<PreflightIssue::Severity>() == QStringList{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")});
    CHECK(toKey(SkipReason::Empty) == QStringLiteral("empty-file"));
    CHECK(toKey(OutcomeKind::AlreadyInDataset) == QStringLiteral("already-in-dataset"));
    CHECK(toKey(FileKind::Jpeg) == QStringLiteral("jpeg"));
    CHECK(toKey(ErrorCode::NotALibrary) == QStringLiteral("not-a-library"));
}

TEST_CASE("the named key functions are the tables' keys", "[enumkeys]")
{
    for (TargetModel m : allValues<TargetModel>()) {
        CHECK(targetModelKey(m) == toKey(m));
        TargetModel parsed = TargetModel::Flux;
        CHECK(parseTargetModel(toKey(m).toUpper(), &parsed));
        CHECK(parsed == m);
    }
    TargetModel untouched = TargetModel::Sdxl;
    CHECK_FALSE(parseTargetModel(u"sd3", &untouched));
    CHECK(untouched == TargetModel::Sdxl);

    for (ItemStatus s : allValues<ItemStatus>()) {
        CHECK(itemStatusKey(s) == toKey(s));
        CHECK(parseItemStatus(toKey(s)) == s);
    }
    CHECK(parseItemStatus(u"deleted") == ItemStatus::Active);

    for (SkipReason r : allValues<SkipReason>()) {
        CHECK(skipReasonKey(r) == toKey(r));
        CHECK(parseSkipReason(toKey(r)) == r);
    }
    CHECK(parseSkipReason(u"gone") == SkipReason::Unreadable);

    for (OutcomeKind k : allValues<OutcomeKind>())
        CHECK(outcomeKindKey(k) == toKey(k));
    for (FileKind k : allValues<FileKind>())
        CHECK(fileKindKey(k) == toKey(k));
    for (ErrorCode c : allValues<ErrorCode>())
        CHECK(errorCodeName(c) == toKey(c));

    CHECK(allExportFormats().size() == qsizetype(allValues<ExportFormat>().size()));
    for (ExportFormat f : allExportFormats()) {
        CHECK(exportFormatKey(f) == toKey(f));
        ExportFormat parsed = ExportFormat::Kohya;
        CHECK(parseExportFormat(toKey(f).toUpper(), &parsed));
        CHECK(parsed == f);
    }
    ExportFormat format = ExportFormat::Diffusers;
    CHECK_FALSE(parseExportFormat(u"dreambooth", &format));
    CHECK(format == ExportFormat::Diffusers);
}

TEST_CASE("an export's options and pre-flight are written with the tables' keys", "[enumkeys]")
{
    ExportOptions o;
    o.captionSource = ExportOptions::CaptionSource::Both;
    o.naming = ExportOptions::Naming::Sequential;
    o.imageFormat = ExportOptions::ImageFormat::Jpeg;
    o.resize = ExportOptions::Resize::LongSide;
    const QJsonObject json = o.toJson();
    CHECK(fromKey<ExportOptions::CaptionSource>(json.value(QStringLiteral("caption_source")).toString()) == o.captionSource);
    CHECK(fromKey<ExportOptions::Naming>(json.value(QStringLiteral("naming")).toString()) == o.naming);
    CHECK(fromKey<ExportOptions::ImageFormat>(json.value(QStringLiteral("image_format")).toString()) == o.imageFormat);
    CHECK(fromKey<ExportOptions::Resize>(json.value(QStringLiteral("resize")).toString()) == o.resize);
    CHECK(fromKey<ExportFormat>(json.value(QStringLiteral("format")).toString()) == o.format);

    ExportPlan plan;
    plan.issues.append({PreflightIssue::Severity::Info, QStringLiteral("rejected-excluded"), QStringLiteral("1 left out"), {}});
    const QJsonObject issue = plan.preflightJson().value(QStringLiteral("issues")).toArray().first().toObject();
    CHECK(issue.value(QStringLiteral("severity")).toString() == QStringLiteral("info"));
}
