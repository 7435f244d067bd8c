#include "libraryhealth.h"

#include "async/async.h"
#include "catalog/snapshots.h"
#include "library/library.h"
#include "library/libraryservice.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace lc::ui {

LibraryHealth::LibraryHealth(const Library &library, const LibraryService &service, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_service(service)
    , m_banner(new QFrame(window))
    , m_text(new QLabel(m_banner))
    , m_daily(new QTimer(this))
{
    m_banner->setObjectName(QStringLiteral("healthBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0x5c, 0x3a, 0x10));
    palette.setColor(QPalette::WindowText, QColor(0xff, 0xe8, 0xc2));
    m_banner->setPalette(palette);
    m_text->setObjectName(QStringLiteral("healthText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *restore = new QPushButton(tr("Restore Snapshot…"), m_banner);
    restore->setObjectName(QStringLiteral("healthRestore"));
    auto *hide = new QPushButton(tr("Hide"), m_banner);
    connect(restore, &QPushButton::clicked, this, &LibraryHealth::restoreRequested);
    connect(hide, &QPushButton::clicked, m_banner, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(restore);
    layout->addWidget(hide);
    m_banner->hide();

    m_daily->setInterval(3600 * 1000);
    connect(m_daily, &QTimer::timeout, this, &LibraryHealth::snapshotIfDue);
}

QWidget *LibraryHealth::banner() const
{
    return m_banner;
}

QString LibraryHealth::bannerText() const
{
    return m_text->text();
}

void LibraryHealth::addWarning(const QString &html)
{
    m_warnings << html;
    m_text->setText(m_warnings.join(QStringLiteral("<br><br>")));
    m_banner->show();
}

void LibraryHealth::start()
{
    if (const QString fs = m_library.networkFileSystem(); !fs.isEmpty()) {
        addWarning(tr("<b>This library is on a network drive (%1).</b> SQLite cannot lock a catalog reliably there: never open "
                      "it from two computers at once, and if the drive goes away while LoRA Craft writes, edits can be lost. "
                      "A library on a local disk is safer; copy the folder there to move it.")
                       .arg(fs.toHtmlEscaped()));
    }
    async::onResult(m_service.quickCheck(), this, [this](const Result<QString> &result) {
        const bool ok = result && *result == QLatin1String("ok");
        if (!ok) {
            const QString problem = result ? *result : result.error().message;
            addWarning(tr("<b>The catalog failed its integrity check</b> (%1). LoRA Craft will not import into it or clean it "
                          "up until it is sound. Next steps: <b>File → Restore Snapshot…</b> to go back to a sound copy (the "
                          "damaged catalog is kept aside), or run <tt>loracraft-cli fsck</tt> for the full report.")
                           .arg(problem.toHtmlEscaped()));
        }
        Q_EMIT checked(ok);
    });
    QTimer::singleShot(60 * 1000, this, &LibraryHealth::snapshotIfDue);
    m_daily->start();
}

void LibraryHealth::snapshotIfDue()
{
    async::onResult(m_service.snapshotIfDue(), this, [this](const Result<std::optional<Snapshots::SnapshotInfo>> &made) {
        if (!made) {
            Q_EMIT message(tr("The daily snapshot of the catalog failed: %1").arg(made.error().message));
            return;
        }
        if (*made)
            Q_EMIT snapshotTaken((*made)->name);
    });
}

} // namespace lc::ui
