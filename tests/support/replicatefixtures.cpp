#include "replicatefixtures.h"

#include <QFile>
#include <QJsonDocument>

namespace lc::test {

QByteArray replicateFixtureBytes(const QString &name)
{
    QFile f(QStringLiteral(LC_REPLICATE_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing Replicate fixture %s", qPrintable(name));
    return f.readAll();
}

QJsonObject replicateFixture(const QString &name)
{
    return QJsonDocument::fromJson(replicateFixtureBytes(name)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace lc::test
