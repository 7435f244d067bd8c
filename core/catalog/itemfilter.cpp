#include "itemfilter.h"

#include "catalog/itemtypes.h"
#include "curation/quality.h"
#include "search/searchtypes.h"
#include "util/tr.h"

#include <QLocale>

namespace lc {

namespace {

using Field = FilterTerm::Field;
using Compare = FilterTerm::Compare;

struct FieldName
{
    const char *name;
    Field field;
};

// Every name the language knows, with the aliases users reach for.
constexpr FieldName FieldNames[] = {
    {"tag", Field::Tag}, {"caption", Field::Caption}, {"name", Field::Name}, {"file", Field::Name},
    {"stars", Field::Stars}, {"rating", Field::Stars}, {"width", Field::Width}, {"height", Field::Height},
    {"tags", Field::TagCount}, {"tokens", Field::Tokens}, {"sharpness", Field::Sharpness},
    {"brightness", Field::Brightness}, {"quality", Field::Quality}, {"status", Field::Status},
    {"origin", Field::Origin}, {"format", Field::Format}, {"has", Field::Has}, {"id", Field::Items},
    {"license", Field::License}, {"licence", Field::License}, {"source", Field::Source},
    // Yes/no shorthands for the quality flags.
    {"blur", Field::Quality}, {"dark", Field::Quality}, {"bright", Field::Quality}, {"lowres", Field::Quality},
};

// The flag a shorthand stands for (blur:yes is quality:blurry).
QString shorthandFlag(const QString &name)
{
    using curation::QualityFlag;
    if (name == QLatin1String("blur"))
        return toKey(QualityFlag::Blurry);
    if (name == QLatin1String("dark"))
        return toKey(QualityFlag::Underexposed);
    if (name == QLatin1String("bright"))
        return toKey(QualityFlag::Overexposed);
    if (name == QLatin1String("lowres"))
        return toKey(QualityFlag::LowResolution);
    return {};
}

std::optional<bool> yesNo(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("off"))
        return false;
    return std::nullopt;
}

struct Token
{
    enum class Kind { Open, Close, Word, End };
    Kind kind = Kind::End;
    qsizetype at = 0;  // where it starts in the text (for messages)
    QString field;     // "tag" of tag:smile (lower case); empty for a plain word
    QString value;
    bool quoted = false;
    bool negated = false; // a leading '-'
};

Error syntaxError(const QString &text)
{
    return makeError(ErrorCode::InvalidArgument, text);
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Result<std::optional<FilterNode>> parse()
    {
        if (auto r = tokenize(); !r)
            return r.error();
        if (m_tokens.size() == 1) // only End
            return std::optional<FilterNode>();
        auto node = parseOr();
        if (!node)
            return node.error();
        if (peek().kind == Token::Kind::Close)
            return syntaxError(CatalogTr::tr("The filter has a “)” without its “(” (at character %1).").arg(peek().at + 1));
        if (peek().kind != Token::Kind::End)
            return syntaxError(CatalogTr::tr("The filter cannot be read from character %1 on.").arg(peek().at + 1));
        return std::optional<FilterNode>(std::move(*node));
    }

private:
    Result<void> tokenize()
    {
        const QString &s = m_text;
        qsizetype i = 0;
        auto readQuoted = [&](QString *out) -> Result<void> {
            const qsizetype start = i;
            ++i; // the opening quote
            while (i < s.size()) {
                if (s.at(i) == QLatin1Char('"')) {
                    if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('"')) { // "" is a quote
                        out->append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i;
                    return {};
                }
                out->append(s.at(i++));
            }
            return syntaxError(CatalogTr::tr("The quote opened at character %1 of the filter is not closed.").arg(start + 1));
        };
        auto stops = [&](qsizetype at) {
            const QChar c = s.at(at);
            return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')');
        };
        while (true) {
            while (i < s.size() && s.at(i).isSpace())
                ++i;
            Token t;
            t.at = i;
            if (i >= s.size()) {
                m_tokens.append(t);
                return {};
            }
            if (s.at(i) == QLatin1Char('(') || s.at(i) == QLatin1Char(')')) {
                t.kind = s.at(i) == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close;
                ++i;
                m_tokens.append(t);
                continue;
            }
            t.kind = Token::Kind::Word;
            if (s.at(i) == QLatin1Char('-') && i + 1 < s.size() && !stops(i + 1)) {
                t.negated = true;
                ++i;
            }
            // A field name: letters, then a colon.
            qsizetype j = i;
            while (j < s.size() && s.at(j).isLetter())
                ++j;
            if (j > i && j < s.size() && s.at(j) == QLatin1Char(':')) {
                t.field = s.mid(i, j - i).toLower();
                i = j + 1;
            }
            if (i < s.size() && s.at(i) == QLatin1Char('"')) {
                t.quoted = true;
                if (auto r = readQuoted(&t.value); !r)
                    return r;
            } else {
                const qsizetype start = i;
                while (i < s.size() && !stops(i))
                    ++i;
                t.value = s.mid(start, i - start);
            }
            m_tokens.append(t);
        }
    }

    const Token &peek() const { return m_tokens.at(m_pos); }
    bool isKeyword(const Token &t, const char *word) const
    {
        return t.kind == Token::Kind::Word && !t.quoted && !t.negated && t.field.isEmpty() && t.value == QLatin1String(word);
    }
    bool startsTerm(const Token &t) const
    {
        return t.kind == Token::Kind::Open || (t.kind == Token::Kind::Word && !isKeyword(t, "OR") && !isKeyword(t, "AND"));
    }

    static FilterNode combine(FilterNode::Kind kind, QList<FilterNode> parts)
    {
        if (parts.size() == 1)
            return parts.takeFirst();
        FilterNode n;
        n.kind = kind;
        n.children = std::move(parts);
        return n;
    }

    Result<FilterNode> parseOr()
    {
        QList<FilterNode> parts;
        while (true) {
            auto part = parseAnd();
            if (!part)
                return part.error();
            parts.append(std::move(*part));
            if (!isKeyword(peek(), "OR"))
                break;
            const qsizetype at = peek().at;
            ++m_pos;
            if (!startsTerm(peek()))
                return syntaxError(CatalogTr::tr("“OR” at character %1 of the filter needs something after it.").arg(at + 1));
        }
        return combine(FilterNode::Kind::Or, std::move(parts));
    }

    Result<FilterNode> parseAnd()
    {
        QList<FilterNode> parts;
        while (true) {
            if (isKeyword(peek(), "AND")) {
                const qsizetype at = peek().at;
                ++m_pos;
                if (parts.isEmpty() || !startsTerm(peek()))
                    return syntaxError(CatalogTr::tr("“AND” at character %1 of the filter needs something on each side.").arg(at + 1));
            }
            if (!startsTerm(peek())) {
                if (parts.isEmpty()) {
                    if (isKeyword(peek(), "OR"))
                        return syntaxError(CatalogTr::tr("“OR” at character %1 of the filter needs something before it.").arg(peek().at + 1));
                    if (peek().kind == Token::Kind::Close)
                        return syntaxError(CatalogTr::tr("The filter has empty parentheses or a “)” without its “(” (at character %1).").arg(peek().at + 1));
                    return syntaxError(CatalogTr::tr("The filter ends where something to look for was expected."));
                }
                break;
            }
            auto part = parseUnary();
            if (!part)
                return part.error();
            parts.append(std::move(*part));
        }
        return combine(FilterNode::Kind::And, std::move(parts));
    }

    Result<FilterNode> parseUnary()
    {
        if (isKeyword(peek(), "NOT")) {
            const qsizetype at = peek().at;
            ++m_pos;
            if (!startsTerm(peek()))
                return syntaxError(CatalogTr::tr("“NOT” at character %1 of the filter needs something after it.").arg(at + 1));
            auto inner = parseUnary();
            if (!inner)
                return inner.error();
            return negate(std::move(*inner));
        }
        if (peek().kind == Token::Kind::Open) {
            const qsizetype at = peek().at;
            ++m_pos;
            auto inner = parseOr();
            if (!inner)
                return inner.error();
            if (peek().kind != Token::Kind::Close)
                return syntaxError(CatalogTr::tr("The “(” at character %1 of the filter is not closed.").arg(at + 1));
            ++m_pos;
            return inner;
        }
        const Token t = peek();
        ++m_pos;
        auto term = termOf(t);
        if (!term)
            return term.error();
        return t.negated ? negate(std::move(*term)) : std::move(*term);
    }

    static FilterNode negate(FilterNode inner)
    {
        if (inner.kind == FilterNode::Kind::Not)
            return inner.children.takeFirst(); // NOT NOT x
        FilterNode n;
        n.kind = FilterNode::Kind::Not;
        n.children.append(std::move(inner));
        return n;
    }

    static FilterNode leaf(FilterTerm term)
    {
        FilterNode n;
        n.term = std::move(term);
        return n;
    }

    Result<FilterNode> termOf(const Token &t) const
    {
        FilterTerm term;
        if (t.field.isEmpty()) {
            if (t.value.isEmpty()) // "" alone
                return syntaxError(CatalogTr::tr("The filter has empty quotes at character %1: put what to look for between them.").arg(t.at + 1));
            term.field = Field::Text;
            term.text = t.value;
            return leaf(term);
        }
        const auto known = std::find_if(std::begin(FieldNames), std::end(FieldNames),
            [&t](const FieldName &f) { return t.field == QLatin1String(f.name); });
        if (known == std::end(FieldNames)) {
            return syntaxError(CatalogTr::tr("The filter does not know “%1:”. It knows tag:, caption:, name:, stars:, width:, height:, "
                                             "tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, "
                                             "status:, origin:, format:, has:, license:, source: and id:.")
                                   .arg(t.field));
        }
        term.field = known->field;
        const QString value = t.quoted ? t.value : t.value.trimmed();
        const QString lower = value.toLower();
        auto badValue = [&](const QString &choices) {
            return syntaxError(CatalogTr::tr("“%1:” takes %2 (got “%3”).").arg(t.field, choices, value));
        };
        switch (term.field) {
        case Field::Text:
            break;
        case Field::Items: // id:12,15,20 (what "Show in Grid" of the export's pre-flight writes)
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = part.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return badValue(CatalogTr::tr("item numbers separated by commas"));
                term.items.append(ItemId(id));
            }
            if (term.items.isEmpty())
                return badValue(CatalogTr::tr("item numbers separated by commas"));
            return leaf(term);
        case Field::Tag:
        case Field::Name:
            if (value.isEmpty())
                return badValue(CatalogTr::tr("something to look for"));
            term.text = value;
            return leaf(term);
        case Field::Caption:
            if (value.isEmpty() && !t.quoted)
                return badValue(CatalogTr::tr("something to look for, or \"\" for an empty caption"));
            term.text = value;
            return leaf(term);
        case Field::Stars:
        case Field::Width:
        case Field::Height:
        case Field::TagCount:
        case Field::Tokens:
        case Field::Sharpness:
        case Field::Brightness:
            if (!readNumber(value, &term))
                return badValue(CatalogTr::tr("a number with =, !=, <, <=, >, >= or a range such as 2..4"));
            return leaf(term);
        case Field::Quality: {
            const QString flag = shorthandFlag(t.field);
            if (!flag.isEmpty()) { // blur:yes / blur:no
                const std::optional<bool> on = yesNo(value);
                if (!on)
                    return badValue(CatalogTr::tr("yes or no"));
                term.text = flag;
                return *on ? leaf(term) : negate(leaf(term));
            }
            if (!fromKey<curation::QualityFlag>(lower))
                return badValue(allKeys<curation::QualityFlag>().join(QStringLiteral(", ")));
            term.text = lower;
            return leaf(term);
        }
        case Field::Status:
            if (lower == QLatin1String("kept") || lower == QLatin1String("active"))
                term.text = toKey(ItemStatus::Active);
            else if (lower == QLatin1String("rejected"))
                term.text = toKey(ItemStatus::Rejected);
            else if (lower == QLatin1String("trashed") || lower == QLatin1String("trash"))
                term.text = toKey(ItemStatus::Trashed);
            else
                return badValue(QStringLiteral("active, rejected, trashed"));
            return leaf(term);
        case Field::Origin:
            if (lower == QLatin1String("typed") || lower == QLatin1String("manual"))
                term.text = toKey(CaptionOrigin::Manual);
            else if (lower == QLatin1String("imported") || lower == QLatin1String("file"))
                term.text = toKey(CaptionOrigin::Imported);
            else if (lower == QLatin1String("generated") || lower == QLatin1String("auto"))
                term.text = toKey(CaptionOrigin::Auto);
            else if (lower == QLatin1String("none"))
                term.text = toKey(CaptionOrigin::None);
            else
                return badValue(QStringLiteral("typed, imported, generated, none"));
            return leaf(term);
        case Field::Format:
            if (value.isEmpty())
                return badValue(QStringLiteral("jpeg, png, webp, …"));
            term.text = lower == QLatin1String("jpg") ? QStringLiteral("jpeg") : lower == QLatin1String("tif") ? QStringLiteral("tiff") : lower;
            return leaf(term);
        case Field::License: { // license:cc0,by — "licence is not CC0/BY" is -license:cc0,by
            QStringList slugs;
            for (const QString &part : lower.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString slug = search::normalizedLicense(part);
                if (slug != QLatin1String("unknown") && !search::knownLicenses().contains(slug))
                    return badValue(search::knownLicenses().join(QStringLiteral(", ")) + QStringLiteral(", unknown"));
                slugs << slug;
            }
            if (slugs.isEmpty())
                return badValue(QStringLiteral("cc0, by, by-sa, …"));
            term.text = slugs.join(QLatin1Char(','));
            return leaf(term);
        }
        case Field::Source:
            if (value.isEmpty())
                return badValue(CatalogTr::tr("something to look for (openverse, brave, url, a site)"));
            term.text = value;
            return leaf(term);
        case Field::Has:
            if (lower != QLatin1String("caption") && lower != QLatin1String("tags") && lower != QLatin1String("crop")
                && lower != QLatin1String("text") && lower != QLatin1String("license") && lower != QLatin1String("licence")
                && lower != QLatin1String("source"))
                return badValue(QStringLiteral("caption, tags, crop, text, license"));
            term.text = lower == QLatin1String("licence") ? QStringLiteral("license") : lower;
            return leaf(term);
        }
        return syntaxError(CatalogTr::tr("The filter cannot use “%1:” here.").arg(t.field));
    }

    static bool readNumber(const QString &raw, FilterTerm *term)
    {
        QString v = raw.trimmed();
        const QLocale c = QLocale::c();
        bool ok = false;
        if (const qsizetype dots = v.indexOf(QStringLiteral("..")); dots > 0) {
            bool ok2 = false;
            term->compare = Compare::Range;
            term->value = c.toDouble(v.left(dots), &ok);
            term->upper = c.toDouble(v.mid(dots + 2), &ok2);
            return ok && ok2 && term->value <= term->upper;
        }
        static const std::pair<const char *, Compare> ops[] = {{">=", Compare::GreaterEqual}, {"<=", Compare::LessEqual},
            {"!=", Compare::NotEqual}, {">", Compare::Greater}, {"<", Compare::Less}, {"=", Compare::Equal}};
        term->compare = Compare::Equal;
        for (const auto &[op, compare] : ops) {
            if (v.startsWith(QLatin1String(op))) {
                term->compare = compare;
                v = v.mid(qsizetype(qstrlen(op))).trimmed();
                break;
            }
        }
        term->value = c.toDouble(v, &ok);
        return ok;
    }

    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

bool FilterTerm::matches(double x) const
{
    switch (compare) {
    case Compare::Equal: return x == value;
    case Compare::NotEqual: return x != value;
    case Compare::Less: return x < value;
    case Compare::LessEqual: return x <= value;
    case Compare::Greater: return x > value;
    case Compare::GreaterEqual: return x >= value;
    case Compare::Range: return x >= value && x <= upper;
    }
    return false;
}

bool FilterNode::uses(FilterTerm::Field field) const
{
    if (kind == Kind::Term)
        return term.field == field;
    return std::any_of(children.cbegin(), children.cend(), [field](const FilterNode &c) { return c.uses(field); });
}

Result<void> FilterNode::resolve(FilterTerm::Field field, const std::function<Result<FilterTerm>(const FilterTerm &)> &resolver)
{
    if (kind == Kind::Term) {
        if (term.field != field)
            return {};
        auto resolved = resolver(term);
        if (!resolved)
            return resolved.error();
        term = std::move(*resolved);
        return {};
    }
    for (FilterNode &c : children) {
        if (auto r = c.resolve(field, resolver); !r)
            return r;
    }
    return {};
}

Result<std::optional<FilterNode>> parseFilter(const QString &text)
{
    return Parser(text).parse();
}

QString filterSyntaxHelp()
{
    return CatalogTr::tr(
        "Words match anywhere in the caption, a tag or the file name (agon finds hexagon); \"quotes\" keep spaces.\n"
        "tag:smile  tag:smil*  caption:dress  caption:\"\"  name:IMG_\n"
        "stars:>=4  width:>512  height:512..1024  tags:>20  tokens:>75\n"
        "sharpness:<0.1  brightness:<40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed\n"
        "status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15\n"
        "license:cc0,by  -license:cc0,by (licence is not CC0/BY)  license:unknown  source:openverse  source:flickr\n"
        "Combine with spaces (all must match), OR, NOT or -, and parentheses: (tag:cat OR tag:dog) -blur:yes");
}

} // namespace lc
