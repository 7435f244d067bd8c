#include "trainingprogress.h"

#include <QRegularExpression>

namespace lc::train {

std::optional<TrainingProgress> parseTrainingProgress(const QString &logs, int expectedSteps)
{
    // Unanchored: ai-toolkit prefixes its bars ("flux_train_replicate:  45%|████▌     | 450/1000 [...]"),
    // which the anchored pattern of Replicate's JS client misses. The bar between the pipes never holds
    // a '|' (tqdm draws it with blocks, '#' or spaces).
    static const QRegularExpression bar(QStringLiteral("(\\d+)%\\|[^|]*\\|\\s*(\\d+)/(\\d+)"));

    // Logs of a long training run to megabytes: walk the lines backwards in place instead of splitting
    // the whole text into a list first.
    const QStringView text(logs);
    qsizetype end = text.size();
    while (end > 0) {
        qsizetype start = end;
        while (start > 0 && text[start - 1] != u'\n' && text[start - 1] != u'\r')
            --start;
        const QStringView line = text.sliced(start, end - start);
        end = start - 1; // past the separator (a "\r\n" pair only yields an empty line)

        if (!line.contains(u"%|"))
            continue; // most lines are not bars: skip them without running the expression

        // A line can hold more than one bar when a process wrote without a newline; the last one is the
        // newest.
        std::optional<TrainingProgress> found;
        auto matches = bar.globalMatch(line.toString());
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            bool okPercent = false, okStep = false, okTotal = false;
            TrainingProgress p;
            p.percent = m.capturedView(1).toInt(&okPercent);
            p.step = m.capturedView(2).toInt(&okStep);
            p.total = m.capturedView(3).toInt(&okTotal);
            if (!okPercent || !okStep || !okTotal) // digits beyond int: not a bar of ours
                continue;
            if (expectedSteps > 0 && p.total != expectedSteps)
                continue;
            found = p;
        }
        if (found)
            return found;
    }
    return std::nullopt;
}

} // namespace lc::train
