#pragma once

#include "async/async.h"
#include "export/trainers/trainer.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace lc {
class LibraryService;
struct Dataset;
struct ItemRow;
}

namespace lc::ui {

class CropEditor;

// Edit Crop…: one image, large, with the crop tool (CropEditor): shape presets (free, 1:1, 2:3, 3:2,
// 3:4, 4:3, 9:16, 16:9, the nearest bucket of the trainer), sizes snapped to the trainer's bucket step,
// the crop in pixels and the bucket it lands in for that trainer; Reset takes the whole image. The
// original is never touched: OK stores the rectangle (one undo step, by the caller).
class CropDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CropDialog)

public:
    CropDialog(const LibraryService &service, const ItemRow &item, const Dataset &dataset, QWidget *parent = nullptr);

    // nullopt: no crop (the whole image).
    std::optional<QRect> crop() const;
    CropEditor *editor() const { return m_editor; }
    void setShape(const QString &key); // "free", "1:1", ..., "bucket"
    QString bucketText() const;

    void accept() override;

private:
    void applyShape();
    void describe();

    const BucketTarget m_target; // the dataset's model and resolution
    CropEditor *m_editor;
    QComboBox *m_shape;
    QComboBox *m_trainer;
    QCheckBox *m_snap;
    QLabel *m_info;
    async::Latest<QImage> m_load;
};

} // namespace lc::ui
