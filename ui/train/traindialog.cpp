#include "traindialog.h"

#include "replicate/replicateclient.h"
#include "secrets/secretstore.h"
#include "util/fileutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace lc::ui {

namespace {

// A number as people write it: 0.0004, 1e-06, 1.5 (not 0.00040000000000000002).
QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QString rangeText(const train::InputField &f)
{
    if (f.minimum && f.maximum)
        return TrainDialog::tr("From %1 to %2.").arg(numberText(*f.minimum), numberText(*f.maximum));
    if (f.minimum)
        return TrainDialog::tr("At least %1.").arg(numberText(*f.minimum));
    if (f.maximum)
        return TrainDialog::tr("At most %1.").arg(numberText(*f.maximum));
    return {};
}

} // namespace

TrainDialog::TrainDialog(const train::TrainingService &service, const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_dataset(dataset)
    , m_trainer(new QComboBox(this))
    , m_destination(new QComboBox(this))
    , m_create(new QCheckBox(tr("Create it (private) if it does not exist"), this))
    , m_destinationNote(new QLabel(this))
    , m_formNote(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_preflight(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_start(m_buttons->addButton(tr("Start Training"), QDialogButtonBox::AcceptRole))
    , m_destinationDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("trainDialog"));
    setWindowTitle(tr("Train “%1” on Replicate").arg(dataset.name));
    resize(780, 760);
    for (const train::TrainerPreset &p : train::TrainerPreset::all())
        m_trainer->addItem(p.label, p.key);
    m_destination->setEditable(true);
    m_destination->setInsertPolicy(QComboBox::NoInsert);
    m_destination->lineEdit()->setPlaceholderText(tr("owner/model-name"));
    m_destination->setToolTip(tr("The model on Replicate the training adds a version to. Each training of it adds a new version."));
    m_create->setChecked(true);
    for (QLabel *l : {m_destinationNote, m_formNote, m_summary, m_status}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_destinationNote->setForegroundRole(QPalette::PlaceholderText);
    m_formNote->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("trainStatus"));
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_start->setEnabled(false);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_preflight->setHeaderHidden(true);
    m_preflight->setRootIsDecorated(false);
    m_preflight->setMaximumHeight(130);
    m_destinationDelay->setSingleShot(true);
    m_destinationDelay->setInterval(400);

    auto *top = new QFormLayout;
    top->addRow(tr("&Trainer:"), m_trainer);
    top->addRow(tr("&Destination:"), m_destination);
    top->addRow(QString(), m_create);
    top->addRow(QString(), m_destinationNote);

    auto *inputs = new QGroupBox(tr("Trainer inputs"), this);
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addWidget(m_formNote);
    inputsLayout->addWidget(m_scroll, 1);

    auto *checks = new QGroupBox(tr("Pre-flight"), this);
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->addWidget(m_summary);
    checksLayout->addWidget(m_preflight);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(inputs, 1);
    layout->addWidget(checks);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TrainDialog::tryAccept);
    connect(m_trainer, &QComboBox::currentIndexChanged, this, &TrainDialog::trainerChanged);
    connect(m_destination, &QComboBox::editTextChanged, this, [this] {
        m_destinationEdited = true;
        m_destinationState.reset();
        updateState();
        m_destinationDelay->start();
    });
    connect(m_create, &QCheckBox::toggled, this, &TrainDialog::updateState);
    connect(m_destinationDelay, &QTimer::timeout, this, &TrainDialog::checkDestination);

    // The destinations trained before (any dataset's) are offered first: Replicate has no list of "my models".
    m_historyRun.start(m_service.history({}), this, [this](const Result<QList<train::TrainingRecord>> &history) {
        if (!history)
            return;
        QStringList seen;
        for (const train::TrainingRecord &r : *history) {
            if (!r.state.destination.isEmpty() && !seen.contains(r.state.destination))
                seen << r.state.destination;
        }
        const QString current = m_destination->currentText();
        const QSignalBlocker block(m_destination);
        m_destination->addItems(seen);
        m_destination->setEditText(current);
    });
    SecretStore().lookupReplicateTokenAsync(this, [this](const Secret &secret) {
        m_token = secret.value;
        m_tokenLooked = true;
        loadTrainer();
    });
    m_summary->setText(tr("Checking the dataset…"));
    m_formNote->setText(tr("Looking up the trainer's inputs…"));
    loadDraft();
}

void TrainDialog::trainerChanged()
{
    m_draft.reset();
    m_details.reset();
    loadDraft();
    if (m_tokenLooked)
        loadTrainer();
    updateState();
}

void TrainDialog::loadDraft()
{
    m_draftRun.start(m_service.draft(m_dataset.id, m_trainer->currentData().toString()), this,
        [this](const Result<train::TrainingDraft> &draft) {
            m_draft = draft;
            buildForm();
            updateState();
            Q_EMIT updated();
        });
}

void TrainDialog::loadTrainer()
{
    m_formNote->setText(tr("Looking up the trainer's inputs on Replicate…"));
    m_trainerRun.start(m_service.trainer(m_trainer->currentData().toString(), m_token), this,
        [this](const Result<train::TrainerDetails> &details) {
            m_details = details;
            if (details && !m_destinationEdited) {
                const QSignalBlocker block(m_destination);
                m_destination->setEditText(train::TrainingService::defaultDestination(details->username, m_dataset.name));
                m_destinationEdited = false;
            }
            buildForm();
            checkDestination();
            updateState();
            Q_EMIT updated();
        });
}

void TrainDialog::checkDestination()
{
    m_destinationDelay->stop();
    const QString path = m_destination->currentText().trimmed();
    if (path.isEmpty() || m_token.isEmpty() || !m_details || !*m_details) {
        m_destinationRun.cancel();
        updateState();
        return;
    }
    m_destinationRun.start(m_service.destination(path, m_token), this, [this](const Result<train::DestinationDetails> &d) {
        m_destinationState = d;
        updateState();
        Q_EMIT updated();
    });
    updateState();
}

void TrainDialog::buildForm()
{
    // Keeps what the user typed when the form is rebuilt for the same trainer (the draft and the
    // schema arrive in either order).
    const QJsonObject typed = m_form ? inputs() : QJsonObject();
    const QString trainer = m_trainer->currentData().toString();
    const bool sameTrainer = m_form && m_form->property("trainer").toString() == trainer;
    m_fields.clear();
    m_order.clear();
    m_form = new QWidget;
    m_form->setProperty("trainer", trainer);
    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const QJsonObject suggested = m_draft && *m_draft ? (*m_draft)->suggested : QJsonObject();
    auto initial = [&](const QString &name, const QJsonValue &fallback) {
        if (sameTrainer && typed.contains(name))
            return typed.value(name);
        if (suggested.contains(name))
            return suggested.value(name);
        return fallback;
    };

    QList<train::InputField> fields;
    if (m_details && *m_details && (*m_details)->schema) {
        fields = (*m_details)->schema->fields;
        m_formNote->setText(tr("Inputs of %1, version %2, as Replicate describes them. Our values for this dataset are filled in; "
                               "hover over a name for what it does.")
                                .arg(train::TrainerPreset::find(trainer)->model, (*m_details)->version.left(12)));
    } else {
        // No schema (or no answer yet): our own inputs, typed by their values.
        for (auto it = suggested.begin(); it != suggested.end(); ++it) {
            train::InputField f;
            f.name = it.key();
            f.type = it->isBool() ? train::InputField::Type::Boolean
                : it->isDouble()  ? (std::floor(it->toDouble()) == it->toDouble() ? train::InputField::Type::Integer
                                                                                    : train::InputField::Type::Number)
                                  : train::InputField::Type::String;
            fields.append(f);
        }
        if (m_details && !*m_details)
            m_formNote->setText(tr("The trainer's inputs could not be looked up (%1). These are LoRA Craft's values for the dataset.")
                                    .arg((*m_details).error().message));
        else if (m_details)
            m_formNote->setText(tr("This version of the trainer publishes no input schema: LoRA Craft's values are sent, "
                                   "and Replicate checks them."));
    }

    for (const train::InputField &f : std::as_const(fields)) {
        if (f.name == QLatin1String("input_images"))
            continue; // the upload fills it in
        const QJsonValue value = initial(f.name, f.defaultValue);
        QWidget *editor = nullptr;
        switch (f.type) {
        case train::InputField::Type::Integer: {
            auto *spin = new QSpinBox;
            const double lo = f.minimum.value_or(std::numeric_limits<int>::min());
            const double hi = f.maximum.value_or(std::numeric_limits<int>::max());
            spin->setRange(int(std::max<double>(lo, std::numeric_limits<int>::min())),
                int(std::min<double>(hi, std::numeric_limits<int>::max())));
            spin->setValue(value.isUndefined() || value.isNull() ? std::max(0, spin->minimum()) : value.toInt());
            spin->setProperty("unset", value.isUndefined() || value.isNull());
            connect(spin, &QSpinBox::valueChanged, spin, [spin] { spin->setProperty("unset", false); });
            editor = spin;
            break;
        }
        case train::InputField::Type::Number: {
            auto *edit = new QLineEdit(value.isDouble() ? numberText(value.toDouble()) : QString());
            auto *validator = new QDoubleValidator(edit);
            validator->setNotation(QDoubleValidator::ScientificNotation);
            validator->setLocale(QLocale::c());
            edit->setValidator(validator);
            edit->setPlaceholderText(tr("not set"));
            editor = edit;
            break;
        }
        case train::InputField::Type::Boolean: {
            auto *box = new QCheckBox;
            box->setChecked(value.toBool());
            editor = box;
            break;
        }
        case train::InputField::Type::Choice: {
            auto *combo = new QComboBox;
            combo->addItems(f.choices);
            combo->setCurrentText(valueText(value));
            editor = combo;
            break;
        }
        case train::InputField::Type::Secret: {
            auto *edit = new QLineEdit(value.toString());
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("not set (secret: Replicate removes it once delivered)"));
            editor = edit;
            break;
        }
        case train::InputField::Type::File:
        case train::InputField::Type::String: {
            auto *edit = new QLineEdit(value.isString() ? value.toString() : (value.isUndefined() || value.isNull() ? QString() : valueText(value)));
            edit->setPlaceholderText(f.type == train::InputField::Type::File ? tr("a URL") : tr("not set"));
            editor = edit;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("input_") + f.name);
        QString tip = f.description;
        if (const QString range = rangeText(f); !range.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral(" ")) + range;
        if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull())
            tip += (tip.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Trainer's default: %1.").arg(valueText(f.defaultValue));
        if (suggested.contains(f.name))
            tip += (tip.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Filled in by LoRA Craft for this dataset.");
        editor->setToolTip(tip);
        auto *label = new QLabel(f.title.isEmpty() ? f.name : f.title);
        label->setToolTip(QStringLiteral("%1\n\n%2").arg(f.name, tip));
        if (suggested.contains(f.name)) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        form->addRow(label, editor);
        m_fields.insert(f.name, editor);
        m_order << f.name;
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            connect(line, &QLineEdit::textChanged, this, &TrainDialog::updateState);
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            connect(spin, &QSpinBox::valueChanged, this, &TrainDialog::updateState);
    }
    m_scroll->setWidget(m_form); // deletes the previous form
}

QJsonObject TrainDialog::inputs() const
{
    QJsonObject out;
    for (const QString &name : m_order) {
        QWidget *w = m_fields.value(name);
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            if (!spin->property("unset").toBool())
                out.insert(name, spin->value());
        } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
            out.insert(name, box->isChecked());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!combo->currentText().isEmpty())
                out.insert(name, combo->currentText());
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            const QString text = line->text().trimmed();
            if (text.isEmpty())
                continue;
            if (line->validator()) {
                bool ok = false;
                const double v = QLocale::c().toDouble(text, &ok);
                out.insert(name, ok ? QJsonValue(v) : QJsonValue(text));
            } else {
                out.insert(name, text);
            }
        }
    }
    return out;
}

train::TrainingRequest TrainDialog::request() const
{
    train::TrainingRequest r;
    r.dataset = m_dataset.id;
    r.trainer = m_trainer->currentData().toString();
    r.destination = m_destination->currentText().trimmed();
    r.createDestination = m_create->isChecked();
    r.inputs = inputs();
    return r;
}

bool TrainDialog::isLoading() const
{
    return !m_tokenLooked || m_draftRun.isRunning() || m_trainerRun.isRunning() || m_destinationRun.isRunning()
        || m_destinationDelay->isActive();
}

bool TrainDialog::canStart() const
{
    return m_start->isEnabled();
}

void TrainDialog::updateState()
{
    QStringList problems;
    // The dataset.
    m_preflight->clear();
    if (!m_draft) {
        m_summary->setText(tr("Checking the dataset…"));
        problems << QString();
    } else if (!*m_draft) {
        m_summary->setText(tr("The dataset cannot be checked: %1").arg((*m_draft).error().message));
        problems << (*m_draft).error().message;
    } else {
        const train::TrainingDraft &d = **m_draft;
        QStringList parts;
        parts << (d.captioned == d.images ? tr("%n image(s), all captioned", nullptr, d.images)
                                          : tr("%n image(s), %1 without a caption", nullptr, d.images).arg(d.images - d.captioned));
        const bool tooBig = d.estimatedBytes > train::TrainingRun::MaxUploadBytes;
        parts << tr("ZIP about %1 (Replicate takes up to 100 MB)").arg(FileUtil::formatBytes(d.estimatedBytes));
        QString text = parts.join(QStringLiteral(" · "));
        const QString estimate = train::TrainingService::estimate(d.trainer, inputs());
        if (!estimate.isEmpty())
            text += QStringLiteral("\n") + estimate;
        m_summary->setText(text);
        for (const PreflightIssue &issue : d.issues) {
            auto *row = new QTreeWidgetItem(m_preflight, {issue.message});
            const QStyle::StandardPixmap icon = issue.severity == PreflightIssue::Severity::Error ? QStyle::SP_MessageBoxCritical
                : issue.severity == PreflightIssue::Severity::Warning                             ? QStyle::SP_MessageBoxWarning
                                                                                                  : QStyle::SP_MessageBoxInformation;
            row->setIcon(0, style()->standardIcon(icon));
            row->setToolTip(0, issue.items.mid(0, 20).join(QLatin1Char('\n')));
        }
        if (tooBig) {
            auto *row = new QTreeWidgetItem(m_preflight,
                {tr("The images add up to %1: the ZIP may pass 100 MB. Export smaller images (a long side of 1024 or 1536 px is "
                    "plenty for a LoRA) or fewer of them; the size is checked again once the ZIP is made.")
                        .arg(FileUtil::formatBytes(d.estimatedBytes))});
            row->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (d.images == 0)
            problems << tr("The dataset has no images to train on.");
        else if (d.blocked())
            problems << tr("Fix the errors of the pre-flight first.");
        if (m_preflight->topLevelItemCount() == 0)
            new QTreeWidgetItem(m_preflight, {tr("No problems found.")});
    }

    // The account and the trainer.
    if (!m_tokenLooked || !m_details) {
        problems << QString();
    } else if (!*m_details) {
        problems << (*m_details).error().message;
    }

    // The destination.
    const QString path = m_destination->currentText().trimmed();
    auto ref = replicate::ModelRef::parse(path);
    if (path.isEmpty()) {
        m_destinationNote->setText(tr("Name the model the training adds a version to, as owner/name."));
        problems << tr("Choose a destination model.");
    } else if (!ref || !ref->version.isEmpty()) {
        m_destinationNote->setText(tr("A destination is owner/name: lowercase letters, digits, dots, dashes and underscores."));
        problems << tr("The destination is not owner/name.");
    } else if (!m_destinationState) {
        m_destinationNote->setText(m_details && *m_details ? tr("Checking %1 on Replicate…").arg(path) : QString());
        problems << QString();
    } else if (!*m_destinationState) {
        m_destinationNote->setText(tr("Cannot check %1: %2").arg(path, (*m_destinationState).error().message));
        problems << (*m_destinationState).error().message;
    } else if ((*m_destinationState)->exists) {
        m_destinationNote->setText((*m_destinationState)->latestVersion.isEmpty()
                ? tr("%1 exists; the training gives it its first version.").arg(path)
                : tr("%1 exists; the training adds a new version to it.").arg(path));
    } else if (m_create->isChecked()) {
        const QString username = m_details && *m_details ? (*m_details)->username : QString();
        m_destinationNote->setText(ref->owner == username || username.isEmpty()
                ? tr("%1 does not exist yet: it will be created, private, when the training starts.").arg(path)
                : tr("%1 does not exist yet: it will be created, private, if your token may act for %2.").arg(path, ref->owner));
    } else {
        m_destinationNote->setText(tr("%1 does not exist. Let LoRA Craft create it, or create it on replicate.com.").arg(path));
        problems << tr("The destination does not exist.");
    }

    // The inputs against the trainer's schema.
    if (m_details && *m_details && (*m_details)->schema) {
        const train::TrainingInputSchema &schema = *(*m_details)->schema;
        if (auto valid = schema.validate(schema.coerce(inputs())); !valid)
            problems << valid.error().message;
    }

    problems.removeAll(QString());
    const bool waiting = isLoading() || !m_draft || !m_details;
    m_start->setEnabled(problems.isEmpty() && !waiting);
    if (!problems.isEmpty())
        m_status->setText(QStringLiteral("<span style=\"color:#e0564c\">%1</span>").arg(problems.first().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    else if (waiting)
        m_status->setText(tr("Checking…"));
    else
        m_status->setText(tr("Ready: the dataset is exported and uploaded, then the training starts on Replicate (billed to your account)."));
}

void TrainDialog::tryAccept()
{
    updateState();
    if (m_start->isEnabled())
        accept();
}

} // namespace lc::ui
