// Token counting for caption lint: CLIP's BPE against ids published by other implementations (Hugging Face's
// CLIPTokenizer, OpenAI's Python original via its ports), T5 through SentencePiece when the build has it,
// and the estimate when it has no T5 model.
#include "text/cliptokenizer.h"
#include "text/t5tokenizer.h"
#include "text/tokencount.h"

#include "lc_catch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

#ifdef LC_HAVE_SENTENCEPIECE
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>
#endif

using namespace lc;

namespace {

// resources/tokenizers of the source tree (CMake may pass it; __FILE__ is absolute in a CMake build).
QString tokenizerDir()
{
#ifdef LC_TOKENIZER_DIR
    return QStringLiteral(LC_TOKENIZER_DIR);
#else
    const QDir here = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    return here.filePath(QStringLiteral("../../resources/tokenizers"));
#endif
}

QString clipPath()
{
    return QDir(tokenizerDir()).filePath(TokenCounter::clipFileName());
}

const ClipTokenizer &clip()
{
    static const ClipTokenizer tokenizer = [] {
        Result<ClipTokenizer> loaded = ClipTokenizer::load(clipPath());
        if (!loaded)
            FAIL(loaded.error().message.toStdString() + " " + loaded.error().detail.toStdString());
        return std::move(loaded).value();
    }();
    return tokenizer;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::vector<int> vec(const QList<int> &ids)
{
    return std::vector<int>(ids.cbegin(), ids.cend());
}

// StartOfText, ids, EndOfText.
std::vector<int> framed(std::initializer_list<int> ids)
{
    std::vector<int> out{ClipTokenizer::StartOfText};
    out.insert(out.end(), ids);
    out.push_back(ClipTokenizer::EndOfText);
    return out;
}

struct Reference
{
    const char *text; // UTF-8
    std::initializer_list<int> ids;
};

} // namespace

TEST_CASE("CLIP gives the ids other implementations publish")
{
    // Hugging Face CLIPTokenizer(Fast) for openai/clip-vit-base-patch32 and -large-patch14 (the same
    // vocabulary), and OpenAI's tokenizer through its JavaScript and Rust ports.
    const Reference references[] = {
        {"a photo of a cat", {320, 1125, 539, 320, 2368}},
        {"a photo of a dog", {320, 1125, 539, 320, 1929}},
        {"Hello, world!", {3306, 267, 1002, 256}},
        {"hello world!", {3306, 1002, 256}},
        {"hello", {3306}},
        {"magnificent", {10724}},
        {"magnificently", {9725, 2922}},
        {"Hi there", {1883, 997}},
        {"Japanese stone lantern", {4925, 2441, 17185}},
        // Capitals and repeated spaces do not matter; "!" is a token of its own.
        {"A PHOTO of  a Cat!", {320, 1125, 539, 320, 2368, 256}},
        {"  spaced   out  ", {10336, 538, 620}},
        // Apostrophes: the contraction is a token; numbers: one token per digit.
        {"don't stop", {847, 713, 1691}},
        {"don't stop 42 times", {847, 713, 1691, 275, 273, 1661}},
        {"35mm photography", {274, 276, 2848, 2108}},
        {"hello-world, 3.14 (test)", {3306, 268, 1002, 267, 274, 269, 272, 275, 263, 1628, 264}},
        // Non-ASCII goes through the byte map before BPE.
        {"cafe uber naive", {4979, 10668, 43362}},
        {"caf\xC3\xA9 \xC3\xBC" "ber na\xC3\xAF" "ve", {15304, 6522, 1516, 1097, 35689, 563}},
        {"\xF0\x9F\x98\x80 red car", {7334, 736, 1615}},
        // 日 本 の 石 灯 籠: three characters are not in the vocabulary and fall back to their UTF-8 bytes.
        // (The reference came from CLIPTokenizer without ftfy, which puts spaces around CJK ideographs;
        // with the spaces written out, all implementations agree.)
        {"\xE6\x97\xA5 \xE6\x9C\xAC \xE3\x81\xAE \xE7\x9F\xB3 \xE7\x81\xAF \xE7\xB1\xA0",
            {37156, 19277, 361, 4813, 362, 163, 253, 367, 163, 223, 363, 163, 109, 510}},
        {"", {}},
        {"    \t\n", {}},
    };
    for (const Reference &r : references) {
        const QString text = QString::fromUtf8(r.text);
        INFO(r.text);
        CHECK(vec(clip().encode(text)) == framed(r.ids));
        CHECK(clip().count(text) == int(r.ids.size()));
    }
}

TEST_CASE("CLIP cleans text as CLIPTokenizerFast does")
{
    const QList<int> cat = clip().encode(QStringLiteral("a photo of a cat"));
    CHECK(clip().encode(QStringLiteral("A pHotO of a CaT")) == cat);
    CHECK(clip().encode(QStringLiteral("    a    photo \t of\n\n a cat    ")) == cat);
    CHECK(clip().encode(QStringLiteral("a\u00A0photo\u2003of a\u3000cat")) == cat); // Unicode spaces
    // Decomposed é (e + U+0301) is composed first (NFC).
    CHECK(clip().encode(QStringLiteral("cafe\u0301")) == clip().encode(QStringLiteral("caf\u00E9")));
    // Whitespace only separates: a comma sticks to nothing.
    CHECK(clip().encode(QStringLiteral("red,blue")) == clip().encode(QStringLiteral("red , blue")));
}

TEST_CASE("CLIP splits words by its pattern")
{
    // Digits: one token each, "<digit></w>" = 271 + digit.
    CHECK(vec(clip().encode(QStringLiteral("1024"))) == framed({272, 271, 273, 275}));
    CHECK(clip().count(QStringLiteral("1024x768")) == 8);
    // Contractions split off a word; an apostrophe elsewhere joins the punctuation around it.
    const QList<int> its = clip().encode(QStringLiteral("it's"));
    REQUIRE(its.size() == 4);
    CHECK(its[2] == clip().encode(QStringLiteral("'s"))[1]);
    CHECK(clip().count(QStringLiteral("it's")) == clip().count(QStringLiteral("it 's")));
    CHECK(clip().encode(QStringLiteral("John's dog")) == clip().encode(QStringLiteral("john 's dog")));
    CHECK(clip().count(QStringLiteral("rock'n'roll")) == clip().count(QStringLiteral("rock 'n' roll")));
    // Typed special tokens are the special ids.
    CHECK(vec(clip().encode(QStringLiteral("<|endoftext|>"))) == framed({ClipTokenizer::EndOfText}));
    CHECK(clip().count(QStringLiteral("cat<|startoftext|>")) == 2);
    // Letters of any script make one word; a run of symbols is one pre-token.
    CHECK(clip().count(QStringLiteral("\u65E5\u672C\u306E\u77F3\u706F\u7C60")) == 12);
    CHECK(clip().count(QStringLiteral("(((masterpiece)))"))
        == clip().count(QStringLiteral("((( masterpiece )))")));
}

TEST_CASE("CLIP counts long captions whole and fast")
{
    QStringList cats;
    for (int i = 0; i < 200; ++i)
        cats << QStringLiteral("cat");
    const QString longText = cats.join(QLatin1Char(' '));
    CHECK(clip().count(longText) == 200);
    const QList<int> ids = clip().encode(longText);
    CHECK(ids.size() == 202); // not cut to the window: the caller shows what falls off
    CHECK(ids.first() == ClipTokenizer::StartOfText);
    CHECK(ids.last() == ClipTokenizer::EndOfText);

    // About 300 characters, counted live while typing: each new caption is new text for the word cache.
    const QString caption = QStringLiteral(
        "photo of ohwx woman, standing in a sunlit meadow, wearing a flowing white dress with lace details, "
        "golden hour lighting, soft bokeh background, shallow depth of field, 85mm lens, highly detailed "
        "skin texture, natural makeup, wind in her hair, looking at the camera, cinematic color grading, "
        "film grain");
    CHECK(caption.size() > 290);
    CHECK(clip().count(caption) > ClipTokenizer::MaxTokens - 20);
    QElapsedTimer timer;
    timer.start();
    const int rounds = 200;
    for (int i = 0; i < rounds; ++i)
        clip().count(caption + QString::number(i * 7919) + QStringLiteral("zq") + QString::number(i));
    const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    INFO("microseconds per count: " << microseconds);
    CHECK(microseconds < 5000); // a loose bound (debug builds, a busy CI machine); measured ~10-100 µs
}

TEST_CASE("CLIP counts the same on several threads")
{
    const QString caption
        = QStringLiteral("a watercolor painting of a fox in the snow, 4k, trending on artstation");
    const int expected = clip().count(caption);
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const ClipTokenizer copy = clip(); // copies share the tables and the cache
            for (int i = 0; i < 300; ++i) {
                const QString suffix = QStringLiteral(" word%1x%2").arg(t).arg(i);
                if (copy.count(caption + suffix) != expected + copy.count(suffix))
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(wrong == 0);
}

TEST_CASE("CLIP's vocabulary file is checked when it loads")
{
    const QByteArray merges = readFile(clipPath());

    // CRLF line ends (a Windows checkout) and OpenAI's full file (more merges than CLIP uses) load alike.
    QByteArray crlf = merges;
    crlf.replace("\n", "\r\n");
    Result<ClipTokenizer> fromCrlf = ClipTokenizer::fromMerges(crlf);
    REQUIRE(fromCrlf.ok());
    CHECK(fromCrlf->encode(QStringLiteral("Hello, world!"))
        == clip().encode(QStringLiteral("Hello, world!")));
    Result<ClipTokenizer> longer = ClipTokenizer::fromMerges(merges + "zz yy\nxx ww</w>\n");
    REQUIRE(longer.ok());
    CHECK(longer->encode(QStringLiteral("magnificently")) == clip().encode(QStringLiteral("magnificently")));

    Result<ClipTokenizer> empty = ClipTokenizer::fromMerges({});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::Corrupt);

    Result<ClipTokenizer> cut = ClipTokenizer::fromMerges(merges.left(merges.size() / 2));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == ErrorCode::Corrupt);
    CHECK(cut.error().detail.contains(QStringLiteral("merges instead of 48894")));

    QByteArray unknown = merges;
    unknown.replace("\nt h\n", "\nt \xE2\x82\xAC\n"); // the second merge, with a token that does not exist
    Result<ClipTokenizer> bad = ClipTokenizer::fromMerges(unknown);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::Corrupt);
    CHECK(bad.error().detail == QStringLiteral("line 3 merges an unknown token"));

    Result<ClipTokenizer> missing = ClipTokenizer::load(QStringLiteral("/nonexistent/clip_merges.txt"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("T5 without its model estimates, and says so")
{
    const T5Tokenizer plain = T5Tokenizer::approximate();
    const T5Tokenizer withClip = T5Tokenizer::approximate(clip());
    for (const T5Tokenizer *t5 : {&plain, &withClip}) {
        CHECK_FALSE(t5->isExact());
        CHECK(t5->encode(QStringLiteral("Hello world")).isEmpty());
        CHECK(t5->count(QString()) == 0);
        // Exact T5 (t5-base, published ids): 8774 296 | 8774 296 541.
        CHECK(t5->count(QStringLiteral("Hello world")) == 2);
        CHECK(t5->count(QStringLiteral("Hello\tworld\nagain")) == 3);
        // Exact: 6536 43 118 2008 24 293 53 3 9 1782 19 207 21 25, i.e. 14.
        const int studies
            = t5->count(QStringLiteral("Studies have been shown that owning a dog is good for you"));
        INFO("estimate " << studies);
        CHECK(studies >= 12);
        CHECK(studies <= 16);
        // Numbers are not split per digit as CLIP does.
        CHECK(t5->count(QStringLiteral("1024")) < clip().count(QStringLiteral("1024")));
        CHECK(t5->count(QStringLiteral("a, b.")) == 5); // ▁ a , ▁b . (T5 has no "▁a")
    }
    // Long text grows with it.
    QStringList words;
    for (int i = 0; i < 600; ++i)
        words << QStringLiteral("cat");
    CHECK(withClip.count(words.join(QLatin1Char(' '))) == 600);
    CHECK(plain.count(words.join(QLatin1Char(' '))) == 600);
}

TEST_CASE("T5 reads a SentencePiece model when the build has SentencePiece")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
#ifdef LC_HAVE_SENTENCEPIECE
    CHECK(T5Tokenizer::exactAvailable());
    // A tiny unigram model with T5's special ids (pad 0, </s> 1, <unk> 2, no start token), trained here.
    QFile corpus(dir.filePath(QStringLiteral("corpus.txt")));
    REQUIRE(corpus.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200; ++i) {
        corpus.write("a photo of a cat sitting on a red sofa, soft light, film grain\n"
                     "portrait of a woman with long hair, golden hour, bokeh, 85mm\n"
                     "a dog running on the beach at sunset, wide angle, sharp focus\n");
    }
    corpus.close();
    auto train = [&](const QString &specials) {
        const QString prefix = dir.filePath(QStringLiteral("m") + QString::number(qHash(specials)));
        const QString args = QStringLiteral("--input=%1 --model_prefix=%2 --vocab_size=120 "
                                            "--model_type=unigram --hard_vocab_limit=false "
                                            "--minloglevel=2 %3") // quiet
                                 .arg(corpus.fileName(), prefix, specials);
        const auto status = sentencepiece::SentencePieceTrainer::Train(args.toStdString());
        INFO(status.ToString());
        REQUIRE(status.ok());
        return readFile(prefix + QStringLiteral(".model"));
    };
    const QByteArray model = train(QStringLiteral("--pad_id=0 --eos_id=1 --unk_id=2 --bos_id=-1"));

    Result<T5Tokenizer> t5 = T5Tokenizer::fromModel(model);
    REQUIRE(t5.ok());
    CHECK(t5->isExact());
    sentencepiece::SentencePieceProcessor reference;
    REQUIRE(reference.LoadFromSerializedProto(model.toStdString()).ok());
    const QString caption = QStringLiteral("a photo of a dog on a red sofa, golden hour");
    const std::vector<int> pieces = reference.EncodeAsIds(caption.toStdString());
    REQUIRE_FALSE(pieces.empty());
    std::vector<int> withEnd = pieces;
    withEnd.push_back(T5Tokenizer::EndOfSequence);
    CHECK(vec(t5->encode(caption)) == withEnd);
    CHECK(t5->count(caption) == int(pieces.size()));
    CHECK(t5->count(QString()) == 0);

    // Through the facade, from a folder: the T5 count is now exact.
    REQUIRE(QFile::copy(clipPath(), dir.filePath(TokenCounter::clipFileName())));
    QFile modelFile(dir.filePath(TokenCounter::t5FileName()));
    REQUIRE(modelFile.open(QIODevice::WriteOnly));
    modelFile.write(model);
    modelFile.close();
    Result<TokenCounter> counter = TokenCounter::load(dir.path());
    REQUIRE(counter.ok());
    CHECK_FALSE(counter->t5Error().has_value());
    const TokenCount count = counter->count(TokenFamily::T5, caption);
    CHECK(count.exact);
    CHECK(count.tokens == int(pieces.size()));
    CHECK(count.limit == 511);

    // A SentencePiece model with other special ids is not T5's.
    const QByteArray llamaLike = train(QStringLiteral("--unk_id=0 --bos_id=1 --eos_id=2"));
    Result<T5Tokenizer> other = T5Tokenizer::fromModel(llamaLike);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::Corrupt);
#else
    CHECK_FALSE(T5Tokenizer::exactAvailable());
    Result<T5Tokenizer> t5 = T5Tokenizer::fromModel(QByteArray("not a model"));
    REQUIRE_FALSE(t5.ok());
    CHECK(t5.error().code == ErrorCode::InvalidArgument);
#endif
    Result<T5Tokenizer> garbage = T5Tokenizer::fromModel(QByteArray("\x0a\xff\xff garbage", 12));
    CHECK_FALSE(garbage.ok());
    Result<T5Tokenizer> missing = T5Tokenizer::load(dir.filePath(QStringLiteral("none.model")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("T5 gives the published t5-base ids with the real model")
{
    // T5's spiece.model is not shipped; point LC_T5_SPIECE_MODEL at one (google-t5/t5-base or
    // google/t5-v1_1-xxl, the same vocabulary) or put it in resources/tokenizers/ to run this.
    QString path = qEnvironmentVariable("LC_T5_SPIECE_MODEL");
    if (path.isEmpty())
        path = QDir(tokenizerDir()).filePath(TokenCounter::t5FileName());
    if (!QFileInfo::exists(path) || !T5Tokenizer::exactAvailable()) {
        WARN("no T5 spiece.model (or no SentencePiece in this build): the exact T5 ids are not checked");
        return;
    }
    Result<T5Tokenizer> t5 = T5Tokenizer::load(path);
    REQUIRE(t5.ok());
    CHECK(vec(t5->encode(QStringLiteral("Hello world"))) == std::vector<int>{8774, 296, 1});
    CHECK(vec(t5->encode(QStringLiteral("Hello\tworld\nagain"))) == std::vector<int>{8774, 296, 541, 1});
    CHECK(vec(t5->encode(QStringLiteral("Studies have been shown that owning a dog is good for you")))
        == std::vector<int>{6536, 43, 118, 2008, 24, 293, 53, 3, 9, 1782, 19, 207, 21, 25, 1});
    CHECK(t5->count(QStringLiteral("Hello world")) == 2);
}

TEST_CASE("The token counter loads the shipped files and counts per model family")
{
    Result<TokenCounter> counter = TokenCounter::load(tokenizerDir());
    REQUIRE(counter.ok());

    const TokenCount clipCount = counter->count(TokenFamily::Clip, QStringLiteral("a photo of a cat"));
    CHECK(clipCount.tokens == 5);
    CHECK(clipCount.limit == 75);
    CHECK(clipCount.exact);
    CHECK(clipCount.fits());
    CHECK(counter->count(TargetModel::Sdxl, QStringLiteral("a photo of a cat")).tokens == 5);
    CHECK(counter->count(TargetModel::Sd15, QStringLiteral("a photo of a cat")).limit == 75);

    const TokenCount t5Count = counter->count(TargetModel::Flux, QStringLiteral("Hello world"));
    CHECK(t5Count.limit == 511);
    CHECK(t5Count.tokens == 2);
    CHECK(t5Count.exact == counter->t5().isExact());

    QStringList words;
    for (int i = 0; i < 76; ++i)
        words << QStringLiteral("cat");
    CHECK_FALSE(counter->count(TokenFamily::Clip, words.join(QLatin1Char(' '))).fits());
    CHECK(counter->count(TokenFamily::T5, words.join(QLatin1Char(' '))).fits());

    CHECK(tokenFamilyFor(TargetModel::Flux) == TokenFamily::T5);
    CHECK(tokenFamilyFor(TargetModel::Sdxl) == TokenFamily::Clip);
    CHECK(tokenFamilyFor(TargetModel::Sd15) == TokenFamily::Clip);
    CHECK(toKey(TokenFamily::Clip) == QStringLiteral("clip"));
    CHECK(fromKey<TokenFamily>(u"t5") == TokenFamily::T5);
    CHECK_FALSE(fromKey<TokenFamily>(u"bert").has_value());
}

TEST_CASE("The CLIP vocabulary is built into the library")
{
    const Result<TokenCounter> &counter = TokenCounter::shared();
    REQUIRE(counter.ok());
    CHECK(counter->count(TokenFamily::Clip, QStringLiteral("a photo of a cat")).tokens == 5);
    CHECK(&TokenCounter::shared() == &counter); // loaded once
}

TEST_CASE("The token counter loads from bytes, and a bad T5 model leaves CLIP working")
{
    const QByteArray merges = readFile(clipPath());
    Result<TokenCounter> plain = TokenCounter::fromData(merges);
    REQUIRE(plain.ok());
    CHECK_FALSE(plain->count(TokenFamily::T5, QStringLiteral("Hello world")).exact);
    CHECK_FALSE(plain->t5Error().has_value());

    Result<TokenCounter> badT5 = TokenCounter::fromData(merges, QByteArray("not a model"));
    REQUIRE(badT5.ok());
    CHECK(badT5->t5Error().has_value());
    CHECK(badT5->count(TokenFamily::Clip, QStringLiteral("a photo of a cat")).tokens == 5);
    CHECK_FALSE(badT5->count(TokenFamily::T5, QStringLiteral("a photo of a cat")).exact);

    Result<TokenCounter> noClip = TokenCounter::fromData(QByteArray("#version: 0.2\n"));
    REQUIRE_FALSE(noClip.ok());
    CHECK(noClip.error().code == ErrorCode::Corrupt);

    Result<TokenCounter> noDir = TokenCounter::load(QStringLiteral("/nonexistent"));
    REQUIRE_FALSE(noDir.ok());
    CHECK(noDir.error().code == ErrorCode::NotFound);
}
