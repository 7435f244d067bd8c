#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The recorded Replicate payloads of tests/fixtures/replicate (docs/replicate-fixtures), for the local
// servers that stand in for Replicate.
namespace lc::test {

QByteArray replicateFixtureBytes(const QString &name); // empty when there is no such file
QJsonObject replicateFixture(const QString &name);
QByteArray compact(const QJsonObject &object); // one line, as Replicate sends JSON

} // namespace lc::test
