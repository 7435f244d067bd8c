<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Caption</name>
    <message>
        <source>The server&apos;s answer is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered without a caption (no choices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an empty caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is set for captioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address; use one like http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Replicate API token: store one in Settings → Captioning (it goes to the keychain) or set REPLICATE_API_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode the image (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the image as JPEG (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to find: the search text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression “%1” at offset %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement uses \%1, but the expression has %2 capture group(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 is not a captioning run (it is “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 does not record what it was asked to caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the captioning run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error while captioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write generated captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 captioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 kept (edited meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLIP (short captions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaVA 13B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaVA 1.6 (Vicuna 13B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Florence-2 large (detailed captions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer has no caption in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer ends inside the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s output holds no caption that LoRA Craft can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replicate model %1 has no version to run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra inputs for the Replicate model are not a JSON object (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate stopped the prediction (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate removed the prediction&apos;s output before it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CLIP vocabulary %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CLIP vocabulary is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the T5 tokenizer model %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The T5 tokenizer model is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer model is not T5&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of LoRA Craft cannot read T5 tokenizer models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot remove unused images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a catalog file (it is a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (only %2 bytes long). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or is not a database (%2). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a LoRA Craft catalog. Choose another library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer LoRA Craft (schema version %2; this version reads up to %3). Update LoRA Craft, or open another library with --library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the catalog %1 for writing (journal mode stays &apos;%2&apos;). Check that the library folder is writable and on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” already has a dataset named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target resolution must be between 256 and 4096 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target resolution must be a multiple of 64 pixels (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger and class words must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” has no dataset named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring back “%1”: a stored image it used was removed (gc ran).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter has a “)” without its “(” (at character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter cannot be read from character %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened at character %1 of the filter is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“AND” at character %1 of the filter needs something on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter has empty parentheses or a “)” without its “(” (at character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter ends where something to look for was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“NOT” at character %1 of the filter needs something after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “(” at character %1 of the filter is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter has empty quotes at character %1: put what to look for between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter does not know “%1:”. It knows tag:, caption:, name:, stars:, width:, height:, tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, status:, origin:, format:, has:, license:, source: and id:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” takes %2 (got “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item numbers separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something to look for, or &quot;&quot; for an empty caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with =, !=, &lt;, &lt;=, &gt;, &gt;= or a range such as 2..4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something to look for (openverse, brave, url, a site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter cannot use “%1:” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match anywhere in the caption, a tag or the file name (agon finds hexagon); &quot;quotes&quot; keep spaces.
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by (licence is not CC0/BY)  license:unknown  source:openverse  source:flickr
Combine with spaces (all must match), OR, NOT or -, and parentheses: (tag:cat OR tag:dog) -blur:yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token counts and quality flags are filtered by the library service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crop %1,%2 %3 × %4 does not fit inside the %5 × %6 image of item #%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is between 0 and 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one tag to rename or merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one tag to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name cannot contain &apos;/&apos;: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected WORKSPACE/DATASET, got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library does not store the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the catalog to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in use or cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 has a name LoRA Craft cannot read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a LoRA Craft catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer LoRA Craft (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names %2 snapshots; give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored: %2. The catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 fails its integrity check (%2). The catalog was not changed; choose another snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is still in use; close LoRA Craft&apos;s other windows and try again. The catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the catalog is busy (another process or thread holds a lock). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the catalog is read-only. Check the permissions of the library folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the catalog file is damaged (%2). Run fsck, and restore a snapshot (loracraft-cli snapshot list, then snapshot restore) or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read or write the catalog file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover interrupted tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate: kohya, ai-toolkit, onetrainer, simpletuner or replicate-flux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training resolution(s), comma-separated (default: as the export configures the trainer for the dataset&apos;s target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buckets needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolution takes numbers from 64 to 8192, comma-separated (for example 512,768,1024), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size is a number from 1 to 4096, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no image to bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CROP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  fewer than the batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3 image(s) in %4 bucket(s), %5 step(s) per epoch at batch size %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placement(s) scale the image up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placement(s) are left out by the trainer (too small).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bucket(s) hold fewer images than the batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which bucket each image falls into for a trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the trainer&apos;s own aspect-ratio bucketing of the dataset&apos;s kept images (their crops applied), exactly as its source computes it: per image the bucket, the scale factor, the share of pixels the trainer&apos;s crop cuts off and whether it is scaled up; then the histogram of buckets, those with fewer images than the batch size, and the steps one epoch takes (each image once, batched per bucket). kohya is simulated with bucket_no_upscale, as the export configures it; SimpleTuner with pixel_area and crop off; ai-toolkit and the Replicate Flux trainer train every image at each resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: captioning %2 image(s); if it stops, continue with: loracraft-cli caption --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs a task id (a whole number): the one a caption run prints when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption needs --dataset WORKSPACE/DATASET (or --resume TASK_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption needs --backend (one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backend takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption needs --model (the model&apos;s name on the server, e.g. llava:13b, or a Replicate model such as salesforce/blip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-input, --prompt-input and --input are for --backend replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption --backend openai needs --url (e.g. http://localhost:11434/v1 for Ollama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --prompt or --prompt-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the prompt file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 named by --api-key-env is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Replicate API token: set REPLICATE_API_TOKEN, or store the token in the GUI (Settings → Captioning), which keeps it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed     %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume with: loracraft-cli caption --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPTION FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset to caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openai: any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter); replicate: a model on Replicate (token from REPLICATE_API_TOKEN or the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible base URL, e.g. http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name on the server; for Replicate OWNER/NAME[:VERSION], e.g. salesforce/blip, yorickvp/llava-13b, lucataco/florence-2-large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the image (default image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the prompt (LLaVA: prompt; none for BLIP and Florence-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate: further inputs as a JSON object, e.g. &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; {trigger}, {class}, {tags}, {filename} and {caption} are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the prompt from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill-empty (default), replace-auto, append or replace-all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side of the image sent, in pixels (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an earlier run without sending again what it captioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption a dataset&apos;s images with a vision model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each image (upright, JPEG, long side --max-side) with the prompt to a vision model and writes the cleaned answer as the caption, recording the backend, model, prompt and time. By default only empty captions are filled; a caption typed by a person or read from a caption file is replaced only with --mode replace-all, and one edited while the run goes on is kept. Ctrl+C stops cleanly; --resume continues. Exit code 0 when every image got its caption, 3 when some failed (listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a dataset&apos;s items with their captions and where they came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the dataset (the trash included) with its id, file name, SHA-256, caption, the caption&apos;s provenance, tags, status, rating and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items this filter selects, as in the grid&apos;s search box: words, tag:smile, caption:dress, stars:&gt;=4, width:&gt;512, tokens:&gt;75, blur:yes, status:rejected, has:crop, NOT/-, OR, parentheses. Without status: the trash is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] COMMAND [ARGS...]

LoRA Craft %1 on the command line: manage workspaces and datasets of a library.

Global options:
  --library DIR  the library folder (default: $LORACRAFT_LIBRARY, else %2)
  --json         print machine-readable JSON on stdout
  --help, -h     show help; COMMAND --help shows a command&apos;s options
  --version      print the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage or user error, 2 internal error, 3 completed with problems.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1%2%3

%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Sub-commands (each with --help):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see loracraft-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: loracraft-cli %1 {%2} ...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1 %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see loracraft-cli %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: loracraft-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --%1 to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the library %1 is on a network file system (%2). SQLite&apos;s locking is not reliable there: never open it from two computers at once, and keep a local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete even if it still holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger word, e.g. &quot;sks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class word, e.g. &quot;person&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target model: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target resolution in pixels (multiple of 64; default 1024, 512 for sd15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset whose images are exported as this one&apos;s regularization (class) set, or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption: caption (default), tags or both (caption, then tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--caption-source takes one of: %1 (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target model “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolution needs a whole number of pixels, got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:     %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:       %1 (%2 rejected, %3 in trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:      %1 at %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. set:    dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: loracraft-cli workspace create NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATASETS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed workspace “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace “%1” holds %2 dataset(s) with %3 item(s). Add --yes to delete them with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workspace “%1” (%2 dataset(s), %3 item(s)). Run gc to free the disk space of images no other dataset uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it first, or add --parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created dataset “%1/%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets yet. Create one with: loracraft-cli dataset create WORKSPACE/DATASET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed dataset “%1/%2” to “%1/%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated dataset “%1/%2” as “%1/%3” (%4 item(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset cannot be its own regularization set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved dataset “%1/%2” to workspace “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash of “%1/%2” holds %3 item(s). Add --yes to delete them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 item(s) from the trash of “%2/%3”. Run gc to free the disk space of images nothing uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset “%1/%2” holds %3 item(s). Add --yes to delete them with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted dataset “%1/%2” (%3 item(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking stored images: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired: %1 — read back from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the catalog and %1 stored image(s) (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan:  %1 (no catalog entry; gc removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign: %1 (not a LoRA Craft object; left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary: %1 (left by an interrupted import or export; removed on the next open or by gc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored image(s) are no longer used by any item; gc removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored image(s) are kept because a catalog snapshot names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run fsck --repair to bring back missing or damaged originals from where they were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found: %1 catalog, %2 missing, %3 damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would remove %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a workspace and its datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a workspace with all its datasets and items. A workspace that still holds datasets is only deleted with --yes. Stored images stay until gc removes the ones nothing uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the workspace too if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dataset in a workspace, with its training settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List datasets (of one workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a dataset&apos;s settings and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a dataset in its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a dataset with its settings and items (captions, tags, crops, ratings); the images are shared, not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a dataset&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a dataset to another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a dataset and its items to another workspace; its name must be free there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the items in a dataset&apos;s trash for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataset&apos;s trashed items (only with --yes when there are any). Their stored images stay until gc removes the ones nothing uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a dataset and its items. A dataset that holds items is only deleted with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the catalog and re-hash every stored image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the catalog&apos;s integrity, that every stored image exists and re-hashes to its name, and list orphan and temporary files. Changes nothing and takes no lock: it works on a read-only library and on one that LoRA Craft has open. Exit code 3 when problems are found. With --repair, stored originals that are missing or damaged are read back from where they were imported when the file there still has the same content (this writes, so it needs the library to itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back missing or damaged originals from their import source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored images that no item uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored images and thumbnails that no item references (items in the trash keep theirs), orphan files and leftover temporary files. Refuses to run on a catalog that fails its integrity check, or one that knows no stored images while objects/ holds some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only report what would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item (its id, as `items` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crop in the image&apos;s upright pixels: left, top, width, height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item&apos;s crop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auto: the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a crop for every kept image of the dataset that keeps its subject, and apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auto: nearest-bucket (default: the trainer&apos;s bucket nearest to each image) or W:H (for example 1:1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auto: the trainer whose buckets count (kohya, ai-toolkit, onetrainer, simpletuner, replicate-flux; default kohya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auto: faces (default: faces, else the salient region, else the centre), saliency or center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auto: only list the proposed crops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rect is X,Y,W,H in pixels (for example 0,120,1280,720), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crop needs a width and a height above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crop --auto needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--aspect is nearest-bucket or W:H (for example 1:1 or 3:2), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trainer is one of %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject is faces, saliency or center, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face model was found (install OpenCV&apos;s data files, Debian: opencv-data): placed by saliency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) would change (dry run: nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) changed; undo in the app (Edit → Undo) or with crop --item ID --clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dataset goes with --auto; one item&apos;s crop takes --item ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crop needs --item ID (see `loracraft-cli items`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --rect or --clear, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2, %3 × %4) is not cropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2) is cropped to %3 × %4 at %5,%6 (of %7 × %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, set or clear an item&apos;s crop, or crop a dataset automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s crop is a rectangle in the image&apos;s upright pixels (after its EXIF orientation); the stored picture is never changed, and the export and the bucket simulation crop it. Without --rect or --clear, prints the crop. With --dataset and --auto, every kept image gets the largest crop of the target aspect (each image&apos;s nearest bucket of the trainer, or W:H) placed to keep its subject: the faces together (never cut through one), else the salient region, else the centre; images already of the aspect keep no crop. Faces are found with OpenCV&apos;s Haar cascades (YuNet when its model is installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset (default): within the dataset; workspace: across every dataset of its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict, normal (default) or loose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep-best: move every image but each group&apos;s suggested keeper to the trash (restorable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedup needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scope is dataset or workspace, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sensitivity is strict, normal or loose, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--apply takes keep-best, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) left out: their thumbnails cannot be read (run fsck).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No near-duplicates among the %1 image(s) of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 group(s) of near-duplicates among the %2 image(s) of %3 (%4): %5 image(s) beyond one per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 — keep #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 image(s) to the trash; restore them from the trash in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality problem among the %1 image(s) of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find near-duplicate images and the one to keep of each group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the near-duplicates of a dataset (or, with --scope workspace, of every dataset of its workspace): re-encodes, resizes, recompressions, brightness or contrast changes, small crops and watermarks of one picture. Candidates come from a perceptual hash (DCT) and are confirmed by a second, gradient hash. Each group lists its images with their item id, file name, source, size and similarity, the suggested keeper first (highest resolution, then sharpest, then the largest file). Pairs kept as not duplicates in the app are never proposed again. --apply keep-best moves the others to the trash (restorable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the quality problems of a dataset&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag each kept or rejected image of the dataset that is below the dataset&apos;s target resolution, looks upscaled (sharp only once reduced), is blurry, under- or overexposed (a quarter of it clipped, or very dark or bright), letterboxed or pillarboxed (with the picture&apos;s box, to crop to), of an extreme aspect ratio (beyond 2.5:1) or a heavily compressed JPEG, and print a summary. The thresholds are those set in the app&apos;s Settings (Quality page). Images stored by an earlier version are measured from their thumbnails first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, rejected or trashed, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rating must be a number from 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit needs at least one change: --caption, --append-caption, --add-tag, --remove-tag, --status or --rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would edit %n item(s) of “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed: edited %n item(s) of “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change captions, tags, status or rating of many items at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply every change given to the dataset&apos;s items (those --filter selects, in the grid&apos;s filter language; without it every kept and rejected item) in one transaction: all of it is saved, or none. A new caption counts as typed by a person. Prints “Committed” once the change is on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items this filter selects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the caption (may be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append to the caption, after “, ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags (repeat, or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags (repeat, or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, rejected or trashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars, 0 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only say how many items would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format (one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out PATH (a folder, or a file ending in .zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate trainers take a ZIP: give --out a name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolution needs whole numbers from 256 to 4096, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subset needs TAG:REPEATS, e.g. closeup:4 (got “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--background needs a colour such as #ffffff or white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resize is none, long-side:N or bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resize long-side:N needs N ≥ 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight: %1 image(s) to export as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is blocked by the pre-flight errors above; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 image(s) for %2 to %3 (%4 in %5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s layout: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder, or a file ending in .zip (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger word (default: the dataset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class word (default: the dataset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats per epoch (default: from kohya folders, else 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption, tags or both (default: the dataset&apos;s, see dataset set --caption-source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the trigger word in front of captions that lack it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rejected images too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even when the pre-flight finds images the trainer will leave out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original (sanitized stems, default) or sequential (0001, 0002, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep (default: original bytes when nothing changes, else PNG), png or jpeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality (default 95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour transparent pixels are flattened onto (default white).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep EXIF/XMP/text metadata in images written as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (default: the trainer sizes the images), long-side:N, or bucket (the trainer&apos;s own bucket at its largest resolution; a centre square for diffusers and replicate-sdxl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --resize bucket: allow upscaling (kohya without bucket_no_upscale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target resolution (default: the dataset&apos;s), or several separated by commas, e.g. 512,768,1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the images with TAG as a subset with its own repeats (kohya folder, OneTrainer concept, SimpleTuner backend, ai-toolkit dataset); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the dataset&apos;s regularization set (dataset set --reg-dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --caption-source both, for OneTrainer and SimpleTuner: the caption and the tags as two lines, one picked per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only run the pre-flight check (exit 3 when it finds errors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a dataset for a trainer (folder or ZIP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a dataset in the exact layout a trainer reads, after a pre-flight check: errors (e.g. an empty caption for kohya) block the export, warnings do not. Output goes to PATH.part and is renamed when complete, so a failed or canceled export leaves nothing. The same dataset and options give a byte-identical ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 files, %3 imported, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number, got “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --create to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped    %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate  %1 — same image as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note       %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3imported %4 · already in dataset %5 · duplicates %6 · skipped %7 · %8 in %9 s%10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the inputs hold no images (%1 hidden or system file(s) ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the dataset (and workspace) if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip files larger than MB megabytes (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip images over MP megapixels (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import images, folders and ZIPs into a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import image files, folders (recursively) and ZIP archives into a dataset. Formats are detected by content (JPEG, PNG, WebP, GIF, BMP, TIFF); stem.txt / stem.caption files beside an image become its caption; kohya folders named N_trigger class set repeats. Every input ends as imported, already in the dataset, a duplicate of another input, or skipped with a reason. Ctrl+C cancels; what was imported stays. Exit code 0 when everything was imported or already present, 3 when some inputs were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate API token (from replicate.com/account/api-tokens): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token on standard input: paste it, or pipe it in (loracraft-cli replicate login &lt; token.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works (it belongs to %1), but it cannot be kept in the keychain: %2 Set %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to Replicate as %1; the token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), token from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replicate token is no longer in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Replicate token: run loracraft-cli replicate login, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Replicate API token and keep it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the token from standard input (typed without echo on a terminal, or piped), checks it with Replicate (GET /account) and stores it in the OS keychain, where the GUI and the other commands find it. The token is never taken as an argument: it would sit in the shell history and in ps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whose Replicate token is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks the token up (the keychain, else REPLICATE_API_TOKEN) and asks Replicate who owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Replicate token from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider takes %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs --query TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orientation takes tall, wide or square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The search found nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) · </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>openverse (default, no account) or brave (BRAVE_API_KEY or the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these licences (Openverse): cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd, or the families commercial and modification; comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop results whose shorter side is known to be under PX pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tall, wide or square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include results the provider marks as mature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the results into this dataset, with their licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the web for images (Openverse, Brave); --import adds them to a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches Openverse (openly licensed images, no account needed; LORACRAFT_OPENVERSE_BASE_URL) or Brave Image Search (an API key in the keychain or BRAVE_API_KEY; LORACRAFT_BRAVE_BASE_URL) and lists the results with size, licence and source. With --import WORKSPACE/DATASET the results are downloaded (http and https only, at most 5 redirects and 50 MB each, image content types only, no credentials sent) and imported like files: format by content, duplicates found, every image&apos;s source page, licence, creator and attribution kept. Rate limits are respected (Retry-After). Exit code 3 when some results could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) in %2 dataset(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet. `loracraft-cli snapshot create` takes one; the app takes one a day while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep needs a number of snapshots of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 written: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 (%2, %3) replaces the catalog; the current one is kept as a new snapshot. Run again with --yes to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (%2). There was no catalog to keep aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (%2). The catalog as it was is kept as snapshot %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the catalog&apos;s snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the snapshots in the library&apos;s snapshots/ folder, newest first, with what each holds. Works while the app has the library open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the catalog into snapshots/ (it reads only, so it works while the app has the library open), then remove the oldest snapshots beyond the number to keep (Settings → General, default %1). Stored images a snapshot names stay until no snapshot names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default: the app&apos;s setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a snapshot back as the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the catalog by a snapshot (its file name from `snapshot list`, or a unique start of it). The current catalog is kept as a new snapshot first, so a restore can itself be undone. Needs --yes, and the library must not be open in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of %1 has tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item of %1 has %2 (tags compare case-insensitively); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on %3 item(s) of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into “%2” on %3 item(s) of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 from %2 item(s) of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags merge needs --into TAG, the tag to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captions replace needs --find TEXT and --replace TEXT (--replace &quot;&quot; removes what is found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  after:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped    %1 — its caption changed after the preview; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption of the %1 checked in %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change %1 of %2 caption(s) (dry run: nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 of %2 caption(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a dataset&apos;s tags, most used first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s tags with how many items (not in the trash) carry each, most used first. Tags compare case-insensitively. Rename, merge and delete them with the sub-commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a tag on every item of a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a tag on every item of the dataset (the trash included). An item that already has the new name keeps one copy, where the first of the two was. The new name is spelled as given: &quot;cat&quot; to &quot;Cat&quot; respells the tag (a tag has one spelling in the library). Exit code 1 when no item has the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tags into one on every item of a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace each of the tags with the --into tag on every item of the dataset (the trash included); an item keeps one copy, where the first of them was. Exit code 1 when no item has any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag to merge into (new or existing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from every item of a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tags from every item of the dataset (the trash included). Exit code 1 when no item has any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace text in a dataset&apos;s captions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace in the captions of the dataset&apos;s kept and rejected items (not the trash): prints every change (file name, caption before and after), then writes them unless --dry-run. Case-insensitive unless --case-sensitive. With --regex, --find is a Perl-compatible regular expression and in --replace \1 to \99 insert a capture group, \0 the whole match and \\ a backslash. A changed caption counts as typed by a person (provenance manual). A caption edited between the preview and the write is left alone and listed (exit code 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text (or, with --regex, the expression) to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to put instead (may be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--find is a regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training %1 (task %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lora: %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training %1 started (task %2); follow it with: loracraft-cli train status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input takes KEY=VALUE, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting; the training goes on on Replicate. Follow it with: loracraft-cli train status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train start needs --dataset WORKSPACE/DATASET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train start needs --trainer (flux or sdxl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train start needs --destination OWNER/NAME: the Replicate model the training adds a version to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train download needs --out DIR: the folder for lora.safetensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flux (ostris/flux-dev-lora-trainer) or sdxl (stability-ai/sdxl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replicate model that receives the trained version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the destination model (private) when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trainer input over LoRA Craft&apos;s values, e.g. steps=1500 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the training to its end (exit 0 when it succeeded, 3 when it failed or was canceled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a LoRA on Replicate from a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the dataset (the export&apos;s pre-flight for the trainer&apos;s layout, at most 100 MB), the token, the trainer&apos;s current version and the destination, then exports the dataset as a ZIP, uploads it to Replicate, starts the training and prints its id. LoRA Craft fills in the trigger word, steps sized to the dataset and the resolution; --input overrides any trainer input. Each stage is recorded: a training interrupted here goes on on Replicate, and train status continues following it. Ctrl+C while waiting stops waiting, not the training (train cancel does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Replicate where a training is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is the training&apos;s id on Replicate (or its task number). Records the answer in the library; --wait follows the training to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the training to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a training on Replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the training (and its billing) on Replicate and records how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainings started from this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first: task, training id, trainer, destination, status and the version it made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this dataset&apos;s trainings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a trained LoRA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the training&apos;s trained_model.tar and extracts lora.safetensors (and SDXL&apos;s embeddings.pti and special_params.json) into --out, all or nothing; prints where and its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the weights (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropTr</name>
    <message>
        <source>Auto-crop of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; nothing was cropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>Quality check of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; the images measured so far are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) measured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable thumbnail(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>highest resolution (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same resolution, sharpest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same resolution and sharpness, largest file (least compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alike in resolution, sharpness and size: the first imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store image hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move duplicates to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low resolution (%1 × %2 for a %3 px target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks upscaled (sharp only when reduced; sharpness %1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blurry (sharpness %1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underexposed (%1 % black, mean %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overexposed (%1 % white, mean %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars around the picture (content %1 % × %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars around the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extreme aspect ratio (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavily compressed (%1 bits a pixel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store quality measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Edit Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” in a Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” in %2 Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Caption Template to an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Caption Template to %1 Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo generated captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo generated captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not brought back, so it cannot be deleted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Dataset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Workspace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Dataset to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Workspace to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo caption edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Image from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 Images from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Image to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 Images to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Rating to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 Tags into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate 1 Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate %1 Captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 · %2 images · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · canceled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · failed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight check found errors; fix them before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1%2. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or delete it first; an export never overwrites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, left by an export that was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1, probably left by an interrupted export of an earlier version; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written; `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2); the archive itself is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution %1 does not fit %2&apos;s bucket limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: the dataset has no kept images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) are smaller than 64 px on a side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption(s) contain the trigger “%2” inside a longer word: trainers that look for the trigger as text (ai-toolkit, Replicate) take it as present, and Replicate SDXL replaces it inside that word. Reword them, or choose a trigger no word contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimpleTuner will leave out %1 image(s): their area is below the minimum_image_size of %2 × %2 px. Export anyway with “allow drops”, or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) fit none of the trainer&apos;s buckets and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crops every image to a %2 × %2 square: %3 image(s) lose more than a tenth of the picture. Crop them yourself (Image → Edit Crop) to choose what stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2&apos;s buckets cut more than a tenth off %1 image(s) (see the Buckets panel for each one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 enlarges %1 image(s) by more than 1.5× to fill its bucket at %3 px; they will train soft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no subsets with their own repeats: %2 image(s) of other subsets are exported with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no regularization set: the %2 image(s) of “%3” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption variants need captions and tags as the source and OneTrainer or SimpleTuner, which read each line as a variant; the captions are written on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trains at one resolution: its commands use %2 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trains at %2 px and buckets each image itself at every one: the files are sized for %3 px, the largest. Leaving the size to the trainer (Original size) loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no aspect buckets: the files are cropped to its %2 × %2 centre square, as it would do itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption(s) do not contain the trigger word “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have fewer than half the pixels of the %2 × %2 px target (LOW RES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) are more than %2 times as long as they are wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) look upscaled (detail only once reduced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) are blurry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) are underexposed (too dark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) are overexposed (too bright).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have bars around the picture; crop them to their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) are heavily compressed JPEGs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (counted with T5&apos;s tokenizer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (estimated: T5&apos;s tokenizer model is not installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption(s) exceed CLIP&apos;s 77-token window (75 after its start and end tokens); the rest is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file name(s) collide after sanitizing and get a numeric suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have a non-commercial licence (NC), and the dataset&apos;s notes say the LoRA is for commercial use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have a no-derivatives licence (ND): a LoRA trained on them may count as an adaptation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected image(s) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write an unsafe file name into the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of %4 (%1) is damaged: its content hashes to %2 instead of %3. Nothing was written. `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two export files are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libzip error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1 (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ai-toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diffusers / Hugging Face imagefolder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kohya sd-scripts / kohya_ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger word is set; the kohya folder is named after the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneTrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate Flux trainer (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger word is set; Replicate will use “TOK”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate SDXL trainer (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimpleTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; this trainer needs one for every image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; the trainer will use its default caption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>truncated or corrupt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 chunk claims %2 but the file has %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over the %2 MP limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would need %2 of memory to decode, over the %3 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot analyse this %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot analyse this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot store image details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 input(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption updated from the caption file, which changed since the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption conflict: the caption file differs from the caption edited in LoRA Craft; the edited caption was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add imported images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical to %1, which was skipped for the same reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the trigger word from the kohya folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the dataset&apos;s trigger word to “%1” and class to “%2” from the kohya folder “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kohya folder “%1” suggests the trigger word “%2”; the dataset keeps “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption file not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption file read as %1 (not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 content with a .%2 name; imported as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s stored copy of this image was damaged or missing and has been repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while reading (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 captions updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 damaged images repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path too long for the operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read (input/output error: the disk or network drive may be failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the %1 limit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder already scanned (reached again through a symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive has %1 entries; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive would expand to %1, over the %2 limit (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsafe path in ZIP (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive inside an archive (not expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression ratio %1:1 is over the %2:1 limit (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entry #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another caption file with the same name; the first one (entry #%1) is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries named %2; this is entry #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import in the archive (%1 hidden or system file(s) ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import in the archive (no files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid ZIP archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive marks this name as UTF-8 but it is not; it was read as CP437</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the archive entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no image at this address (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image host refused the download (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder for the downloads in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where the images came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>permission denied or read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is locked by a library.lock file that cannot be read or removed. If no LoRA Craft is using this library, delete %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is in use by another LoRA Craft process (%2, PID %3 on %4). Close it first, or use another library with --library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the library folder %1 (%2). LoRA Craft needs write access to its library; fsck can still check it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create library.lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). Nothing was changed. Run fsck, and restore catalog.sqlite from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 fails its integrity check (%2). Nothing was changed: LoRA Craft does not write into a damaged catalog. Run fsck, and restore a snapshot (loracraft-cli snapshot restore) or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library folder given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a library folder. Choose a folder for --library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 has stored images but its catalog.sqlite is missing. Restore the catalog from a snapshot (snapshots/) or a backup; LoRA Craft will not create an empty one over your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and is not a LoRA Craft library (no catalog.sqlite). Choose an empty or new folder for --library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1. Create a workspace to start one, or pass --library with the folder of an existing library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the library folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is empty (0 bytes) but the library holds %2%3 stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog %1 is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality flag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bucket engine for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original is missing: exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original is damaged (its content changed on disk): exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dataset&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or merge tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is out of step with the items table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored image is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored image has %1 bytes; the catalog expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored image is damaged: its content hashes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog lists an object with an invalid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. gc will not remove these images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no item uses this image any more; gc removes its entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no import source is recorded (it came from a ZIP or was pasted); import the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be brought back (%2); import the image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gc refused: the catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening at %1: is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found (check the address and the network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent, before any answer: it may have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2): check the API key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 404 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2, not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an address that is less safe (https to http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replicate</name>
    <message>
        <source>Replicate&apos;s answer to %1 is not JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Replicate model: use owner/name or owner/name:version (64 hex digits), for example salesforce/blip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate has no model %1/%2 (or it is private to another account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate did not say whose token this is (no username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination model %1 does not exist, or this token cannot write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate accepted the upload but did not say where the file is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Type something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search takes at most %1 characters and %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search cannot filter by licence, and its results carry none. Search Openverse for openly licensed images, or search Brave without a licence filter and check each image at its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search needs an API key (api-dashboard.search.brave.com): add it in Settings → Search, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search answered something that is not a list of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search refused the API key (%1): check it in Settings → Search or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Brave Search API key has used up its monthly quota (QUOTA_LIMITED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search asked to slow down (%1) and kept refusing: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search refused the search (HTTP %1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a licence Openverse knows. Use %2, or commercial / modification for every licence that allows commercial use / adaptations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openverse answered something that is not a list of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400)%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP %1): anonymous searches get at most %2 results a page and %3 in all.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openverse limits anonymous searches and asked to wait%1. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no more results for this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: rate limited, retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is licensed under %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The keychain holds no entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys cannot be stored; set them in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot flush stored images to disk in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncfs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store an object without a valid hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored image is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run fsck to check the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored image %1 is damaged: its content hashes to %2. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>The trainer&apos;s version does not describe its inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the trainer has no such input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer does not take these inputs:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before the training started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following; the training goes on on Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting the LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download canceled; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights were not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making images with the new LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the training&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the training&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a trainer; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is a model (owner/name), not a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset cannot be exported for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate lists no version of the trainer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA trained with LoRA Craft from %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination model %1 does not exist: create it on replicate.com, or let LoRA Craft create it (--create-destination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 is not a training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled before the training started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s ZIP is %1 MB; Replicate takes at most 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the dataset, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the dataset again (try %1 of %2), %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed %1 times (%2). Nothing was started on Replicate; start the training again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 has no weights: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate did not say where training %1&apos;s weights are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the downloaded weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a training that succeeded has a version to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate did not name the new version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction gave no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sample of the trained LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made with %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 prompts failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training %1 in this library (train list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate (or set REPLICATE_API_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the weights archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the header at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header at byte %1 is damaged (bad checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header at byte %1 has an unreadable size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the extended header at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended header at byte %1 is implausibly large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended header at byte %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended header of %1 has an unreadable size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (%1 has %2 bytes, the archive holds %3 of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (it ends after an extended header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No trained weights (lora.safetensors or unet.safetensors) in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (it ends inside %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Util</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with that name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied or the parent is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move a file into place at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged: its content hashes to %2 instead of %3. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move into place at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ExportJob</name>
    <message>
        <source>Export of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ImportJob</name>
    <message>
        <source>Download images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading (%n failed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::Job</name>
    <message>
        <source>Canceled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::JobManager</name>
    <message>
        <source>Record interrupted tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::search::SearchService</name>
    <message>
        <source>There is no search provider named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::AutoCropOptionsDialog</name>
    <message numerus="yes">
        <source>The %n selected image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every kept image of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest bucket of the trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces, else the most salient region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most salient region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image gets the largest crop of the target shape, placed to keep its subject: every face together (never cut through one), else the most salient region, else the centre. Nothing is written until you accept the proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose Crops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketHistogram</name>
    <message>
        <source>No images to bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show these images in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketItemsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketsPanel</name>
    <message numerus="yes">
        <source>%1 at %2: %n image(s), %3 step(s) per epoch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer images than the batch size: a short batch every epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upscaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate, exactly as its source computes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training resolutions, comma-separated (512,768,1024); empty: as the export configures the trainer for the dataset&apos;s target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches are formed inside a bucket: buckets with fewer images make short batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim on each grid tile what the trainer will cut off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an image to select it in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions are numbers from 64 to 8192, comma-separated (for example 512,768,1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot simulate the buckets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) per epoch at batch size %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) with fewer images than the batch size</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) upscaled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) left out by the trainer (too small)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to show its images in the grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionActions</name>
    <message>
        <source>Caption Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace in Captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Caption Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate captions with a vision model (local server or Replicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 captions changed; %2 were edited meanwhile and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset to caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a captioning model first (Settings → Captioning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All Captions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every caption in scope is replaced with a generated one, including captions you typed or imported. Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionDialog</name>
    <message>
        <source>Caption Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected images (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images shown in the grid (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every active image of %1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill empty captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace generated captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append to captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images without a caption get one. Nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty captions and captions a model wrote are (re)generated. Captions you typed or imported stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s caption is added after the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every caption is replaced, including ones you typed. You will be asked to confirm; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Captioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is set yet: open Settings… to choose a server and a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 · %3 in flight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionEditDialog</name>
    <message>
        <source>Selected images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace in Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Caption Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement is the first group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 captions change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionSettingsPage</name>
    <message>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip openings such as “The image shows”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger word first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. llava:13b, qwen2.5vl:7b, gemma3:12b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server which models it has (GET /models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/name or owner/name:version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the model takes no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra inputs (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. OPENROUTER_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key from variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image long side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate API token (r8_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for servers that need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it; clear the field and save to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored. Keys are kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending a test image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: %1 answered in %2 s: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CollectPanel</name>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use and changes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain (CC0, PDM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC0, PDM or CC BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC0, PDM, CC BY or CC BY-SA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set API Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search openly licensed images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images under these licences. NC licences forbid commercial use, ND licences forbid adaptations: a LoRA trained on an image is arguably one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shorter side at least this long: results known to be smaller are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Openverse for openly licensed images, select the ones you want, and add them to the dataset on screen with their licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the results so far stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Results: %n of about %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller than the minimum size left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot filter by this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results carry no licence: check each image&apos;s source before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out images marked as mature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search images on the web…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Results: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the %1 key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset in the library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected images into %1/%2, with their licences, as a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the results to add (Ctrl+A selects all).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CropDialog</name>
    <message>
        <source>Snap to the bucket step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widths and heights in multiples of the trainer&apos;s bucket step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole image: no crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to draw, move or resize the crop · arrow keys nudge it (Shift: 10 px), Shift+Alt+arrows resize it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves this size out at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · upscaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole image %1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1 × %2 px at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::CropReviewDialog</name>
    <message>
        <source>Review Proposed Crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 image(s) get a new crop. The bright part of each picture is what stays; uncheck the ones to leave as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face model was found (OpenCV&apos;s data files): subjects were placed by saliency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 × %3 → %4 × %5 at %6,%7 (%8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>salient region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Crop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::DatasetSettingsDialog</name>
    <message>
        <source>Settings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ohwx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rare word the LoRA learns to tie to this concept; exports put it first in every caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. woman, dog, style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training resolution: images with fewer than half its pixels squared get a LOW RES badge, and bucketed exports use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class images exported beside this dataset where the trainer takes a regularization set (kohya reg/, ai-toolkit is_reg, SimpleTuner, diffusers prior preservation, OneTrainer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags (joined with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption, then the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each image&apos;s caption file holds for the trainer. The editor shows it, the “no caption” badge and the Uncaptioned filter follow it, and exports use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularization set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be saved as %1 px: trainers need a multiple of 64.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::DetailPanel</name>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the image at 100 % (double-click the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this image in the dataset (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: excluded from exports, kept in the library (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1 (key %1; click again to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image. Saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption file the export writes for this image: the dataset&apos;s caption source (Dataset Settings → Trainer reads) with the trigger word first, and its tokens for the dataset&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select tags and press Delete to remove them; drag a tag to move it. With several images selected, each tag shows how many carry it: double-click one to give it to all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to All Selected Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from All Selected Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags, comma separated (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the tags as typed; Ctrl+Enter adds the first suggestion; Escape returns to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw or change this image&apos;s crop, snapped to the trainer&apos;s buckets (C in the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image&apos;s details cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see and edit its caption and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Licence&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Creator&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Credit&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Size&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Source&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;Repeats&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept, %2 rejected. Tags below are the ones all of them share; adding or removing applies to every selected image as one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single image to edit its caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet: the image has no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption and no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read&lt;/b&gt; (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a caption file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 of the %2 selected images; double-click to add it to all of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::DuplicatesDialog</name>
    <message>
        <source>Search Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it the others&apos; missing tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Chosen, Trash Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Duplicates: Keep All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dataset of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: re-encodes and resizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: also edits, small crops, watermarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loose: heavier edits (check each group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep its caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the longest caption of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: keep the chosen image and move the others to the trash (Edit → Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: these images are different pictures; never propose them as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→: the next group, deciding later. ← goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the kept image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for near-duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n images · keep %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group(s) among %2 image(s): %3 image(s) beyond one per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) stored by an earlier version were hashed first.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 of %2 — done: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of %2 — suggested: %3, %4. Choose with 1-%5 or a click; Enter keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharpness %1 · similarity %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;rejected&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption (%1 chars): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;suggested&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep 1 of %n Duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tags of Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept %1, %n moved to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; %n duplicate(s) moved to the trash (Edit → Undo brings them back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kept all: not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember them as not duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group is done. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::ExportDialog</name>
    <message>
        <source>Write a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the trigger word first when a caption does not start with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include rejected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export even though the trainer will leave some images out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the regularization set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption and tags as two variants (OneTrainer, SimpleTuner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats per epoch; automatic uses the kohya folder repeats of the images, else 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption, then tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption. A setting of the dataset: a change here is kept for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original names (cleaned up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (0001, 0002, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep originals when possible, else PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG (quality 95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the long side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s own bucket at the target resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original size leaves the sizing to the trainer. Bucket resizes and crops each image exactly as the chosen trainer would (a square for trainers without buckets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight lists the images the trainer would skip (for example below SimpleTuner&apos;s minimum size); check this to export them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. closeup:4, full body:2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images with a tag as a subset with its own repeats: TAG:REPEATS, separated by commas (kohya folders, OneTrainer concepts, SimpleTuner backends, ai-toolkit datasets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trainer&apos;s own for the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several training resolutions, e.g. 512, 768, 1024: every image is bucketed at each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class images of the dataset chosen in the dataset&apos;s settings, where the trainer takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a regularization set in the dataset&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With captions and tags as the source: write them as two lines, of which OneTrainer and SimpleTuner pick one per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show These Images in the Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or right-click to show these images in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another name: an export never overwrites anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export goes into the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) ready; %2 error(s) must be fixed before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image(s) ready to export%2, about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors in the pre-flight check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::GeneralSettingsPage</name>
    <message>
        <source>Open the library used last when LoRA Craft starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog once a day while a library is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are consistent copies of the catalog in the library&apos;s snapshots folder; File → Restore Snapshot… puts one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older snapshots are removed when a new one is taken; the images they name are kept until no snapshot names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise LoRA Craft opens its default library (or the one given with --library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Empty File → Open Recent (%n librar(y/ies) listed); no library is touched</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File → Open Library… (Ctrl+O) switches libraries; a second launch of LoRA Craft brings this window to the front instead of opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalog snapshots&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::GridPanel</name>
    <message>
        <source>Search or filter: words, tag:smile, stars:&gt;=4, -blur:yes, OR …  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncaptioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From caption files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only captions typed by hand, read from caption files, or generated by a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only images with this tag; click to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing only the images the trainer puts into this bucket; click to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems measured in the pixels; click one or more to show only those images. Thresholds: Settings → Quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of the images imported before LoRA Craft measured them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile size (Ctrl++ / Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket: %1×%2 at %3  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show only images flagged “%1” (%n image(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not checked yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a dataset on the left, or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words are looked for in captions, tags and file names; hover over the box for filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this view is searched; try All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images with these problems here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the quality chips above to see every image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images you delete (Del) wait here until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image has a caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space on an image to reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop images, folders or ZIP files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA Craft copies them into its library (your originals stay untouched), reads captions from .txt files beside them and skips what it cannot use, telling you why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::HistoryController</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again?

You can undo it again until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other edits came after the deletion: use Edit → Undo to go back step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (1 image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (%2 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted workspace “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemActions</name>
    <message>
        <source>Keep / Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tags of the selected image (of several: the tags they all have) as “a, b, c”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the comma-separated tags on the clipboard to every selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop to Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop the selected images with bars (BARS) to the picture inside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw, move or resize the crop of the current image, snapped to the trainer&apos;s buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag “%1” to %2 Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag “%1” from %2 Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no tags (copy “a, b, c” or use Copy Tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot crop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected images has bars around it (or it is cropped already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Crop %n Image(s) to Content</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s) to the picture inside their bars. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Crop of %n Image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That image is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the crop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the Crop of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemDelegate</name>
    <message>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO CAPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO TXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW RES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CROP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLURRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DARK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASPECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPRESSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemGridModel</name>
    <message>
        <source>%1
%2 × %3 px · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropped to %1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image → Crop to Content removes the bars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryActions</name>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from URLs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Image Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop the selected images, or the dataset, to a bucket&apos;s shape around their faces or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of images imported before LoRA Craft measured them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate images of the dataset, to keep one of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import images, folders or ZIP files into the current dataset (Ctrl+I). You can also drop them anywhere on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download images from pasted addresses into the current dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stored images that no dataset uses any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the catalog and re-read every stored image; bring back lost originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2 of %3 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running:
%1

Quitting cancels it. Images imported so far stay in the dataset, and the Tasks panel offers to resume the import next time. A canceled export leaves nothing behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LoRA Craft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 images to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crop to propose: every image already has the shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-Crop %n Image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and archives (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up is running: import again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the dataset to import into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up is running: add the images again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up waits until the running tasks have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clean up: every stored image is used by a dataset or can still be brought back by Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 stored image(s) that no dataset uses any more, and %2 leftover file(s)? This frees %3.

Images that Edit → Undo can still bring back are kept. Removed images cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned up: removed %1 image(s), freed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the catalog and every stored image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked the catalog and %n stored image(s) (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are damaged (their content changed on disk).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is damaged: File → Restore Snapshot… puts back a sound copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair reads each of them back from the file it was imported from, when that file is still there with the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be brought back: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryHealth</name>
    <message>
        <source>Restore Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This library is on a network drive (%1).&lt;/b&gt; SQLite cannot lock a catalog reliably there: never open it from two computers at once, and if the drive goes away while LoRA Craft writes, edits can be lost. A library on a local disk is safer; copy the folder there to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The catalog failed its integrity check&lt;/b&gt; (%1). LoRA Craft will not import into it or clean it up until it is sound. Next steps: &lt;b&gt;File → Restore Snapshot…&lt;/b&gt; to go back to a sound copy (the damaged catalog is kept aside), or run &lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; for the full report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily snapshot of the catalog failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 at %3 px · trigger “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the empty dataset “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dataset “%1” with its %2 image(s), captions and tags?

You can undo this until you quit. The image files stay in the library until you run File → Clean Up Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the workspace “%1” with its %2 dataset(s) and %3 image(s)?

You can undo this until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) from the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::Lightbox</name>
    <message>
        <source>← → previous / next  ·  double-click: 100 %  ·  Esc, F or Enter: close  ·  select two images to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first two of %1 selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two selected images side by side  ·  double-click: 100 %  ·  Esc, F or Enter: close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Image Without a Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-Window Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected image as large as the window allows; select two to compare them side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Images Without a Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Rejected Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect from the Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA Craft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the web for openly licensed images and add them to the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the catalog as it was when a snapshot was taken, or take one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading into %1: %n selected…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image shown has a caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dataset no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a LoRA Craft library. Create a new library in it? The files already there are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA Craft is already open with this library; use File → Open Library… to switch to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 — LoRA Craft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::PreviewWidget</name>
    <message>
        <source>Double-click for 100 %; drag to pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::QualitySettingsPage</name>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image whose sharpest tiles stay below this is blurry (or upscaled, when it is sharp once reduced). In-focus photos measure about 0.2 and more. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark or too bright when this share of the pixels is pure black or pure white. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark when the mean brightness (0–255) is below this. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright when the mean brightness (0–255) is above this. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images longer than this, either way, are flagged: trainers crop them hard. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bits a pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JPEG with fewer bits a pixel than this is heavily compressed (blocky). Quality-90 photos take 1.5 and more. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality flags appear as badges in the grid, in the Quality filter above it, in the export pre-flight and in &lt;code&gt;loracraft-cli analyze&lt;/code&gt;. Low resolution follows each dataset&apos;s target resolution (Dataset Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurry below sharpness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipped when at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too dark below mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright above mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme aspect beyond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed JPEG below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::ReplicateSettingsPage</name>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r8_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training runs on Replicate with your account. Create a token at &lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; and paste it here: it is kept in the system keychain, never in a settings file, and is sent only to Replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored in the keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the token in %1 (the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 For Replicate that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Replicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: the token of the organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: the token of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::SearchSettingsPage</name>
    <message>
        <source>Remove from Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Search API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View → Collect from the Web searches &lt;b&gt;Openverse&lt;/b&gt; for openly licensed images without an account. &lt;b&gt;Brave Image Search&lt;/b&gt; finds images anywhere on the web, without licences, and needs an API key from &lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt;: it is kept in the system keychain, never in a settings file, and is sent only to Brave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave Image Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key in %1 (the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 For Brave Image Search that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Store the Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Store the Token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the caption and tag boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the caption and return to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tags as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first suggested tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags (tag list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::SnapshotsDialog</name>
    <message>
        <source>Cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take Snapshot Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is a consistent copy of the catalog: every workspace, dataset, caption, tag and setting as it was. Restoring one replaces the catalog; the current one is kept as a new snapshot first, so a restore can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet. LoRA Craft takes one a day while a library is open (Settings → General), and one before every schema upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the catalog as it was on %1 (%2)?

Edits made since then are replaced. The current catalog is kept as a new snapshot first, so you can go back to it. The library is closed and reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::TagPanel</name>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a tag to show only its images; select several to merge or delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected tag on every image of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected tags into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags from every image of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 tags into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from every image of the dataset? Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::TaskStatus</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::TasksPanel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same image as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Imports and exports run here in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished tasks from this list (the history stays in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption the rest of %1; images this run captioned are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the rest of %n input(s) into %1; images already there are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainActions</name>
    <message>
        <source>Train on Replicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dataset, upload it to Replicate and train a LoRA there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s trainings: status, inputs, weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training of %1 has started: follow it in the Tasks panel or in Dataset → Trainings….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainDialog</name>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it (private) if it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train “%1” on Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/model-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model on Replicate the training adds a version to. Each training of it adds a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs on Replicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs of %1, version %2, as Replicate describes them. Our values for this dataset are filled in; hover over a name for what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s inputs could not be looked up (%1). These are LoRA Craft&apos;s values for the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the trainer publishes no input schema: LoRA Craft&apos;s values are sent, and Replicate checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (secret: Replicate removes it once delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by LoRA Craft for this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), all captioned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 without a caption</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP about %1 (Replicate takes up to 100 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images add up to %1: the ZIP may pass 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them; the size is checked again once the ZIP is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors of the pre-flight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the model the training adds a version to, as owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a destination model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination is owner/name: lowercase letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is not owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 on Replicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; the training gives it its first version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; the training adds a new version to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, when the training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, if your token may act for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Let LoRA Craft create it, or create it on replicate.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the dataset is exported and uploaded, then the training starts on Replicate (billed to your account).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainingHistoryDialog</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Model Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Trigger Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try It…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training of this dataset yet. Dataset → Train on Replicate… starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Replicate where the selected training is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies owner/name:version, what a prediction or another app takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a few images with the new version on Replicate (billed to your account), with prompts that use the trigger word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the LoRA in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the LoRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image per prompt, made on Replicate with the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the trigger word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the LoRA of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate says the training is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Replicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time on Replicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images from the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lc::ui::UrlImportDialog</name>
    <message>
        <source>Import from URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the addresses of images, one per line. They are downloaded into &lt;b&gt;%1&lt;/b&gt; and imported like any other file: only http and https, at most five redirects, image content only, the import&apos;s size limits, and images already in the dataset are not added twice. Each image keeps the address it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To download: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, not an http or https address (%n): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build training-ready LoRA datasets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: select the first N images before the shot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the Export dialog to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The library is reopened as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is restored. The catalog as it was before the restore is kept as the snapshot taken at %1 (File → Restore Snapshot… lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
