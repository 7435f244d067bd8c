#include "trainers.h"

#include "util/tr.h"

#include "export/exportplanner.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace lc {

QString KohyaTrainer::displayName() const
{
    return ExportTr::tr("kohya sd-scripts / kohya_ss");
}

QString KohyaTrainer::noTriggerMessage() const
{
    return ExportTr::tr("No trigger word is set; the kohya folder is named after the dataset.");
}

namespace {

// <repeats>_<text>: the folder name carries the repeats and the trigger and class words, which come from
// the user or from an imported folder name: no path separators (either kind), no characters Windows
// refuses, no control characters, no trailing dots or spaces, and short enough for Windows paths.
QString kohyaFolderName(int repeats, const QString &text)
{
    QString name;
    for (QChar c : text) {
        static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
        name += (c.unicode() < 0x20 || c.unicode() == 0x7F || forbidden.contains(c)) ? QLatin1Char(' ') : c;
    }
    name = name.simplified().left(80);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("dataset");
    return QStringLiteral("%1_%2").arg(repeats).arg(name);
}

} // namespace

QString KohyaTrainer::imageFolder(const ExportPlan &plan) const
{
    return QStringLiteral("img/") + kohyaFolderName(plan.options.repeats, conceptName(plan));
}

QString KohyaTrainer::subsetFolder(const ExportPlan &plan, int subset) const
{
    const ExportSubset &s = plan.subsets.at(subset);
    if (subset == 0)
        return imageFolder(plan);
    return (s.regularization ? QStringLiteral("reg/") : QStringLiteral("img/")) + kohyaFolderName(s.repeats, s.name);
}

Trainer::Files KohyaTrainer::configFiles(const ExportPlan &plan, const TrainerContext &context) const
{
    // dataset.toml for --dataset_config, with the schema's keys only (sd-scripts rejects unknown ones).
    // image_dir is absolute: sd-scripts resolves it against its working directory, not this file.
    const int res = plan.options.resolution;
    toml::table general{{"caption_extension", ".txt"}, {"shuffle_caption", false}, {"keep_tokens", keepTokens(plan)},
        {"enable_bucket", true}, {"bucket_no_upscale", true}, {"bucket_reso_steps", 64}, {"min_bucket_reso", 256},
        {"max_bucket_reso", maxBucketResolution(res)}};
    toml::array subsets;
    for (int i : usedSubsets(plan)) {
        const ExportSubset &s = plan.subsets.at(i);
        toml::table subset{{"image_dir", context.path(subsetFolder(plan, i)).toStdString()}, {"num_repeats", s.repeats},
            {"class_tokens", s.name.toStdString()}};
        if (s.regularization)
            subset.insert("is_reg", true);
        subsets.push_back(std::move(subset));
    }
    // One dataset per training resolution, each with every subset (kohya buckets each on its own).
    toml::array datasets;
    for (int r : plan.resolutions)
        datasets.push_back(toml::table{{"resolution", toml::array{r, r}}, {"batch_size", 1}, {"subsets", subsets}});
    const toml::table root{{"general", general}, {"datasets", datasets}};
    std::ostringstream toml;
    toml << root;
    QString text = QStringLiteral("# kohya sd-scripts dataset config written by LoRA Craft. Use: --dataset_config dataset.toml (see TRAINING.md)\n");
    if (context.archive)
        text += QStringLiteral("# Replace %1 with the folder this archive was unpacked to.\n").arg(TrainerContext::PathPlaceholder);
    text += QString::fromStdString(toml.str()) + QLatin1Char('\n');
    return {{{QStringLiteral("dataset.toml"), text.toUtf8()}}, {QStringLiteral("log"), QStringLiteral("model")}};
}

QString KohyaTrainer::trainingGuide(const ExportPlan &plan, const TrainerContext &context) const
{
    const TargetModel model = plan.dataset.settings.targetModel;
    const int res = plan.options.resolution;
    QString text = guideIntro(plan, context, QStringLiteral("kohya sd-scripts / kohya_ss"), {QStringLiteral("dataset.toml")});
    QString script, modelArgs;
    switch (model) {
    case TargetModel::Flux:
        script = QStringLiteral("flux_train_network.py");
        modelArgs = QStringLiteral("      --pretrained_model_name_or_path /models/flux1-dev.safetensors \\\n"
                                   "      --clip_l /models/clip_l.safetensors --t5xxl /models/t5xxl_fp16.safetensors --ae /models/ae.safetensors \\\n"
                                   "      --network_module networks.lora_flux --guidance_scale 1.0 --timestep_sampling shift \\\n");
        break;
    case TargetModel::Sdxl:
        script = QStringLiteral("sdxl_train_network.py");
        modelArgs = QStringLiteral("      --pretrained_model_name_or_path /models/sd_xl_base_1.0.safetensors --network_module networks.lora \\\n");
        break;
    case TargetModel::Sd15:
        script = QStringLiteral("train_network.py");
        modelArgs = QStringLiteral("      --pretrained_model_name_or_path /models/v1-5-pruned-emaonly.safetensors --network_module networks.lora \\\n");
        break;
    }
    const QString name = sanitizeStem(plan.dataset.name);
    QString regFolder;
    for (int i : usedSubsets(plan)) {
        if (plan.subsets.at(i).regularization)
            regFolder = subsetFolder(plan, i);
    }
    text += QStringLiteral("## 2. Train with the dataset config\n\n"
                           "From the sd-scripts folder (set the model paths to your files):\n\n"
                           "    accelerate launch %1 \\\n"
                           "      --dataset_config \"%2/dataset.toml\" \\\n"
                           "%3"
                           "      --output_dir \"%2/model\" --logging_dir \"%2/log\" --output_name \"%4\" --save_model_as safetensors \\\n"
                           "      --network_dim 16 --network_alpha 16 --learning_rate 1e-4 --optimizer_type AdamW8bit \\\n"
                           "      --max_train_epochs 10 --save_every_n_epochs 2 --mixed_precision bf16 --cache_latents --gradient_checkpointing\n\n")
                .arg(script, context.root, modelArgs, name);
    text += QStringLiteral("## 3. Or with the folder layout (kohya_ss GUI, or `--train_data_dir`)\n\n"
                           "`%1/img` holds the concept folder `%2` (repeats, then trigger and class). In the kohya_ss GUI set "
                           "Image folder `%1/img`, Output folder `%1/model`, Logging folder `%1/log` and **Caption file extension "
                           "`.txt`** (sd-scripts reads `.caption` by default). On the command line, instead of `--dataset_config`:\n\n"
                           "      --train_data_dir \"%1/img\" --caption_extension .txt --resolution %3,%3 --enable_bucket --bucket_no_upscale \\\n"
                           "      --min_bucket_reso 256 --max_bucket_reso %4 --keep_tokens %5%6\n\n")
                .arg(context.root, imageFolder(plan).section(QLatin1Char('/'), 1))
                .arg(res)
                .arg(maxBucketResolution(res))
                .arg(keepTokens(plan))
                .arg(regFolder.isEmpty() ? QString() : QStringLiteral(" --reg_data_dir \"%1/reg\"").arg(context.root));
    text += QStringLiteral("Captions start with the trigger; `keep_tokens` keeps it first if you turn on `shuffle_caption`.\n");
    return text;
}

namespace {

int roundToSteps(double x, int step)
{
    const int r = int(x + 0.5);
    return r - r % step;
}

} // namespace

QList<QSize> KohyaBuckets::makeBucketResolutions(qint64 maxArea, int minReso, int maxReso, int step)
{
    std::set<std::pair<int, int>> s;
    const int side = int(std::floor(std::sqrt(double(maxArea)) / step)) * step;
    s.insert({side, side});
    for (int w = minReso; w <= maxReso; w += step) {
        const int h = std::min<qint64>(maxReso, ((maxArea / w) / step) * step);
        if (h >= minReso) {
            s.insert({w, h});
            s.insert({h, w});
        }
    }
    QList<QSize> out;
    for (const auto &[w, h] : s)
        out.append(QSize(w, h));
    return out;
}

KohyaBuckets::KohyaBuckets(const Options &options) : m_options(options)
{
    int &minReso = m_options.minBucketReso;
    int &maxReso = m_options.maxBucketReso;
    const int step = m_options.step;
    if (minReso % step != 0)
        minReso -= minReso % step;
    if (maxReso % step != 0)
        maxReso += step - maxReso % step;
    const QSize res = m_options.resolution;
    m_valid = std::min(res.width(), res.height()) >= minReso && std::max(res.width(), res.height()) <= maxReso;
    m_maxArea = qint64(res.width()) * res.height();
    if (!m_options.noUpscale)
        m_buckets = makeBucketResolutions(m_maxArea, minReso, maxReso, step);
}

KohyaBuckets::Selection KohyaBuckets::select(QSize image) const
{
    const int W = image.width();
    const int H = image.height();
    const double ar = double(W) / double(H);
    Selection sel;
    if (!m_options.noUpscale) {
        QSize bucket;
        if (m_buckets.contains(image)) {
            bucket = image;
        } else {
            double best = 1e300;
            for (const QSize &b : m_buckets) { // numpy argmin: the first minimum wins
                const double err = std::abs(double(b.width()) / b.height() - ar);
                if (err < best) {
                    best = err;
                    bucket = b;
                }
            }
        }
        const double bucketAr = double(bucket.width()) / bucket.height();
        const double scale = ar > bucketAr ? double(bucket.height()) / H : double(bucket.width()) / W;
        sel.bucket = bucket;
        sel.resized = QSize(int(W * scale + 0.5), int(H * scale + 0.5));
        return sel;
    }
    const int step = m_options.step;
    QSize resized(W, H);
    if (qint64(W) * H > m_maxArea) {
        const double rw = std::sqrt(double(m_maxArea) * ar);
        const double rh = double(m_maxArea) / rw;
        const int bw1 = roundToSteps(rw, step);
        const int bh1 = roundToSteps(bw1 / ar, step);
        const double e1 = std::abs(double(bw1) / bh1 - ar);
        const int bh2 = roundToSteps(rh, step);
        const int bw2 = roundToSteps(bh2 * ar, step);
        const double e2 = std::abs(double(bw2) / bh2 - ar);
        resized = e1 < e2 ? QSize(bw1, int(bw1 / ar + 0.5)) : QSize(int(bh2 * ar + 0.5), bh2);
    }
    sel.resized = resized;
    sel.bucket = QSize(resized.width() - resized.width() % step, resized.height() - resized.height() % step);
    return sel;
}

KohyaBuckets::Options KohyaTrainer::options(int resolution, bool noUpscale)
{
    KohyaBuckets::Options o;
    o.resolution = QSize(resolution, resolution);
    o.maxBucketReso = maxBucketResolution(resolution);
    o.noUpscale = noUpscale;
    return o;
}

std::optional<BucketPlacement> KohyaTrainer::bucketFor(const QSize &image, const BucketTarget &target) const
{
    if (image.isEmpty() || target.resolution <= 0)
        return std::nullopt;
    const KohyaBuckets buckets(options(target.resolution, target.noUpscale));
    if (!buckets.isValid())
        return std::nullopt;
    const KohyaBuckets::Selection s = buckets.select(image);
    if (s.bucket.isEmpty())
        return std::nullopt; // smaller than one step: kohya's latents would be empty
    BucketPlacement p;
    p.bucket = s.bucket;
    p.resized = s.resized;
    p.cropOffset = QPoint((s.resized.width() - s.bucket.width()) / 2, (s.resized.height() - s.bucket.height()) / 2);
    return p;
}

} // namespace lc
