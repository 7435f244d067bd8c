#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lc::train {

// One input of a trainer, as its version's OpenAPI schema (TrainingInput) describes it
// (docs/replicate-api.md §7.1): what the Train dialog builds a field from and what values are checked
// against before anything is uploaded, so a trainer that adds an input needs no new release.
struct InputField
{
    enum class Type { String, Integer, Number, Boolean, File, Secret, Choice };
    QString name;
    QString title;
    QString description;
    Type type = Type::String;
    QJsonValue defaultValue; // undefined when the schema gives none
    std::optional<double> minimum;
    std::optional<double> maximum;
    QStringList choices; // Type::Choice: the enum's values
    bool required = false;
    int order = 0; // x-order
};

struct TrainingInputSchema
{
    QList<InputField> fields; // in x-order

    // From a version's openapi_schema: components.schemas.TrainingInput (else Input, as Cog does for
    // old versions); enums through allOf $ref. NotFound when the version has neither.
    static Result<TrainingInputSchema> fromOpenApi(const QJsonObject &openapiSchema);
    const InputField *field(const QString &name) const;

    // Values as the schema's types want them: "1500" for an integer, 1024 for a string, "true" for a
    // boolean (what a command line gives); anything that does not convert is left for validate().
    QJsonObject coerce(const QJsonObject &inputs) const;
    // Every problem at once (unknown input, wrong type, out of range, not one of the choices, a required
    // one missing), one per line, e.g. "lora_rank: at most 128". `later` lists inputs filled in after
    // the check (input_images, from the upload).
    Result<void> validate(const QJsonObject &inputs, const QStringList &later = {QStringLiteral("input_images")}) const;
};

} // namespace lc::train
