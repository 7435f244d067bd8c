<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Caption</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n face</numerusform>
            <numerusform>%n faces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would edit %n item(s) of “%1”.</source>
        <translation>
            <numerusform>Would edit %n item of “%1”.</numerusform>
            <numerusform>Would edit %n items of “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed: edited %n item(s) of “%1”.</source>
        <translation>
            <numerusform>Committed: edited %n item of “%1”.</numerusform>
            <numerusform>Committed: edited %n items of “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of the workspace %1 (%2).</source>
        <translation>
            <numerusform>No near-duplicates among the %n image of the workspace %1 (%2).</numerusform>
            <numerusform>No near-duplicates among the %n images of the workspace %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of %1 (%2).</source>
        <translation>
            <numerusform>No near-duplicates among the %n image of %1 (%2).</numerusform>
            <numerusform>No near-duplicates among the %n images of %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of the workspace %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>%1 group(s) of near-duplicates among the %n image of the workspace %2 (%3): %4 image(s) beyond one per group.</numerusform>
            <numerusform>%1 group(s) of near-duplicates among the %n images of the workspace %2 (%3): %4 image(s) beyond one per group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>%1 group(s) of near-duplicates among the %n image of %2 (%3): %4 image(s) beyond one per group.</numerusform>
            <numerusform>%1 group(s) of near-duplicates among the %n images of %2 (%3): %4 image(s) beyond one per group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash; restore them from the trash in the app.</source>
        <translation>
            <numerusform>Moved %n image to the trash; restore it from the trash in the app.</numerusform>
            <numerusform>Moved %n images to the trash; restore them from the trash in the app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CropTr</name>
    <message numerus="yes">
        <source>%n unreadable image(s)</source>
        <translation>
            <numerusform>%n unreadable image</numerusform>
            <numerusform>%n unreadable images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message numerus="yes">
        <source>%n image(s) measured</source>
        <translation>
            <numerusform>%n image measured</numerusform>
            <numerusform>%n images measured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable thumbnail(s)</source>
        <translation>
            <numerusform>%n unreadable thumbnail</numerusform>
            <numerusform>%n unreadable thumbnails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1 and %2 more. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n image has lost its stored original: %1 and %2 more. Nothing was written. Run `loracraft-cli fsck --repair` to bring it back from where it was imported, or move it to the trash to export without it.</numerusform>
            <numerusform>%n images have lost their stored original: %1 and %2 more. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n image has lost its stored original: %1. Nothing was written. Run `loracraft-cli fsck --repair` to bring it back from where it was imported, or move it to the trash to export without it.</numerusform>
            <numerusform>%n images have lost their stored original: %1. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds at least %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>The catalog %1 is empty (0 bytes) but the library holds at least %n stored image. It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</numerusform>
            <numerusform>The catalog %1 is empty (0 bytes) but the library holds at least %n stored images. It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>The catalog %1 is empty (0 bytes) but the library holds %n stored image. It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</numerusform>
            <numerusform>The catalog %1 is empty (0 bytes) but the library holds %n stored images. It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message numerus="yes">
        <source>%1: rate limited, retrying in %n s</source>
        <translation>
            <numerusform>%1: rate limited, retrying in %n s</numerusform>
            <numerusform>%1: rate limited, retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), retrying in %n s</source>
        <translation>
            <numerusform>%1 failed (%2), retrying in %n s</numerusform>
            <numerusform>%1 failed (%2), retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Openverse limits anonymous searches and asked to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>Openverse limits anonymous searches and asked to wait %n second. Try again later.</numerusform>
            <numerusform>Openverse limits anonymous searches and asked to wait %n seconds. Try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message numerus="yes">
        <source>%n image(s) made with %1</source>
        <translation>
            <numerusform>%n image made with %1</numerusform>
            <numerusform>%n images made with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</source>
        <translation>
            <numerusform>About %n minute on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</numerusform>
            <numerusform>About %n minutes on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the archive holds %1 and %n more file(s)</source>
        <translation>
            <numerusform>the archive holds %1 and %n more file</numerusform>
            <numerusform>the archive holds %1 and %n more files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ExportJob</name>
    <message numerus="yes">
        <source>%n image(s) · %1</source>
        <translation>
            <numerusform>%n image · %1</numerusform>
            <numerusform>%n images · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ImportJob</name>
    <message numerus="yes">
        <source>Downloading (%n failed)</source>
        <translation>
            <numerusform>Downloading (%n failed)</numerusform>
            <numerusform>Downloading (%n failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::AutoCropOptionsDialog</name>
    <message numerus="yes">
        <source>The %n selected image(s)</source>
        <translation>
            <numerusform>The %n selected image</numerusform>
            <numerusform>The %n selected images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketsPanel</name>
    <message numerus="yes">
        <source>%1 at %2: %n image(s), %3 step(s) per epoch</source>
        <translation>
            <numerusform>%1 at %2: %n image, %3 step per epoch</numerusform>
            <numerusform>%1 at %2: %n images, %3 steps per epoch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n bucket</numerusform>
            <numerusform>%n buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) per epoch at batch size %1</source>
        <translation>
            <numerusform>%n step per epoch at batch size %1</numerusform>
            <numerusform>%n steps per epoch at batch size %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) with fewer images than the batch size</source>
        <translation>
            <numerusform>%n bucket with fewer images than the batch size</numerusform>
            <numerusform>%n buckets with fewer images than the batch size</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) upscaled</source>
        <translation>
            <numerusform>%n placement upscaled</numerusform>
            <numerusform>%n placements upscaled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) left out by the trainer (too small)</source>
        <translation>
            <numerusform>%n placement left out by the trainer (too small)</numerusform>
            <numerusform>%n placements left out by the trainer (too small)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionDialog</name>
    <message numerus="yes">
        <source>Selected images (%n)</source>
        <translation>
            <numerusform>Selected images (%n)</numerusform>
            <numerusform>Selected images (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images shown in the grid (%n)</source>
        <translation>
            <numerusform>Images shown in the grid (%n)</numerusform>
            <numerusform>Images shown in the grid (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every active image of %1 (%n)</source>
        <translation>
            <numerusform>Every active image of %1 (%n)</numerusform>
            <numerusform>Every active image of %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionSettingsPage</name>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>The server offers %n model.</numerusform>
            <numerusform>The server offers %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::CollectPanel</name>
    <message numerus="yes">
        <source>Results: %n of about %1</source>
        <translation>
            <numerusform>Results: %n of about %1</numerusform>
            <numerusform>Results: %n of about %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>Results: %n</numerusform>
            <numerusform>Results: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller than the minimum size left out</source>
        <translation>
            <numerusform>%n smaller than the minimum size left out</numerusform>
            <numerusform>%n smaller than the minimum size left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Results: %n.</source>
        <translation>
            <numerusform>Stopped. Results: %n.</numerusform>
            <numerusform>Stopped. Results: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n to %1</source>
        <translation>
            <numerusform>Add %n to %1</numerusform>
            <numerusform>Add %n to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::CropReviewDialog</name>
    <message numerus="yes">
        <source>%n face(s) kept</source>
        <translation>
            <numerusform>%n face kept</numerusform>
            <numerusform>%n faces kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Crop(s)</source>
        <translation>
            <numerusform>Apply %n Crop</numerusform>
            <numerusform>Apply %n Crops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n images · keep %1</source>
        <translation>
            <numerusform>%n image · keep %1</numerusform>
            <numerusform>%n images · keep %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s).</source>
        <translation>
            <numerusform>No near-duplicates among the %n image.</numerusform>
            <numerusform>No near-duplicates among the %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) stored by an earlier version were hashed first.)</source>
        <translation>
            <numerusform>(%n image stored by an earlier version were hashed first.)</numerusform>
            <numerusform>(%n images stored by an earlier version were hashed first.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep 1 of %n Duplicates</source>
        <translation>
            <numerusform>Keep 1 of %n Duplicates</numerusform>
            <numerusform>Keep 1 of %n Duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %1, %n moved to the trash</source>
        <translation>
            <numerusform>kept %1, %n moved to the trash</numerusform>
            <numerusform>kept %1, %n moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; %n duplicate(s) moved to the trash (Edit → Undo brings them back).</source>
        <translation>
            <numerusform>Kept %1; %n duplicate moved to the trash (Edit → Undo brings them back).</numerusform>
            <numerusform>Kept %1; %n duplicates moved to the trash (Edit → Undo brings them back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%n image(s) ready to export, with %1 warning(s), about %2.</source>
        <translation>
            <numerusform>%n image ready to export, with %1 warning(s), about %2.</numerusform>
            <numerusform>%n images ready to export, with %1 warning(s), about %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, about %1.</source>
        <translation>
            <numerusform>%n image ready to export, about %1.</numerusform>
            <numerusform>%n images ready to export, about %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::GeneralSettingsPage</name>
    <message numerus="yes">
        <source>Empty File → Open Recent (%n librar(y/ies) listed); no library is touched</source>
        <translation>
            <numerusform>Empty File → Open Recent (%n library listed); no library is touched</numerusform>
            <numerusform>Empty File → Open Recent (%n libraries listed); no library is touched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::GridPanel</name>
    <message numerus="yes">
        <source>Show only images flagged “%1” (%n image(s))</source>
        <translation>
            <numerusform>Show only images flagged “%1” (%n image)</numerusform>
            <numerusform>Show only images flagged “%1” (%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not checked yet</source>
        <translation>
            <numerusform>%n image not checked yet</numerusform>
            <numerusform>%n images not checked yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemActions</name>
    <message numerus="yes">
        <source>Copied %n tag(s)</source>
        <translation>
            <numerusform>Copied %n tag</numerusform>
            <numerusform>Copied %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Crop %n Image(s) to Content</source>
        <translation>
            <numerusform>Crop %n Image to Content</numerusform>
            <numerusform>Crop %n Images to Content</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s) to the picture inside their bars. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Cropped %n image to the picture inside their bars. Undo with Ctrl+Z.</numerusform>
            <numerusform>Cropped %n images to the picture inside their bars. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Crop of %n Image(s)</source>
        <translation>
            <numerusform>Clear the Crop of %n Image</numerusform>
            <numerusform>Clear the Crop of %n Images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryActions</name>
    <message numerus="yes">
        <source>Auto-Crop %n Image(s)</source>
        <translation>
            <numerusform>Auto-Crop %n Image</numerusform>
            <numerusform>Auto-Crop %n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Cropped %n image. Undo with Ctrl+Z.</numerusform>
            <numerusform>Cropped %n images. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked the catalog and %n stored image(s) (%1).</source>
        <translation>
            <numerusform>Checked the catalog and %n stored image (%1).</numerusform>
            <numerusform>Checked the catalog and %n stored images (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are missing.</source>
        <translation>
            <numerusform>%n stored original is missing.</numerusform>
            <numerusform>%n stored originals are missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are damaged (their content changed on disk).</source>
        <translation>
            <numerusform>%n stored original is damaged (their content changed on disk).</numerusform>
            <numerusform>%n stored originals are damaged (their content changed on disk).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n image(s).</source>
        <translation>
            <numerusform>Repaired %n image.</numerusform>
            <numerusform>Repaired %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be brought back: %1</source>
        <translation>
            <numerusform>%n could not be brought back: %1</numerusform>
            <numerusform>%n could not be brought back: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryPanel</name>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</source>
        <translation>
            <numerusform>Delete the %n image in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</numerusform>
            <numerusform>Delete the %n images in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) from the trash</source>
        <translation>
            <numerusform>Deleted %n image from the trash</numerusform>
            <numerusform>Deleted %n images from the trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::MainWindow</name>
    <message numerus="yes">
        <source>Downloading into %1: %n selected…</source>
        <translation>
            <numerusform>Downloading into %1: %n selected…</numerusform>
            <numerusform>Downloading into %1: %n selected…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::SnapshotsDialog</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n dataset</numerusform>
            <numerusform>%n datasets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in %1</source>
        <translation>
            <numerusform>%n snapshot in %1</numerusform>
            <numerusform>%n snapshots in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::TaskStatus</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::TasksPanel</name>
    <message numerus="yes">
        <source>Import the rest of %n input(s) into %1; images already there are skipped.</source>
        <translation>
            <numerusform>Import the rest of %n input into %1; images already there are skipped.</numerusform>
            <numerusform>Import the rest of %n inputs into %1; images already there are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainDialog</name>
    <message numerus="yes">
        <source>%n image(s), all captioned</source>
        <translation>
            <numerusform>%n image, all captioned</numerusform>
            <numerusform>%n images, all captioned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 without a caption</source>
        <translation>
            <numerusform>%n image, %1 without a caption</numerusform>
            <numerusform>%n images, %1 without a caption</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::UrlImportDialog</name>
    <message numerus="yes">
        <source>To download: %n.</source>
        <translation>
            <numerusform>To download: %n.</numerusform>
            <numerusform>To download: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, not an http or https address (%n): %1</source>
        <translation>
            <numerusform>Left out, not an http or https address (%n): %1</numerusform>
            <numerusform>Left out, not an http or https address (%n): %1</numerusform>
        </translation>
    </message>
</context>
</TS>
