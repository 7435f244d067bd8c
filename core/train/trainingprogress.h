#pragma once

#include <QString>

#include <optional>

// How far a Replicate training has got. Replicate reports no progress of its own: the trainers print
// tqdm progress bars to stdout, and the training's `logs` field carries that stdout.
namespace lc::train {

struct TrainingProgress
{
    int percent = 0; // as tqdm printed it (0-100)
    int step = 0;
    int total = 0;
};

// The last training-step bar in a trainer's stdout: lines split on '\n' and '\r' (tqdm redraws a bar in
// place with '\r'), scanned from the end for `NN%|...| step/total`, prefix allowed (the Flux trainer puts
// its job name before the bar). Captioning and model downloads print bars too, so only a bar whose total
// is expectedSteps counts (any bar when expectedSteps <= 0). nullopt when there is none yet.
std::optional<TrainingProgress> parseTrainingProgress(const QString &logs, int expectedSteps);

} // namespace lc::train
