#include "appidentity.h"

#include <QCoreApplication>

namespace lc {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LoRA Craft"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("loracraft.app"));
    QCoreApplication::setApplicationName(QStringLiteral("loracraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LORACRAFT_VERSION));
}

} // namespace lc
