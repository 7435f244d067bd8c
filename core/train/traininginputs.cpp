#include "train/traininginputs.h"

#include "util/tr.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace lc::train {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

Result<TrainingInputSchema> TrainingInputSchema::fromOpenApi(const QJsonObject &openapiSchema)
{
    const QJsonObject schemas = openapiSchema.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
    QJsonObject input = schemas.value(QStringLiteral("TrainingInput")).toObject();
    if (input.isEmpty())
        input = schemas.value(QStringLiteral("Input")).toObject();
    const QJsonObject properties = input.value(QStringLiteral("properties")).toObject();
    if (properties.isEmpty())
        return Error(ErrorCode::NotFound, TrainTr::tr("The trainer's version does not describe its inputs."));
    QStringList required;
    for (const QJsonValue &v : input.value(QStringLiteral("required")).toArray())
        required << v.toString();

    TrainingInputSchema schema;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        QJsonObject p = it.value().toObject();
        InputField f;
        f.name = it.key();
        f.title = p.value(QStringLiteral("title")).toString(f.name);
        f.description = p.value(QStringLiteral("description")).toString();
        f.defaultValue = p.value(QStringLiteral("default"));
        f.order = p.value(QStringLiteral("x-order")).toInt(1000);
        f.required = required.contains(f.name);
        if (p.contains(QStringLiteral("minimum")))
            f.minimum = p.value(QStringLiteral("minimum")).toDouble();
        if (p.contains(QStringLiteral("maximum")))
            f.maximum = p.value(QStringLiteral("maximum")).toDouble();
        // An enum: allOf: [{"$ref": "#/components/schemas/<name>"}], the referenced schema has `enum`.
        const QJsonArray allOf = p.value(QStringLiteral("allOf")).toArray();
        QJsonArray choices = p.value(QStringLiteral("enum")).toArray();
        if (choices.isEmpty() && !allOf.isEmpty()) {
            const QString ref = allOf.first().toObject().value(QStringLiteral("$ref")).toString();
            const QJsonObject target = schemas.value(ref.section(QLatin1Char('/'), -1)).toObject();
            choices = target.value(QStringLiteral("enum")).toArray();
            if (f.description.isEmpty() && target.value(QStringLiteral("description")).toString() != QLatin1String("An enumeration."))
                f.description = target.value(QStringLiteral("description")).toString();
        }
        const QString type = p.value(QStringLiteral("type")).toString();
        const QString format = p.value(QStringLiteral("format")).toString();
        if (!choices.isEmpty()) {
            f.type = InputField::Type::Choice;
            for (const QJsonValue &c : std::as_const(choices))
                f.choices << c.toVariant().toString();
        } else if (format == QLatin1String("password") || p.value(QStringLiteral("x-cog-secret")).toBool()) {
            f.type = InputField::Type::Secret;
        } else if (format == QLatin1String("uri")) {
            f.type = InputField::Type::File;
        } else if (type == QLatin1String("integer")) {
            f.type = InputField::Type::Integer;
        } else if (type == QLatin1String("number")) {
            f.type = InputField::Type::Number;
        } else if (type == QLatin1String("boolean")) {
            f.type = InputField::Type::Boolean;
        }
        schema.fields.append(f);
    }
    std::stable_sort(schema.fields.begin(), schema.fields.end(), [](const InputField &a, const InputField &b) { return a.order < b.order; });
    return schema;
}

const InputField *TrainingInputSchema::field(const QString &name) const
{
    for (const InputField &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QJsonObject TrainingInputSchema::coerce(const QJsonObject &inputs) const
{
    QJsonObject out = inputs;
    for (auto it = out.begin(); it != out.end(); ++it) {
        const InputField *f = field(it.key());
        if (!f)
            continue;
        const QJsonValue v = it.value();
        switch (f->type) {
        case InputField::Type::String:
        case InputField::Type::File:
        case InputField::Type::Secret:
        case InputField::Type::Choice:
            if (v.isDouble())
                it.value() = number(v.toDouble());
            else if (v.isBool())
                it.value() = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case InputField::Type::Integer:
        case InputField::Type::Number:
            if (v.isString()) {
                bool ok = false;
                const double d = v.toString().trimmed().toDouble(&ok);
                if (ok)
                    it.value() = d;
            }
            break;
        case InputField::Type::Boolean:
            if (v.isString() && (v.toString() == QLatin1String("true") || v.toString() == QLatin1String("false")))
                it.value() = v.toString() == QLatin1String("true");
            break;
        }
    }
    return out;
}

Result<void> TrainingInputSchema::validate(const QJsonObject &inputs, const QStringList &later) const
{
    QStringList problems;
    QStringList known;
    for (const InputField &f : fields)
        known << f.name;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const InputField *f = field(it.key());
        if (!f) {
            problems << TrainTr::tr("%1: the trainer has no such input").arg(it.key());
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isNull())
            continue; // "use the trainer's default"
        switch (f->type) {
        case InputField::Type::Integer:
        case InputField::Type::Number: {
            if (!v.isDouble()) {
                problems << TrainTr::tr("%1: a number is needed").arg(f->name);
                break;
            }
            const double d = v.toDouble();
            if (f->type == InputField::Type::Integer && std::floor(d) != d)
                problems << TrainTr::tr("%1: a whole number is needed").arg(f->name);
            if (f->minimum && d < *f->minimum)
                problems << TrainTr::tr("%1: at least %2").arg(f->name, number(*f->minimum));
            if (f->maximum && d > *f->maximum)
                problems << TrainTr::tr("%1: at most %2").arg(f->name, number(*f->maximum));
            break;
        }
        case InputField::Type::Boolean:
            if (!v.isBool())
                problems << TrainTr::tr("%1: true or false").arg(f->name);
            break;
        case InputField::Type::Choice:
            if (!f->choices.contains(v.toVariant().toString()))
                problems << TrainTr::tr("%1: one of %2").arg(f->name, f->choices.join(QStringLiteral(", ")));
            break;
        case InputField::Type::String:
        case InputField::Type::File:
        case InputField::Type::Secret:
            if (!v.isString())
                problems << TrainTr::tr("%1: text is needed").arg(f->name);
            break;
        }
    }
    for (const InputField &f : fields) {
        if (f.required && !inputs.contains(f.name) && !later.contains(f.name) && f.defaultValue.isUndefined())
            problems << TrainTr::tr("%1: required").arg(f.name);
    }
    if (!problems.isEmpty())
        return Error(ErrorCode::InvalidArgument, TrainTr::tr("The trainer does not take these inputs:\n%1").arg(problems.join(QLatin1Char('\n'))));
    return {};
}

} // namespace lc::train
