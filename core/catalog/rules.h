#pragma once

#include <QtGlobal>

namespace lc {

// Rules about items that the grid, the editor and the export pre-flight must agree on. Pure functions.

// An image is low resolution for a dataset when it has fewer than half the pixels of the dataset's
// target resolution squared (width × height × 2 < target²): the LOW RES badge in the grid and the
// "low-resolution" warning of the export pre-flight both use this. Width and height are as displayed
// (after EXIF orientation and any crop). A target of 0 or less never makes an image low resolution.
constexpr bool isLowResolution(int width, int height, int targetResolution)
{
    if (targetResolution <= 0)
        return false;
    return qint64(width) * qint64(height) * 2 < qint64(targetResolution) * qint64(targetResolution);
}

} // namespace lc
