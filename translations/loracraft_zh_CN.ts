<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Caption</name>
    <message>
        <source>The server&apos;s answer is not JSON (%1).</source>
        <translation>服务器的回答不是 JSON (%1)。</translation>
    </message>
    <message>
        <source>The server answered without a caption (no choices).</source>
        <translation>服务器的回答中没有标注（无 choices）。</translation>
    </message>
    <message>
        <source>The server answered with an empty caption.</source>
        <translation>服务器回答了空标注。</translation>
    </message>
    <message>
        <source>No model is set for captioning.</source>
        <translation>未设置用于标注的模型。</translation>
    </message>
    <message>
        <source>“%1” is not a server address; use one like http://localhost:11434/v1.</source>
        <translation>“%1”不是服务器地址；请使用类似 http://localhost:11434/v1 的地址。</translation>
    </message>
    <message>
        <source>No Replicate API token: store one in Settings → Captioning (it goes to the keychain) or set REPLICATE_API_TOKEN.</source>
        <translation>没有 Replicate API 令牌：请在“设置 → 标注”中存储一个（保存到系统密钥环），或设置 REPLICATE_API_TOKEN。</translation>
    </message>
    <message>
        <source>Cannot read the image (%1).</source>
        <translation>无法读取图像 (%1)。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot decode the image (%1).</source>
        <translation>无法解码图像 (%1)。</translation>
    </message>
    <message>
        <source>Cannot encode the image as JPEG (%1).</source>
        <translation>无法将图像编码为 JPEG (%1)。</translation>
    </message>
    <message>
        <source>No dataset was given.</source>
        <translation>未指定数据集。</translation>
    </message>
    <message>
        <source>There is nothing to find: the search text is empty.</source>
        <translation>没有要查找的内容：搜索文本为空。</translation>
    </message>
    <message>
        <source>Invalid regular expression “%1” at offset %2: %3.</source>
        <translation>正则表达式“%1”在偏移量 %2 处无效：%3。</translation>
    </message>
    <message>
        <source>The replacement uses \%1, but the expression has %2 capture group(s).</source>
        <translation>替换内容使用了 \%1，但表达式只有 %2 个捕获组。</translation>
    </message>
    <message>
        <source>The caption template is empty.</source>
        <translation>标注模板为空。</translation>
    </message>
    <message>
        <source>Task #%1 is not a captioning run (it is “%2”).</source>
        <translation>任务 #%1 不是标注运行（它是“%2”）。</translation>
    </message>
    <message>
        <source>Task #%1 does not record what it was asked to caption.</source>
        <translation>任务 #%1 未记录要标注的内容。</translation>
    </message>
    <message>
        <source>Record the captioning run</source>
        <translation>记录标注运行</translation>
    </message>
    <message>
        <source>Captioning with %1</source>
        <translation>正在使用 %1 标注</translation>
    </message>
    <message>
        <source>Internal error while captioning.</source>
        <translation>标注时发生内部错误。</translation>
    </message>
    <message>
        <source>Write generated captions</source>
        <translation>写入生成的标注</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>剩余 %1 分钟</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>剩余 %1 小时</translation>
    </message>
    <message>
        <source>Caption with %1</source>
        <translation>使用 %1 标注</translation>
    </message>
    <message>
        <source>Caption %1 with %2</source>
        <translation>使用 %2 标注 %1</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 张/秒</translation>
    </message>
    <message>
        <source>%1 s per image</source>
        <translation>每张 %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 captioned</source>
        <translation>已标注 %1 / %2</translation>
    </message>
    <message>
        <source>BLIP (short captions)</source>
        <translation>BLIP（简短标注）</translation>
    </message>
    <message>
        <source>LLaVA 13B</source>
        <translation>LLaVA 13B</translation>
    </message>
    <message>
        <source>LLaVA 1.6 (Vicuna 13B)</source>
        <translation>LLaVA 1.6 (Vicuna 13B)</translation>
    </message>
    <message>
        <source>Florence-2 large (detailed captions)</source>
        <translation>Florence-2 large（详细标注）</translation>
    </message>
    <message>
        <source>Any model…</source>
        <translation>任意模型…</translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer has no caption in it.</source>
        <translation>Florence-2 的回答中没有标注。</translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer ends inside the caption.</source>
        <translation>Florence-2 的回答在标注中途结束。</translation>
    </message>
    <message>
        <source>The model&apos;s output holds no caption that LoRA Craft can read: %1</source>
        <translation>模型输出中没有 LoRA Craft 可读取的标注：%1</translation>
    </message>
    <message>
        <source>The Replicate model %1 has no version to run yet.</source>
        <translation>Replicate 模型 %1 尚无可运行的版本。</translation>
    </message>
    <message>
        <source>The extra inputs for the Replicate model are not a JSON object (%1): %2</source>
        <translation>Replicate 模型的额外输入不是 JSON 对象 (%1)：%2</translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation>模型失败：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Replicate stopped the prediction (%1).</source>
        <translation>Replicate 停止了预测 (%1)。</translation>
    </message>
    <message>
        <source>Replicate removed the prediction&apos;s output before it was read.</source>
        <translation>Replicate 在读取预测输出之前已将其删除。</translation>
    </message>
    <message>
        <source>Cannot read the CLIP vocabulary %1.</source>
        <translation>无法读取 CLIP 词表 %1。</translation>
    </message>
    <message>
        <source>The CLIP vocabulary is damaged.</source>
        <translation>CLIP 词表已损坏。</translation>
    </message>
    <message>
        <source>Cannot read the T5 tokenizer model %1.</source>
        <translation>无法读取 T5 分词器模型 %1。</translation>
    </message>
    <message>
        <source>The T5 tokenizer model is damaged.</source>
        <translation>T5 分词器模型已损坏。</translation>
    </message>
    <message>
        <source>The tokenizer model is not T5&apos;s.</source>
        <translation>该分词器模型不是 T5 的。</translation>
    </message>
    <message>
        <source>This build of LoRA Craft cannot read T5 tokenizer models.</source>
        <translation>此版本的 LoRA Craft 无法读取 T5 分词器模型。</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 failed, %4 kept (edited meanwhile)</source>
        <translation>已标注 %1 / %2，%3 个失败，%4 个已保留（期间被编辑）</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 failed</source>
        <translation>已标注 %1 / %2，%3 个失败</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 kept (edited meanwhile)</source>
        <translation>已标注 %1 / %2，%3 个已保留（期间被编辑）</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（已取消）</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot remove unused images</source>
        <translation>无法删除未使用的图像</translation>
    </message>
    <message>
        <source>%1 is not a catalog file (it is a folder).</source>
        <translation>%1 不是目录文件（它是一个文件夹）。</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (only %2 bytes long). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation>目录 %1 已损坏（仅 %2 字节）。请恢复快照 (loracraft-cli snapshot restore) 或备份，或将其移走以新建图库；LoRA Craft 不会覆盖它。</translation>
    </message>
    <message>
        <source>There is no catalog at %1.</source>
        <translation>%1 处没有目录。</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>无法打开目录 %1：%2</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or is not a database (%2). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation>目录 %1 已损坏或不是数据库 (%2)。请恢复快照 (loracraft-cli snapshot restore) 或备份，或将其移走以新建图库；LoRA Craft 不会覆盖它。</translation>
    </message>
    <message>
        <source>The catalog %1 is empty.</source>
        <translation>目录 %1 为空。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a LoRA Craft catalog. Choose another library folder.</source>
        <translation>%1 是 SQLite 数据库，但不是 LoRA Craft 目录。请选择其他图库文件夹。</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer LoRA Craft (schema version %2; this version reads up to %3). Update LoRA Craft, or open another library with --library.</source>
        <translation>目录 %1 由更新版本的 LoRA Craft 写入（架构版本 %2；此版本最高支持 %3）。请更新 LoRA Craft，或使用 --library 打开其他图库。</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1 for writing (journal mode stays &apos;%2&apos;). Check that the library folder is writable and on a local disk.</source>
        <translation>无法以写入方式打开目录 %1（日志模式仍为“%2”）。请检查图库文件夹是否可写且位于本地磁盘上。</translation>
    </message>
    <message>
        <source>Dataset #%1 does not exist.</source>
        <translation>数据集 #%1 不存在。</translation>
    </message>
    <message>
        <source>Workspace “%1” already has a dataset named “%2”.</source>
        <translation>工作区“%1”中已有名为“%2”的数据集。</translation>
    </message>
    <message>
        <source>The target resolution must be between 256 and 4096 pixels (got %1).</source>
        <translation>目标分辨率必须在 256 到 4096 像素之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The target resolution must be a multiple of 64 pixels (got %1).</source>
        <translation>目标分辨率必须是 64 像素的倍数（当前为 %1）。</translation>
    </message>
    <message>
        <source>Trigger and class words must be on one line.</source>
        <translation>触发词和类别词必须在同一行。</translation>
    </message>
    <message>
        <source>Workspace #%1 does not exist.</source>
        <translation>工作区 #%1 不存在。</translation>
    </message>
    <message>
        <source>Workspace “%1” has no dataset named “%2”.</source>
        <translation>工作区“%1”中没有名为“%2”的数据集。</translation>
    </message>
    <message>
        <source>The workspace “%1” no longer exists.</source>
        <translation>工作区“%1”已不存在。</translation>
    </message>
    <message>
        <source>Cannot restore the dataset</source>
        <translation>无法恢复数据集</translation>
    </message>
    <message>
        <source>Cannot bring back “%1”: a stored image it used was removed (gc ran).</source>
        <translation>无法找回“%1”：它使用的一张已存储图像已被删除（运行过 gc）。</translation>
    </message>
    <message>
        <source>Cannot restore “%1”</source>
        <translation>无法恢复“%1”</translation>
    </message>
    <message>
        <source>Cannot restore tags</source>
        <translation>无法恢复标签</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 个已存在</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 个重复</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 个已跳过</translation>
    </message>
    <message>
        <source>The filter has a “)” without its “(” (at character %1).</source>
        <translation>筛选条件中有一个“)”缺少对应的“(”（位于第 %1 个字符）。</translation>
    </message>
    <message>
        <source>The filter cannot be read from character %1 on.</source>
        <translation>无法从第 %1 个字符开始解析筛选条件。</translation>
    </message>
    <message>
        <source>The quote opened at character %1 of the filter is not closed.</source>
        <translation>筛选条件第 %1 个字符处的引号未闭合。</translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something after it.</source>
        <translation>筛选条件第 %1 个字符处的“OR”后面需要内容。</translation>
    </message>
    <message>
        <source>“AND” at character %1 of the filter needs something on each side.</source>
        <translation>筛选条件第 %1 个字符处的“AND”两侧都需要内容。</translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something before it.</source>
        <translation>筛选条件第 %1 个字符处的“OR”前面需要内容。</translation>
    </message>
    <message>
        <source>The filter has empty parentheses or a “)” without its “(” (at character %1).</source>
        <translation>筛选条件中有空括号，或有一个“)”缺少对应的“(”（位于第 %1 个字符）。</translation>
    </message>
    <message>
        <source>The filter ends where something to look for was expected.</source>
        <translation>筛选条件在应有查找内容的地方结束了。</translation>
    </message>
    <message>
        <source>“NOT” at character %1 of the filter needs something after it.</source>
        <translation>筛选条件第 %1 个字符处的“NOT”后面需要内容。</translation>
    </message>
    <message>
        <source>The “(” at character %1 of the filter is not closed.</source>
        <translation>筛选条件第 %1 个字符处的“(”未闭合。</translation>
    </message>
    <message>
        <source>The filter has empty quotes at character %1: put what to look for between them.</source>
        <translation>筛选条件第 %1 个字符处有空引号：请在引号之间填写要查找的内容。</translation>
    </message>
    <message>
        <source>The filter does not know “%1:”. It knows tag:, caption:, name:, stars:, width:, height:, tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, status:, origin:, format:, has:, license:, source: and id:.</source>
        <translation>筛选条件不认识“%1:”。可用的有 tag:、caption:、name:、stars:、width:、height:、tags:、tokens:、sharpness:、brightness:、blur:、dark:、bright:、lowres:、quality:、status:、origin:、format:、has:、license:、source: 和 id:。</translation>
    </message>
    <message>
        <source>“%1:” takes %2 (got “%3”).</source>
        <translation>“%1:”需要%2（得到的是“%3”）。</translation>
    </message>
    <message>
        <source>item numbers separated by commas</source>
        <translation>以逗号分隔的条目编号</translation>
    </message>
    <message>
        <source>something to look for</source>
        <translation>要查找的内容</translation>
    </message>
    <message>
        <source>something to look for, or &quot;&quot; for an empty caption</source>
        <translation>要查找的内容，或用 &quot;&quot; 表示空标注</translation>
    </message>
    <message>
        <source>a number with =, !=, &lt;, &lt;=, &gt;, &gt;= or a range such as 2..4</source>
        <translation>带 =、!=、&lt;、&lt;=、&gt;、&gt;= 的数字，或 2..4 这样的范围</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes 或 no</translation>
    </message>
    <message>
        <source>something to look for (openverse, brave, url, a site)</source>
        <translation>要查找的内容（openverse、brave、url 或某个网站）</translation>
    </message>
    <message>
        <source>The filter cannot use “%1:” here.</source>
        <translation>此处不能使用筛选条件“%1:”。</translation>
    </message>
    <message>
        <source>Words match anywhere in the caption, a tag or the file name (agon finds hexagon); &quot;quotes&quot; keep spaces.
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by (licence is not CC0/BY)  license:unknown  source:openverse  source:flickr
Combine with spaces (all must match), OR, NOT or -, and parentheses: (tag:cat OR tag:dog) -blur:yes</source>
        <translation>关键词可匹配标注、标签或文件名中的任意位置（agon 可找到 hexagon）；&quot;引号&quot; 可保留空格。
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by（许可证不是 CC0/BY）  license:unknown  source:openverse  source:flickr
可用空格组合（须全部匹配），也可用 OR、NOT 或 - 以及括号：(tag:cat OR tag:dog) -blur:yes</translation>
    </message>
    <message>
        <source>Token counts and quality flags are filtered by the library service.</source>
        <translation>token 数和质量标记由图库服务进行筛选。</translation>
    </message>
    <message>
        <source>Cannot list items</source>
        <translation>无法列出条目</translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation>条目 #%1 不存在。</translation>
    </message>
    <message>
        <source>The crop %1,%2 %3 × %4 does not fit inside the %5 × %6 image of item #%7.</source>
        <translation>裁剪框 %1,%2 %3 × %4 超出了条目 #%7 的 %5 × %6 图像范围。</translation>
    </message>
    <message>
        <source>A rating is between 0 and 5 stars.</source>
        <translation>评分应在 0 到 5 星之间。</translation>
    </message>
    <message>
        <source>Cannot read tags</source>
        <translation>无法读取标签</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>Name at least one tag to rename or merge.</source>
        <translation>请至少指定一个要重命名或合并的标签。</translation>
    </message>
    <message>
        <source>Name at least one tag to delete.</source>
        <translation>请至少指定一个要删除的标签。</translation>
    </message>
    <message>
        <source>Expected WORKSPACE/DATASET, got “%1”.</source>
        <translation>应为 WORKSPACE/DATASET，得到的是“%1”。</translation>
    </message>
    <message>
        <source>The library does not store the image %1.</source>
        <translation>图库中没有存储图像 %1。</translation>
    </message>
    <message>
        <source>Cannot upgrade the catalog to schema version %1: %2</source>
        <translation>无法将目录升级到架构版本 %1：%2</translation>
    </message>
    <message>
        <source>the file is in use or cannot be written</source>
        <translation>文件正在使用中或无法写入</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>手动拍摄</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>架构升级前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the catalog: %1</source>
        <translation>无法拍摄目录快照：%1</translation>
    </message>
    <message>
        <source>The snapshot %1 has a name LoRA Craft cannot read back.</source>
        <translation>快照 %1 的名称无法被 LoRA Craft 读取。</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>not a LoRA Craft catalog</source>
        <translation>不是 LoRA Craft 目录</translation>
    </message>
    <message>
        <source>written by a newer LoRA Craft (schema %1)</source>
        <translation>由更新版本的 LoRA Craft 写入（架构 %1）</translation>
    </message>
    <message>
        <source>“%1” names %2 snapshots; give more of the name.</source>
        <translation>“%1”匹配了 %2 个快照；请提供更完整的名称。</translation>
    </message>
    <message>
        <source>There is no snapshot “%1” in %2.</source>
        <translation>%2 中没有快照“%1”。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored: %2. The catalog was not changed.</source>
        <translation>无法恢复快照 %1：%2。目录未被更改。</translation>
    </message>
    <message>
        <source>The snapshot %1 fails its integrity check (%2). The catalog was not changed; choose another snapshot.</source>
        <translation>快照 %1 未通过完整性检查 (%2)。目录未被更改；请选择其他快照。</translation>
    </message>
    <message>
        <source>The catalog is still in use; close LoRA Craft&apos;s other windows and try again. The catalog was not changed.</source>
        <translation>目录仍在使用中；请关闭 LoRA Craft 的其他窗口后重试。目录未被更改。</translation>
    </message>
    <message>
        <source>%1: the catalog is busy (another process or thread holds a lock). Try again.</source>
        <translation>%1：目录正忙（另一个进程或线程持有锁）。请重试。</translation>
    </message>
    <message>
        <source>%1: the catalog is read-only. Check the permissions of the library folder.</source>
        <translation>%1：目录为只读。请检查图库文件夹的权限。</translation>
    </message>
    <message>
        <source>%1: the catalog file is damaged (%2). Run fsck, and restore a snapshot (loracraft-cli snapshot list, then snapshot restore) or a backup.</source>
        <translation>%1：目录文件已损坏 (%2)。请运行 fsck，并恢复快照（先 loracraft-cli snapshot list，再 snapshot restore）或备份。</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1：磁盘已满。</translation>
    </message>
    <message>
        <source>%1: cannot read or write the catalog file (%2).</source>
        <translation>%1：无法读写目录文件 (%2)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>无法准备查询</translation>
    </message>
    <message>
        <source>Catalog query failed</source>
        <translation>目录查询失败</translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>任务 #%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot recover interrupted tasks</source>
        <translation>无法恢复中断的任务</translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation>已中断：LoRA Craft 在任务完成前退出。</translation>
    </message>
    <message>
        <source>A workspace named “%1” already exists.</source>
        <translation>名为“%1”的工作区已存在。</translation>
    </message>
    <message>
        <source>No workspace named “%1”.</source>
        <translation>没有名为“%1”的工作区。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>A workspace name cannot be empty.</source>
        <translation>工作区名称不能为空。</translation>
    </message>
    <message>
        <source>A dataset name cannot be empty.</source>
        <translation>数据集名称不能为空。</translation>
    </message>
    <message>
        <source>The workspace name is too long (%1 characters; at most %2).</source>
        <translation>工作区名称过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>The dataset name is too long (%1 characters; at most %2).</source>
        <translation>数据集名称过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>A workspace name cannot contain &apos;/&apos;: “%1”.</source>
        <translation>工作区名称不能包含“/”：“%1”。</translation>
    </message>
    <message>
        <source>A dataset name cannot contain &apos;/&apos;: “%1”.</source>
        <translation>数据集名称不能包含“/”：“%1”。</translation>
    </message>
    <message>
        <source>A workspace name cannot contain control characters.</source>
        <translation>工作区名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>A dataset name cannot contain control characters.</source>
        <translation>数据集名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the old snapshot %1: %2</source>
        <translation>无法删除旧快照 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dataset.</source>
        <translation>数据集。</translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate: kohya, ai-toolkit, onetrainer, simpletuner or replicate-flux.</source>
        <translation>要模拟其分桶方式的训练器：kohya、ai-toolkit、onetrainer、simpletuner 或 replicate-flux。</translation>
    </message>
    <message>
        <source>The training resolution(s), comma-separated (default: as the export configures the trainer for the dataset&apos;s target).</source>
        <translation>训练分辨率，以逗号分隔（默认：按导出时为该数据集目标配置训练器的方式）。</translation>
    </message>
    <message>
        <source>The batch size (default 1).</source>
        <translation>批大小（默认 1）。</translation>
    </message>
    <message>
        <source>buckets needs --dataset WORKSPACE/DATASET.</source>
        <translation>buckets 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>--resolution takes numbers from 64 to 8192, comma-separated (for example 512,768,1024), not “%1”.</source>
        <translation>--resolution 接受 64 到 8192 之间、以逗号分隔的数字（例如 512,768,1024），而不是“%1”。</translation>
    </message>
    <message>
        <source>--batch-size is a number from 1 to 4096, not “%1”.</source>
        <translation>--batch-size 是 1 到 4096 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 has no image to bucket.</source>
        <translation>%1 中没有可分桶的图像。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>被舍弃</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>CROP</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>RES</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>分桶</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation>裁掉</translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>%1 at %2: %3 image(s) in %4 bucket(s), %5 step(s) per epoch at batch size %6.</source>
        <translation>%1（分辨率 %2）：%3 张图像分布在 %4 个分桶中，批大小为 %6 时每轮 %5 步。</translation>
    </message>
    <message>
        <source>%1 placement(s) scale the image up.</source>
        <translation>%1 处放置会放大图像。</translation>
    </message>
    <message>
        <source>%1 placement(s) are left out by the trainer (too small).</source>
        <translation>%1 处放置被训练器舍弃（太小）。</translation>
    </message>
    <message>
        <source>%1 bucket(s) hold fewer images than the batch size.</source>
        <translation>%1 个分桶的图像数少于批大小。</translation>
    </message>
    <message>
        <source>Show which bucket each image falls into for a trainer.</source>
        <translation>显示每张图像在某个训练器中会落入哪个分桶。</translation>
    </message>
    <message>
        <source>Simulate the trainer&apos;s own aspect-ratio bucketing of the dataset&apos;s kept images (their crops applied), exactly as its source computes it: per image the bucket, the scale factor, the share of pixels the trainer&apos;s crop cuts off and whether it is scaled up; then the histogram of buckets, those with fewer images than the batch size, and the steps one epoch takes (each image once, batched per bucket). kohya is simulated with bucket_no_upscale, as the export configures it; SimpleTuner with pixel_area and crop off; ai-toolkit and the Replicate Flux trainer train every image at each resolution.</source>
        <translation>模拟训练器自身对数据集中保留图像（已应用裁剪）的宽高比分桶，与其源代码的计算方式完全一致：列出每张图像的分桶、缩放系数、训练器裁剪掉的像素比例以及是否被放大；然后列出分桶直方图、图像数少于批大小的分桶，以及一轮所需的步数（每张图像一次，按分桶组批）。kohya 按导出的配置使用 bucket_no_upscale 进行模拟；SimpleTuner 使用 pixel_area 且关闭裁剪；ai-toolkit 和 Replicate Flux 训练器会在每个分辨率下训练每张图像。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>task %1: captioning %2 image(s); if it stops, continue with: loracraft-cli caption --resume %1</source>
        <translation>任务 %1：正在标注 %2 张图像；如果中断，可继续运行：loracraft-cli caption --resume %1</translation>
    </message>
    <message>
        <source>--resume needs a task id (a whole number): the one a caption run prints when it starts.</source>
        <translation>--resume 需要任务 ID（一个整数）：即标注运行开始时打印的 ID。</translation>
    </message>
    <message>
        <source>caption needs --dataset WORKSPACE/DATASET (or --resume TASK_ID).</source>
        <translation>caption 需要 --dataset WORKSPACE/DATASET（或 --resume TASK_ID）。</translation>
    </message>
    <message>
        <source>caption needs --backend (one of: %1).</source>
        <translation>caption 需要 --backend（取值之一：%1）。</translation>
    </message>
    <message>
        <source>--backend takes one of: %1.</source>
        <translation>--backend 的取值之一：%1。</translation>
    </message>
    <message>
        <source>caption needs --model (the model&apos;s name on the server, e.g. llava:13b, or a Replicate model such as salesforce/blip).</source>
        <translation>caption 需要 --model（服务器上的模型名称，例如 llava:13b，或 Replicate 模型，例如 salesforce/blip）。</translation>
    </message>
    <message>
        <source>--image-input, --prompt-input and --input are for --backend replicate.</source>
        <translation>--image-input、--prompt-input 和 --input 仅用于 --backend replicate。</translation>
    </message>
    <message>
        <source>caption --backend openai needs --url (e.g. http://localhost:11434/v1 for Ollama).</source>
        <translation>caption --backend openai 需要 --url（例如 Ollama 为 http://localhost:11434/v1）。</translation>
    </message>
    <message>
        <source>Give --prompt or --prompt-file, not both.</source>
        <translation>请指定 --prompt 或 --prompt-file，不能同时指定。</translation>
    </message>
    <message>
        <source>Cannot read the prompt file %1: %2</source>
        <translation>无法读取提示词文件 %1：%2</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>提示词为空。</translation>
    </message>
    <message>
        <source>--mode takes one of: %1.</source>
        <translation>--mode 的取值之一：%1。</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --api-key-env is not set.</source>
        <translation>--api-key-env 指定的环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>No Replicate API token: set REPLICATE_API_TOKEN, or store the token in the GUI (Settings → Captioning), which keeps it in the keychain.</source>
        <translation>没有 Replicate API 令牌：请设置 REPLICATE_API_TOKEN，或在图形界面中存储令牌（设置 → 标注），令牌将保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>failed     %1 — %2</source>
        <translation>失败     %1 — %2</translation>
    </message>
    <message>
        <source>task %1: %2 in %3 s</source>
        <translation>任务 %1：%2，用时 %3 秒</translation>
    </message>
    <message>
        <source>Resume with: loracraft-cli caption --resume %1</source>
        <translation>继续运行：loracraft-cli caption --resume %1</translation>
    </message>
    <message>
        <source>items needs --dataset WORKSPACE/DATASET.</source>
        <translation>items 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CAPTION FROM</source>
        <translation>标注来源</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>The dataset to caption.</source>
        <translation>要标注的数据集。</translation>
    </message>
    <message>
        <source>openai: any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter); replicate: a model on Replicate (token from REPLICATE_API_TOKEN or the keychain).</source>
        <translation>openai：任意 OpenAI 兼容服务器（Ollama、llama.cpp、vLLM、LM Studio、OpenRouter）；replicate：Replicate 上的模型（令牌来自 REPLICATE_API_TOKEN 或系统密钥环）。</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible base URL, e.g. http://localhost:11434/v1.</source>
        <translation>服务器的 OpenAI 兼容基础 URL，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>The model&apos;s name on the server; for Replicate OWNER/NAME[:VERSION], e.g. salesforce/blip, yorickvp/llava-13b, lucataco/florence-2-large.</source>
        <translation>服务器上的模型名称；Replicate 为 OWNER/NAME[:VERSION]，例如 salesforce/blip、yorickvp/llava-13b、lucataco/florence-2-large。</translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the image (default image).</source>
        <translation>Replicate：模型接收图像的输入名（默认 image）。</translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the prompt (LLaVA: prompt; none for BLIP and Florence-2).</source>
        <translation>Replicate：模型接收提示词的输入名（LLaVA：prompt；BLIP 和 Florence-2 为 none）。</translation>
    </message>
    <message>
        <source>Replicate: further inputs as a JSON object, e.g. &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;.</source>
        <translation>Replicate：以 JSON 对象形式提供的其他输入，例如 &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;。</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation>保存 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>The prompt; {trigger}, {class}, {tags}, {filename} and {caption} are filled in.</source>
        <translation>提示词；会填入 {trigger}、{class}、{tags}、{filename} 和 {caption}。</translation>
    </message>
    <message>
        <source>Read the prompt from a file.</source>
        <translation>从文件读取提示词。</translation>
    </message>
    <message>
        <source>fill-empty (default), replace-auto, append or replace-all.</source>
        <translation>fill-empty（默认）、replace-auto、append 或 replace-all。</translation>
    </message>
    <message>
        <source>Requests in flight (default 4).</source>
        <translation>并发请求数（默认 4）。</translation>
    </message>
    <message>
        <source>Long side of the image sent, in pixels (default 1024).</source>
        <translation>发送图像的长边像素数（默认 1024）。</translation>
    </message>
    <message>
        <source>Continue an earlier run without sending again what it captioned.</source>
        <translation>继续之前的运行，已标注的图像不会再次发送。</translation>
    </message>
    <message>
        <source>Caption a dataset&apos;s images with a vision model.</source>
        <translation>使用视觉模型标注数据集的图像。</translation>
    </message>
    <message>
        <source>Sends each image (upright, JPEG, long side --max-side) with the prompt to a vision model and writes the cleaned answer as the caption, recording the backend, model, prompt and time. By default only empty captions are filled; a caption typed by a person or read from a caption file is replaced only with --mode replace-all, and one edited while the run goes on is kept. Ctrl+C stops cleanly; --resume continues. Exit code 0 when every image got its caption, 3 when some failed (listed).</source>
        <translation>将每张图像（摆正方向、JPEG、长边为 --max-side）与提示词一起发送给视觉模型，并将清理后的回答写为标注，同时记录后端、模型、提示词和时间。默认只填充空标注；由人输入或从标注文件读取的标注仅在使用 --mode replace-all 时才会被替换，运行期间被编辑的标注会被保留。Ctrl+C 可干净地停止；--resume 可继续。所有图像都获得标注时退出码为 0，部分失败时为 3（会列出失败项）。</translation>
    </message>
    <message>
        <source>List a dataset&apos;s items with their captions and where they came from.</source>
        <translation>列出数据集的条目及其标注和来源。</translation>
    </message>
    <message>
        <source>Every item of the dataset (the trash included) with its id, file name, SHA-256, caption, the caption&apos;s provenance, tags, status, rating and size.</source>
        <translation>数据集的每个条目（包括回收站中的）及其 ID、文件名、SHA-256、标注、标注来源、标签、状态、评分和尺寸。</translation>
    </message>
    <message>
        <source>Only the items this filter selects, as in the grid&apos;s search box: words, tag:smile, caption:dress, stars:&gt;=4, width:&gt;512, tokens:&gt;75, blur:yes, status:rejected, has:crop, NOT/-, OR, parentheses. Without status: the trash is left out.</source>
        <translation>仅列出此筛选条件选中的条目，与网格搜索框相同：关键词、tag:smile、caption:dress、stars:&gt;=4、width:&gt;512、tokens:&gt;75、blur:yes、status:rejected、has:crop、NOT/-、OR、括号。不含 status: 时将排除回收站。</translation>
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation>--library 需要一个文件夹</translation>
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
        <translation>用法：loracraft-cli [--library DIR] [--json] COMMAND [ARGS...]

LoRA Craft %1 命令行工具：管理图库中的工作区和数据集。

全局选项：
  --library DIR  图库文件夹（默认：$LORACRAFT_LIBRARY，否则为 %2）
  --json         在 stdout 上输出机器可读的 JSON
  --help, -h     显示帮助；COMMAND --help 显示命令的选项
  --version      打印版本号

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage or user error, 2 internal error, 3 completed with problems.
</source>
        <translation>
退出码：0 成功，1 用法或用户错误，2 内部错误，3 完成但有问题。
</translation>
    </message>
    <message>
        <source>
Sub-commands (each with --help):
</source>
        <translation>
子命令（均支持 --help）：
</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>see loracraft-cli --help</source>
        <translation>参见 loracraft-cli --help</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli %1 {%2} ...
</source>
        <translation>用法：loracraft-cli %1 {%2} ...
</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”</source>
        <translation>未知命令“%1 %2”</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>see loracraft-cli %1 --help</source>
        <translation>参见 loracraft-cli %1 --help</translation>
    </message>
    <message>
        <source>%1: missing arguments</source>
        <translation>%1：缺少参数</translation>
    </message>
    <message>
        <source>%1: too many arguments</source>
        <translation>%1：参数过多</translation>
    </message>
    <message>
        <source>usage: loracraft-cli %1 %2</source>
        <translation>用法：loracraft-cli %1 %2</translation>
    </message>
    <message>
        <source>Add --%1 to create it.</source>
        <translation>添加 --%1 以创建它。</translation>
    </message>
    <message>
        <source>warning: the library %1 is on a network file system (%2). SQLite&apos;s locking is not reliable there: never open it from two computers at once, and keep a local copy.</source>
        <translation>警告：图库 %1 位于网络文件系统 (%2) 上。SQLite 的锁定在此不可靠：切勿同时从两台计算机打开它，并保留一份本地副本。</translation>
    </message>
    <message>
        <source>Delete even if it still holds data.</source>
        <translation>即使仍有数据也删除。</translation>
    </message>
    <message>
        <source>Trigger word, e.g. &quot;sks&quot;.</source>
        <translation>触发词，例如 &quot;sks&quot;。</translation>
    </message>
    <message>
        <source>Class word, e.g. &quot;person&quot;.</source>
        <translation>类别词，例如 &quot;person&quot;。</translation>
    </message>
    <message>
        <source>Target model: %1.</source>
        <translation>目标模型：%1。</translation>
    </message>
    <message>
        <source>Target resolution in pixels (multiple of 64; default 1024, 512 for sd15).</source>
        <translation>目标分辨率，单位为像素（64 的倍数；默认 1024，sd15 为 512）。</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>自由格式的备注。</translation>
    </message>
    <message>
        <source>The dataset whose images are exported as this one&apos;s regularization (class) set, or &quot;none&quot;.</source>
        <translation>其图像作为此数据集的正则化（类别）集导出的数据集，或 &quot;none&quot;。</translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption: caption (default), tags or both (caption, then tags).</source>
        <translation>训练器读取为每张图像标注的内容：caption（默认）、tags 或 both（标注，然后是标签）。</translation>
    </message>
    <message>
        <source>--caption-source takes one of: %1 (got “%2”).</source>
        <translation>--caption-source 的取值之一：%1（得到的是“%2”）。</translation>
    </message>
    <message>
        <source>Unknown target model “%1”; use one of: %2.</source>
        <translation>未知的目标模型“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--resolution needs a whole number of pixels, got “%1”.</source>
        <translation>--resolution 需要整数像素值，得到的是“%1”。</translation>
    </message>
    <message>
        <source>Dataset:     %1/%2</source>
        <translation>数据集：     %1/%2</translation>
    </message>
    <message>
        <source>Items:       %1 (%2 rejected, %3 in trash)</source>
        <translation>条目：       %1（%2 个已排除，%3 个在回收站中）</translation>
    </message>
    <message>
        <source>Trigger:     %1</source>
        <translation>触发词：     %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Class:       %1</source>
        <translation>类别词：     %1</translation>
    </message>
    <message>
        <source>Target:      %1 at %2 px</source>
        <translation>目标：       %1，%2 px</translation>
    </message>
    <message>
        <source>Trainer reads: %1</source>
        <translation>训练器读取：%1</translation>
    </message>
    <message>
        <source>Notes:       %1</source>
        <translation>备注：       %1</translation>
    </message>
    <message>
        <source>Reg. set:    dataset #%1</source>
        <translation>正则化集：   数据集 #%1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>创建时间：   %1</translation>
    </message>
    <message>
        <source>Created workspace “%1”.</source>
        <translation>已创建工作区“%1”。</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: loracraft-cli workspace create NAME</source>
        <translation>尚无工作区。可使用以下命令创建：loracraft-cli workspace create NAME</translation>
    </message>
    <message>
        <source>DATASETS</source>
        <translation>数据集数</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Renamed workspace “%1” to “%2”.</source>
        <translation>已将工作区“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Workspace “%1” holds %2 dataset(s) with %3 item(s). Add --yes to delete them with it.</source>
        <translation>工作区“%1”包含 %2 个数据集，共 %3 个条目。添加 --yes 可将它们一并删除。</translation>
    </message>
    <message>
        <source>Deleted workspace “%1” (%2 dataset(s), %3 item(s)). Run gc to free the disk space of images no other dataset uses.</source>
        <translation>已删除工作区“%1”（%2 个数据集，%3 个条目）。运行 gc 可释放其他数据集不再使用的图像所占的磁盘空间。</translation>
    </message>
    <message>
        <source>Create it first, or add --parents.</source>
        <translation>请先创建它，或添加 --parents。</translation>
    </message>
    <message>
        <source>Created dataset “%1/%2”.</source>
        <translation>已创建数据集“%1/%2”。</translation>
    </message>
    <message>
        <source>No datasets yet. Create one with: loracraft-cli dataset create WORKSPACE/DATASET</source>
        <translation>尚无数据集。可使用以下命令创建：loracraft-cli dataset create WORKSPACE/DATASET</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>触发词</translation>
    </message>
    <message>
        <source>Renamed dataset “%1/%2” to “%1/%3”.</source>
        <translation>已将数据集“%1/%2”重命名为“%1/%3”。</translation>
    </message>
    <message>
        <source>Duplicated dataset “%1/%2” as “%1/%3” (%4 item(s)).</source>
        <translation>已将数据集“%1/%2”复制为“%1/%3”（%4 个条目）。</translation>
    </message>
    <message>
        <source>A dataset cannot be its own regularization set.</source>
        <translation>数据集不能作为自身的正则化集。</translation>
    </message>
    <message>
        <source>Moved dataset “%1/%2” to workspace “%3”.</source>
        <translation>已将数据集“%1/%2”移动到工作区“%3”。</translation>
    </message>
    <message>
        <source>The trash of “%1/%2” holds %3 item(s). Add --yes to delete them for good.</source>
        <translation>“%1/%2”的回收站中有 %3 个条目。添加 --yes 可将它们永久删除。</translation>
    </message>
    <message>
        <source>Deleted %1 item(s) from the trash of “%2/%3”. Run gc to free the disk space of images nothing uses.</source>
        <translation>已从“%2/%3”的回收站中删除 %1 个条目。运行 gc 可释放不再使用的图像所占的磁盘空间。</translation>
    </message>
    <message>
        <source>Dataset “%1/%2” holds %3 item(s). Add --yes to delete them with it.</source>
        <translation>数据集“%1/%2”包含 %3 个条目。添加 --yes 可将它们一并删除。</translation>
    </message>
    <message>
        <source>Deleted dataset “%1/%2” (%3 item(s)).</source>
        <translation>已删除数据集“%1/%2”（%3 个条目）。</translation>
    </message>
    <message>
        <source>Checking stored images: %1/%2</source>
        <translation>正在检查已存储的图像：%1/%2</translation>
    </message>
    <message>
        <source>repaired: %1 — read back from %2</source>
        <translation>已修复：%1 — 从 %2 重新读取</translation>
    </message>
    <message>
        <source>not repaired: %1</source>
        <translation>未修复：%1</translation>
    </message>
    <message>
        <source>Checked the catalog and %1 stored image(s) (%2).</source>
        <translation>已检查目录和 %1 张已存储的图像（%2）。</translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <source>missing: %1 — %2</source>
        <translation>缺失：%1 — %2</translation>
    </message>
    <message>
        <source>damaged: %1 — %2</source>
        <translation>损坏：%1 — %2</translation>
    </message>
    <message>
        <source>orphan:  %1 (no catalog entry; gc removes it)</source>
        <translation>孤立：  %1（无目录条目；gc 会将其删除）</translation>
    </message>
    <message>
        <source>foreign: %1 (not a LoRA Craft object; left alone)</source>
        <translation>外来：  %1（不是 LoRA Craft 对象；不做处理）</translation>
    </message>
    <message>
        <source>temporary: %1 (left by an interrupted import or export; removed on the next open or by gc)</source>
        <translation>临时：  %1（由中断的导入或导出留下；下次打开时或由 gc 删除）</translation>
    </message>
    <message>
        <source>%1 stored image(s) are no longer used by any item; gc removes them.</source>
        <translation>%1 张已存储的图像已不再被任何条目使用；gc 会将其删除。</translation>
    </message>
    <message>
        <source>%1 stored image(s) are kept because a catalog snapshot names them.</source>
        <translation>%1 张已存储的图像因被目录快照引用而保留。</translation>
    </message>
    <message>
        <source>Run fsck --repair to bring back missing or damaged originals from where they were imported.</source>
        <translation>运行 fsck --repair 可从导入来源找回缺失或损坏的原图。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems found: %1 catalog, %2 missing, %3 damaged.</source>
        <translation>发现问题：目录 %1 个，缺失 %2 个，损坏 %3 个。</translation>
    </message>
    <message>
        <source>Would remove %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation>将删除 %1 张未使用的图像和 %2 个孤立文件，释放 %3。</translation>
    </message>
    <message>
        <source>Removed %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation>已删除 %1 张未使用的图像和 %2 个孤立文件，释放了 %3。</translation>
    </message>
    <message>
        <source>Create a workspace.</source>
        <translation>创建工作区。</translation>
    </message>
    <message>
        <source>List workspaces.</source>
        <translation>列出工作区。</translation>
    </message>
    <message>
        <source>Rename a workspace.</source>
        <translation>重命名工作区。</translation>
    </message>
    <message>
        <source>Delete a workspace and its datasets.</source>
        <translation>删除工作区及其数据集。</translation>
    </message>
    <message>
        <source>Delete a workspace with all its datasets and items. A workspace that still holds datasets is only deleted with --yes. Stored images stay until gc removes the ones nothing uses.</source>
        <translation>删除工作区及其所有数据集和条目。仍包含数据集的工作区只有在指定 --yes 时才会被删除。已存储的图像会保留，直到 gc 删除不再使用的图像。</translation>
    </message>
    <message>
        <source>Create the workspace too if it does not exist.</source>
        <translation>如果工作区不存在，也一并创建。</translation>
    </message>
    <message>
        <source>Create a dataset.</source>
        <translation>创建数据集。</translation>
    </message>
    <message>
        <source>Create a dataset in a workspace, with its training settings.</source>
        <translation>在工作区中创建数据集，并设置其训练参数。</translation>
    </message>
    <message>
        <source>List datasets (of one workspace).</source>
        <translation>列出数据集（某个工作区的）。</translation>
    </message>
    <message>
        <source>Show a dataset&apos;s settings and counts.</source>
        <translation>显示数据集的设置和计数。</translation>
    </message>
    <message>
        <source>Rename a dataset.</source>
        <translation>重命名数据集。</translation>
    </message>
    <message>
        <source>Copy a dataset in its workspace.</source>
        <translation>在工作区内复制数据集。</translation>
    </message>
    <message>
        <source>Copy a dataset with its settings and items (captions, tags, crops, ratings); the images are shared, not copied.</source>
        <translation>复制数据集及其设置和条目（标注、标签、裁剪、评分）；图像是共享的，不会被复制。</translation>
    </message>
    <message>
        <source>Change a dataset&apos;s settings.</source>
        <translation>更改数据集的设置。</translation>
    </message>
    <message>
        <source>Move a dataset to another workspace.</source>
        <translation>将数据集移动到其他工作区。</translation>
    </message>
    <message>
        <source>Move a dataset and its items to another workspace; its name must be free there.</source>
        <translation>将数据集及其条目移动到其他工作区；目标工作区中不能有同名数据集。</translation>
    </message>
    <message>
        <source>Delete the items in a dataset&apos;s trash for good.</source>
        <translation>永久删除数据集回收站中的条目。</translation>
    </message>
    <message>
        <source>Delete the dataset&apos;s trashed items (only with --yes when there are any). Their stored images stay until gc removes the ones nothing uses.</source>
        <translation>删除数据集回收站中的条目（若有条目，须指定 --yes）。其已存储的图像会保留，直到 gc 删除不再使用的图像。</translation>
    </message>
    <message>
        <source>Delete a dataset.</source>
        <translation>删除数据集。</translation>
    </message>
    <message>
        <source>Delete a dataset and its items. A dataset that holds items is only deleted with --yes.</source>
        <translation>删除数据集及其条目。包含条目的数据集只有在指定 --yes 时才会被删除。</translation>
    </message>
    <message>
        <source>Check the catalog and re-hash every stored image.</source>
        <translation>检查目录并重新计算每张已存储图像的哈希。</translation>
    </message>
    <message>
        <source>Check the catalog&apos;s integrity, that every stored image exists and re-hashes to its name, and list orphan and temporary files. Changes nothing and takes no lock: it works on a read-only library and on one that LoRA Craft has open. Exit code 3 when problems are found. With --repair, stored originals that are missing or damaged are read back from where they were imported when the file there still has the same content (this writes, so it needs the library to itself).</source>
        <translation>检查目录的完整性，检查每张已存储的图像是否存在且重新计算的哈希与其名称一致，并列出孤立文件和临时文件。不做任何更改，也不加锁：可用于只读图库以及 LoRA Craft 正在打开的图库。发现问题时退出码为 3。使用 --repair 时，若导入来源处的文件内容仍然相同，则从该处重新读取缺失或损坏的已存储原图（这会写入，因此需要独占图库）。</translation>
    </message>
    <message>
        <source>Bring back missing or damaged originals from their import source.</source>
        <translation>从导入来源找回缺失或损坏的原图。</translation>
    </message>
    <message>
        <source>Remove stored images that no item uses.</source>
        <translation>删除没有任何条目使用的已存储图像。</translation>
    </message>
    <message>
        <source>Remove stored images and thumbnails that no item references (items in the trash keep theirs), orphan files and leftover temporary files. Refuses to run on a catalog that fails its integrity check, or one that knows no stored images while objects/ holds some.</source>
        <translation>删除没有任何条目引用的已存储图像和缩略图（回收站中的条目保留其图像）、孤立文件以及残留的临时文件。如果目录未通过完整性检查，或目录中没有已存储图像而 objects/ 中却有文件，则拒绝运行。</translation>
    </message>
    <message>
        <source>Only report what would be removed.</source>
        <translation>仅报告将要删除的内容。</translation>
    </message>
    <message>
        <source>The item (its id, as `items` lists them).</source>
        <translation>条目（其 ID，与 `items` 列出的一致）。</translation>
    </message>
    <message>
        <source>The crop in the image&apos;s upright pixels: left, top, width, height.</source>
        <translation>以图像摆正后的像素表示的裁剪框：左、上、宽、高。</translation>
    </message>
    <message>
        <source>Remove the item&apos;s crop.</source>
        <translation>移除条目的裁剪。</translation>
    </message>
    <message>
        <source>With --auto: the dataset.</source>
        <translation>与 --auto 一起使用：数据集。</translation>
    </message>
    <message>
        <source>Propose a crop for every kept image of the dataset that keeps its subject, and apply them.</source>
        <translation>为数据集中每张保留的图像建议一个保留主体的裁剪框，并应用它们。</translation>
    </message>
    <message>
        <source>With --auto: nearest-bucket (default: the trainer&apos;s bucket nearest to each image) or W:H (for example 1:1).</source>
        <translation>与 --auto 一起使用：nearest-bucket（默认：训练器中离每张图像最近的分桶）或 W:H（例如 1:1）。</translation>
    </message>
    <message>
        <source>With --auto: the trainer whose buckets count (kohya, ai-toolkit, onetrainer, simpletuner, replicate-flux; default kohya).</source>
        <translation>与 --auto 一起使用：以其分桶为准的训练器（kohya、ai-toolkit、onetrainer、simpletuner、replicate-flux；默认 kohya）。</translation>
    </message>
    <message>
        <source>With --auto: faces (default: faces, else the salient region, else the centre), saliency or center.</source>
        <translation>与 --auto 一起使用：faces（默认：人脸，否则显著区域，再否则中心）、saliency 或 center。</translation>
    </message>
    <message>
        <source>With --auto: only list the proposed crops.</source>
        <translation>与 --auto 一起使用：仅列出建议的裁剪。</translation>
    </message>
    <message>
        <source>--rect is X,Y,W,H in pixels (for example 0,120,1280,720), not “%1”.</source>
        <translation>--rect 为以像素表示的 X,Y,W,H（例如 0,120,1280,720），而不是“%1”。</translation>
    </message>
    <message>
        <source>A crop needs a width and a height above 0.</source>
        <translation>裁剪框的宽度和高度必须大于 0。</translation>
    </message>
    <message>
        <source>crop --auto needs --dataset WORKSPACE/DATASET.</source>
        <translation>crop --auto 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>--aspect is nearest-bucket or W:H (for example 1:1 or 3:2), not “%1”.</source>
        <translation>--aspect 为 nearest-bucket 或 W:H（例如 1:1 或 3:2），而不是“%1”。</translation>
    </message>
    <message>
        <source>--trainer is one of %1, not “%2”.</source>
        <translation>--trainer 为 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--subject is faces, saliency or center, not “%1”.</source>
        <translation>--subject 为 faces、saliency 或 center，而不是“%1”。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n 张人脸</numerusform>
        </translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>No face model was found (install OpenCV&apos;s data files, Debian: opencv-data): placed by saliency.</source>
        <translation>未找到人脸模型（请安装 OpenCV 的数据文件，Debian：opencv-data）：已按显著性放置。</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) would change (dry run: nothing was written).</source>
        <translation>%2 个裁剪中有 %1 个会更改（试运行：未写入任何内容）。</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) changed; undo in the app (Edit → Undo) or with crop --item ID --clear.</source>
        <translation>%2 个裁剪中有 %1 个已更改；可在应用中撤销（编辑 → 撤销）或使用 crop --item ID --clear。</translation>
    </message>
    <message>
        <source>--dataset goes with --auto; one item&apos;s crop takes --item ID.</source>
        <translation>--dataset 需与 --auto 一起使用；单个条目的裁剪使用 --item ID。</translation>
    </message>
    <message>
        <source>crop needs --item ID (see `loracraft-cli items`).</source>
        <translation>crop 需要 --item ID（参见 `loracraft-cli items`）。</translation>
    </message>
    <message>
        <source>Give --rect or --clear, not both.</source>
        <translation>请指定 --rect 或 --clear，不能同时指定。</translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation>条目 #%1 不存在。</translation>
    </message>
    <message>
        <source>%1 (#%2, %3 × %4) is not cropped.</source>
        <translation>%1 (#%2, %3 × %4) 未裁剪。</translation>
    </message>
    <message>
        <source>%1 (#%2) is cropped to %3 × %4 at %5,%6 (of %7 × %8).</source>
        <translation>%1 (#%2) 已裁剪为 %3 × %4，位于 %5,%6（原图 %7 × %8）。</translation>
    </message>
    <message>
        <source>Show, set or clear an item&apos;s crop, or crop a dataset automatically.</source>
        <translation>显示、设置或清除条目的裁剪，或自动裁剪数据集。</translation>
    </message>
    <message>
        <source>An item&apos;s crop is a rectangle in the image&apos;s upright pixels (after its EXIF orientation); the stored picture is never changed, and the export and the bucket simulation crop it. Without --rect or --clear, prints the crop. With --dataset and --auto, every kept image gets the largest crop of the target aspect (each image&apos;s nearest bucket of the trainer, or W:H) placed to keep its subject: the faces together (never cut through one), else the salient region, else the centre; images already of the aspect keep no crop. Faces are found with OpenCV&apos;s Haar cascades (YuNet when its model is installed).</source>
        <translation>条目的裁剪是以图像摆正后（应用 EXIF 方向后）的像素表示的矩形；存储的图片永远不会被更改，导出和分桶模拟会对其进行裁剪。不带 --rect 或 --clear 时打印裁剪。使用 --dataset 和 --auto 时，每张保留的图像都会得到目标宽高比（每张图像在训练器中的最近分桶，或 W:H）下最大的裁剪框，并尽量保留主体：所有人脸一起保留（绝不切过人脸），否则保留显著区域，再否则取中心；已符合该宽高比的图像不裁剪。人脸检测使用 OpenCV 的 Haar 级联分类器（若已安装 YuNet 模型则使用 YuNet）。</translation>
    </message>
    <message>
        <source>dataset (default): within the dataset; workspace: across every dataset of its workspace.</source>
        <translation>dataset（默认）：在数据集内；workspace：跨其工作区的所有数据集。</translation>
    </message>
    <message>
        <source>strict, normal (default) or loose.</source>
        <translation>strict、normal（默认）或 loose。</translation>
    </message>
    <message>
        <source>keep-best: move every image but each group&apos;s suggested keeper to the trash (restorable).</source>
        <translation>keep-best：除每组建议保留的图像外，将其余图像移入回收站（可恢复）。</translation>
    </message>
    <message>
        <source>dedup needs --dataset WORKSPACE/DATASET.</source>
        <translation>dedup 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>--scope is dataset or workspace, not “%1”.</source>
        <translation>--scope 为 dataset 或 workspace，而不是“%1”。</translation>
    </message>
    <message>
        <source>--sensitivity is strict, normal or loose, not “%1”.</source>
        <translation>--sensitivity 为 strict、normal 或 loose，而不是“%1”。</translation>
    </message>
    <message>
        <source>--apply takes keep-best, not “%1”.</source>
        <translation>--apply 接受 keep-best，而不是“%1”。</translation>
    </message>
    <message>
        <source>Hashed %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation>已为此检查功能出现之前存储的 %1 张图像计算哈希（基于其缩略图）。</translation>
    </message>
    <message>
        <source>%1 image(s) left out: their thumbnails cannot be read (run fsck).</source>
        <translation>已排除 %1 张图像：无法读取其缩略图（请运行 fsck）。</translation>
    </message>
    <message>
        <source>Group %1 — keep #%2: %3</source>
        <translation>第 %1 组 — 保留 #%2：%3</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>已移入回收站</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>analyze needs --dataset WORKSPACE/DATASET.</source>
        <translation>analyze 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>Measured %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation>已测量此检查功能出现之前存储的 %1 张图像（基于其缩略图）。</translation>
    </message>
    <message>
        <source>No quality problem among the %1 image(s) of %2.</source>
        <translation>%2 的 %1 张图像中没有质量问题。</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged: %3.</source>
        <translation>%2 张图像中有 %1 张被标记：%3。</translation>
    </message>
    <message>
        <source>Find near-duplicate images and the one to keep of each group.</source>
        <translation>查找近似重复图像以及每组中应保留的图像。</translation>
    </message>
    <message>
        <source>Group the near-duplicates of a dataset (or, with --scope workspace, of every dataset of its workspace): re-encodes, resizes, recompressions, brightness or contrast changes, small crops and watermarks of one picture. Candidates come from a perceptual hash (DCT) and are confirmed by a second, gradient hash. Each group lists its images with their item id, file name, source, size and similarity, the suggested keeper first (highest resolution, then sharpest, then the largest file). Pairs kept as not duplicates in the app are never proposed again. --apply keep-best moves the others to the trash (restorable).</source>
        <translation>将数据集（或使用 --scope workspace 时，其工作区的所有数据集）中的近似重复项分组：同一图片的重新编码、缩放、重新压缩、亮度或对比度变化、小幅裁剪和水印。候选项来自感知哈希 (DCT)，并通过第二种梯度哈希确认。每组列出其图像的条目 ID、文件名、来源、尺寸和相似度，建议保留的图像排在首位（分辨率最高，其次最清晰，再次文件最大）。在应用中标记为非重复的图像对不会再被建议。--apply keep-best 会将其他图像移入回收站（可恢复）。</translation>
    </message>
    <message>
        <source>List the quality problems of a dataset&apos;s images.</source>
        <translation>列出数据集图像的质量问题。</translation>
    </message>
    <message>
        <source>Flag each kept or rejected image of the dataset that is below the dataset&apos;s target resolution, looks upscaled (sharp only once reduced), is blurry, under- or overexposed (a quarter of it clipped, or very dark or bright), letterboxed or pillarboxed (with the picture&apos;s box, to crop to), of an extreme aspect ratio (beyond 2.5:1) or a heavily compressed JPEG, and print a summary. The thresholds are those set in the app&apos;s Settings (Quality page). Images stored by an earlier version are measured from their thumbnails first.</source>
        <translation>标记数据集中每张保留或排除的图像是否存在以下问题：低于数据集的目标分辨率、看起来经过放大（仅缩小后才清晰）、模糊、曝光不足或过度（四分之一像素被截断，或非常暗或非常亮）、有上下或左右黑边（附带可裁剪到的画面区域）、宽高比极端（超过 2.5:1）或为重度压缩的 JPEG，并打印摘要。阈值为应用设置（质量页面）中设定的值。旧版本存储的图像会先基于其缩略图进行测量。</translation>
    </message>
    <message>
        <source>edit needs --dataset WORKSPACE/DATASET.</source>
        <translation>edit 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>--status must be active, rejected or trashed, not “%1”.</source>
        <translation>--status 必须为 active、rejected 或 trashed，而不是“%1”。</translation>
    </message>
    <message>
        <source>--rating must be a number from 0 to 5.</source>
        <translation>--rating 必须是 0 到 5 之间的数字。</translation>
    </message>
    <message>
        <source>edit needs at least one change: --caption, --append-caption, --add-tag, --remove-tag, --status or --rating.</source>
        <translation>edit 至少需要一项更改：--caption、--append-caption、--add-tag、--remove-tag、--status 或 --rating。</translation>
    </message>
    <message numerus="yes">
        <source>Would edit %n item(s) of “%1”.</source>
        <translation>
            <numerusform>将编辑“%1”的 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed: edited %n item(s) of “%1”.</source>
        <translation>
            <numerusform>已提交：编辑了“%1”的 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change captions, tags, status or rating of many items at once.</source>
        <translation>一次性更改多个条目的标注、标签、状态或评分。</translation>
    </message>
    <message>
        <source>Apply every change given to the dataset&apos;s items (those --filter selects, in the grid&apos;s filter language; without it every kept and rejected item) in one transaction: all of it is saved, or none. A new caption counts as typed by a person. Prints “Committed” once the change is on disk.</source>
        <translation>在一个事务中将所有给定的更改应用到数据集的条目（由 --filter 以网格筛选语法选中的条目；未指定时为所有保留和排除的条目）：要么全部保存，要么全部不保存。新标注视为由人输入。更改写入磁盘后打印“Committed”。</translation>
    </message>
    <message>
        <source>Only the items this filter selects.</source>
        <translation>仅限此筛选条件选中的条目。</translation>
    </message>
    <message>
        <source>Replace the caption (may be empty).</source>
        <translation>替换标注（可以为空）。</translation>
    </message>
    <message>
        <source>Append to the caption, after “, ”.</source>
        <translation>追加到标注之后，以“, ”分隔。</translation>
    </message>
    <message>
        <source>Add tags (repeat, or separate with commas).</source>
        <translation>添加标签（可重复指定，或以逗号分隔）。</translation>
    </message>
    <message>
        <source>Remove tags (repeat, or separate with commas).</source>
        <translation>移除标签（可重复指定，或以逗号分隔）。</translation>
    </message>
    <message>
        <source>active, rejected or trashed.</source>
        <translation>active、rejected 或 trashed。</translation>
    </message>
    <message>
        <source>Stars, 0 to 5.</source>
        <translation>星级，0 到 5。</translation>
    </message>
    <message>
        <source>Only say how many items would change.</source>
        <translation>仅显示将更改的条目数量。</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 的取值之一：%2。</translation>
    </message>
    <message>
        <source>export needs --format (one of: %1).</source>
        <translation>export 需要 --format（取值之一：%1）。</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>未知格式“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>export needs --out PATH (a folder, or a file ending in .zip).</source>
        <translation>export 需要 --out PATH（文件夹，或以 .zip 结尾的文件）。</translation>
    </message>
    <message>
        <source>Replicate trainers take a ZIP: give --out a name ending in .zip.</source>
        <translation>Replicate 训练器需要 ZIP：请为 --out 指定以 .zip 结尾的名称。</translation>
    </message>
    <message>
        <source>--resolution needs whole numbers from 256 to 4096, separated by commas.</source>
        <translation>--resolution 需要 256 到 4096 之间、以逗号分隔的整数。</translation>
    </message>
    <message>
        <source>--subset needs TAG:REPEATS, e.g. closeup:4 (got “%1”).</source>
        <translation>--subset 需要 TAG:REPEATS，例如 closeup:4（得到的是“%1”）。</translation>
    </message>
    <message>
        <source>--background needs a colour such as #ffffff or white.</source>
        <translation>--background 需要颜色，例如 #ffffff 或 white。</translation>
    </message>
    <message>
        <source>--resize is none, long-side:N or bucket.</source>
        <translation>--resize 为 none、long-side:N 或 bucket。</translation>
    </message>
    <message>
        <source>--resize long-side:N needs N ≥ 64.</source>
        <translation>--resize long-side:N 需要 N ≥ 64。</translation>
    </message>
    <message>
        <source>Pre-flight: %1 image(s) to export as %2.</source>
        <translation>预检：%1 张图像将导出为 %2。</translation>
    </message>
    <message>
        <source>The export is blocked by the pre-flight errors above; nothing was written.</source>
        <translation>导出被上述预检错误阻止；未写入任何内容。</translation>
    </message>
    <message>
        <source>Exporting %1/%2</source>
        <translation>正在导出 %1/%2</translation>
    </message>
    <message>
        <source>Exported %1 image(s) for %2 to %3 (%4 in %5 s).</source>
        <translation>已将 %1 张图像为 %2 导出到 %3（%4，用时 %5 秒）。</translation>
    </message>
    <message>
        <source>Dataset to export.</source>
        <translation>要导出的数据集。</translation>
    </message>
    <message>
        <source>The trainer&apos;s layout: %1.</source>
        <translation>训练器的目录结构：%1。</translation>
    </message>
    <message>
        <source>Output folder, or a file ending in .zip (must not exist).</source>
        <translation>输出文件夹，或以 .zip 结尾的文件（必须不存在）。</translation>
    </message>
    <message>
        <source>Trigger word (default: the dataset&apos;s).</source>
        <translation>触发词（默认：数据集的设置）。</translation>
    </message>
    <message>
        <source>Class word (default: the dataset&apos;s).</source>
        <translation>类别词（默认：数据集的设置）。</translation>
    </message>
    <message>
        <source>Repeats per epoch (default: from kohya folders, else 10).</source>
        <translation>每轮重复次数（默认：来自 kohya 文件夹，否则为 10）。</translation>
    </message>
    <message>
        <source>caption, tags or both (default: the dataset&apos;s, see dataset set --caption-source).</source>
        <translation>caption、tags 或 both（默认：数据集的设置，参见 dataset set --caption-source）。</translation>
    </message>
    <message>
        <source>Do not put the trigger word in front of captions that lack it.</source>
        <translation>不在缺少触发词的标注前添加触发词。</translation>
    </message>
    <message>
        <source>Export rejected images too.</source>
        <translation>同时导出已排除的图像。</translation>
    </message>
    <message>
        <source>Export even when the pre-flight finds images the trainer will leave out.</source>
        <translation>即使预检发现训练器会舍弃某些图像也导出。</translation>
    </message>
    <message>
        <source>original (sanitized stems, default) or sequential (0001, 0002, …).</source>
        <translation>original（清理后的文件名主干，默认）或 sequential (0001, 0002, …)。</translation>
    </message>
    <message>
        <source>keep (default: original bytes when nothing changes, else PNG), png or jpeg.</source>
        <translation>keep（默认：无更改时保留原始字节，否则为 PNG）、png 或 jpeg。</translation>
    </message>
    <message>
        <source>JPEG quality (default 95).</source>
        <translation>JPEG 质量（默认 95）。</translation>
    </message>
    <message>
        <source>Colour transparent pixels are flattened onto (default white).</source>
        <translation>透明像素合成到的背景颜色（默认 white）。</translation>
    </message>
    <message>
        <source>Keep EXIF/XMP/text metadata in images written as they are.</source>
        <translation>在按原样写入的图像中保留 EXIF/XMP/文本元数据。</translation>
    </message>
    <message>
        <source>none (default: the trainer sizes the images), long-side:N, or bucket (the trainer&apos;s own bucket at its largest resolution; a centre square for diffusers and replicate-sdxl).</source>
        <translation>none（默认：由训练器处理图像尺寸）、long-side:N 或 bucket（训练器自身在其最大分辨率下的分桶；diffusers 和 replicate-sdxl 为居中正方形）。</translation>
    </message>
    <message>
        <source>With --resize bucket: allow upscaling (kohya without bucket_no_upscale).</source>
        <translation>与 --resize bucket 一起使用：允许放大（kohya 未使用 bucket_no_upscale 时）。</translation>
    </message>
    <message>
        <source>Target resolution (default: the dataset&apos;s), or several separated by commas, e.g. 512,768,1024.</source>
        <translation>目标分辨率（默认：数据集的设置），或以逗号分隔的多个分辨率，例如 512,768,1024。</translation>
    </message>
    <message>
        <source>Export the images with TAG as a subset with its own repeats (kohya folder, OneTrainer concept, SimpleTuner backend, ai-toolkit dataset); repeatable.</source>
        <translation>将带有 TAG 的图像作为子集导出，并使用各自的重复次数（kohya 文件夹、OneTrainer concept、SimpleTuner backend、ai-toolkit dataset）；可重复指定。</translation>
    </message>
    <message>
        <source>Leave out the dataset&apos;s regularization set (dataset set --reg-dataset).</source>
        <translation>不导出数据集的正则化集 (dataset set --reg-dataset)。</translation>
    </message>
    <message>
        <source>With --caption-source both, for OneTrainer and SimpleTuner: the caption and the tags as two lines, one picked per step.</source>
        <translation>与 --caption-source both 一起使用，适用于 OneTrainer 和 SimpleTuner：将标注和标签写成两行，每步选取其中一行。</translation>
    </message>
    <message>
        <source>Only run the pre-flight check (exit 3 when it finds errors).</source>
        <translation>仅运行预检（发现错误时退出码为 3）。</translation>
    </message>
    <message>
        <source>Export a dataset for a trainer (folder or ZIP).</source>
        <translation>为训练器导出数据集（文件夹或 ZIP）。</translation>
    </message>
    <message>
        <source>Export a dataset in the exact layout a trainer reads, after a pre-flight check: errors (e.g. an empty caption for kohya) block the export, warnings do not. Output goes to PATH.part and is renamed when complete, so a failed or canceled export leaves nothing. The same dataset and options give a byte-identical ZIP.</source>
        <translation>在预检后，按训练器读取的确切目录结构导出数据集：错误（例如 kohya 的空标注）会阻止导出，警告则不会。输出写入 PATH.part，完成后再重命名，因此失败或取消的导出不会留下任何内容。相同的数据集和选项会生成逐字节相同的 ZIP。</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 imported, %4 skipped</source>
        <translation>%1/%2 个文件，%3 个已导入，%4 个已跳过</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, got “%2”.</source>
        <translation>--%1 需要正数，得到的是“%2”。</translation>
    </message>
    <message>
        <source>import needs --dataset WORKSPACE/DATASET.</source>
        <translation>import 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>Add --create to create it.</source>
        <translation>添加 --create 以创建它。</translation>
    </message>
    <message>
        <source>skipped    %1 — %2</source>
        <translation>已跳过     %1 — %2</translation>
    </message>
    <message>
        <source>duplicate  %1 — same image as %2</source>
        <translation>重复       %1 — 与 %2 为同一图像</translation>
    </message>
    <message>
        <source>note       %1 — %2</source>
        <translation>提示       %1 — %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the inputs hold no images (%1 hidden or system file(s) ignored).</source>
        <translation>未导入任何内容：输入中没有图像（已忽略 %1 个隐藏或系统文件）。</translation>
    </message>
    <message>
        <source>Target dataset.</source>
        <translation>目标数据集。</translation>
    </message>
    <message>
        <source>Create the dataset (and workspace) if missing.</source>
        <translation>如果数据集（和工作区）不存在则创建。</translation>
    </message>
    <message>
        <source>Skip files larger than MB megabytes (default 50).</source>
        <translation>跳过大于 MB 兆字节的文件（默认 50）。</translation>
    </message>
    <message>
        <source>Skip images over MP megapixels (default 100).</source>
        <translation>跳过超过 MP 百万像素的图像（默认 100）。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>Import images, folders and ZIPs into a dataset.</source>
        <translation>将图像、文件夹和 ZIP 导入数据集。</translation>
    </message>
    <message>
        <source>Import image files, folders (recursively) and ZIP archives into a dataset. Formats are detected by content (JPEG, PNG, WebP, GIF, BMP, TIFF); stem.txt / stem.caption files beside an image become its caption; kohya folders named N_trigger class set repeats. Every input ends as imported, already in the dataset, a duplicate of another input, or skipped with a reason. Ctrl+C cancels; what was imported stays. Exit code 0 when everything was imported or already present, 3 when some inputs were skipped.</source>
        <translation>将图像文件、文件夹（递归）和 ZIP 压缩包导入数据集。格式按内容识别（JPEG、PNG、WebP、GIF、BMP、TIFF）；图像旁边的 stem.txt / stem.caption 文件会成为其标注；名为 N_trigger class 的 kohya 文件夹会设置重复次数。每个输入最终的结果为：已导入、数据集中已有、与另一输入重复，或已跳过（附原因）。Ctrl+C 可取消；已导入的内容会保留。全部导入或已存在时退出码为 0，有输入被跳过时为 3。</translation>
    </message>
    <message>
        <source>Replicate API token (from replicate.com/account/api-tokens): </source>
        <translation>Replicate API 令牌（从 replicate.com/account/api-tokens 获取）： </translation>
    </message>
    <message>
        <source>No token on standard input: paste it, or pipe it in (loracraft-cli replicate login &lt; token.txt).</source>
        <translation>标准输入中没有令牌：请粘贴令牌，或通过管道传入 (loracraft-cli replicate login &lt; token.txt)。</translation>
    </message>
    <message>
        <source>The token works (it belongs to %1), but it cannot be kept in the keychain: %2 Set %3 instead.</source>
        <translation>令牌有效（属于 %1），但无法保存到系统密钥环：%2 请改为设置 %3。</translation>
    </message>
    <message>
        <source>Logged in to Replicate as %1; the token is in the keychain.</source>
        <translation>已以 %1 身份登录 Replicate；令牌已保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>the environment (%1)</source>
        <translation>环境变量 (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), token from %3</source>
        <translation>%1 (%2)，令牌来自%3</translation>
    </message>
    <message>
        <source>The Replicate token is no longer in the keychain.</source>
        <translation>Replicate 令牌已不在系统密钥环中。</translation>
    </message>
    <message>
        <source>No Replicate token: run loracraft-cli replicate login, or set %1.</source>
        <translation>没有 Replicate 令牌：请运行 loracraft-cli replicate login，或设置 %1。</translation>
    </message>
    <message>
        <source>Check a Replicate API token and keep it in the keychain.</source>
        <translation>检查 Replicate API 令牌并将其保存到系统密钥环。</translation>
    </message>
    <message>
        <source>Reads the token from standard input (typed without echo on a terminal, or piped), checks it with Replicate (GET /account) and stores it in the OS keychain, where the GUI and the other commands find it. The token is never taken as an argument: it would sit in the shell history and in ps.</source>
        <translation>从标准输入读取令牌（在终端中输入时不回显，或通过管道传入），向 Replicate 验证 (GET /account)，并存储到操作系统的系统密钥环中，供图形界面和其他命令使用。令牌绝不作为参数传入：否则它会留在 shell 历史和 ps 中。</translation>
    </message>
    <message>
        <source>Show whose Replicate token is in use.</source>
        <translation>显示正在使用的是谁的 Replicate 令牌。</translation>
    </message>
    <message>
        <source>Looks the token up (the keychain, else REPLICATE_API_TOKEN) and asks Replicate who owns it.</source>
        <translation>查找令牌（系统密钥环，否则为 REPLICATE_API_TOKEN），并向 Replicate 查询其所有者。</translation>
    </message>
    <message>
        <source>Remove the Replicate token from the keychain.</source>
        <translation>从系统密钥环中移除 Replicate 令牌。</translation>
    </message>
    <message>
        <source>--provider takes %1, not “%2”.</source>
        <translation>--provider 接受 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>search needs --query TEXT.</source>
        <translation>search 需要 --query TEXT。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not “%3”.</source>
        <translation>--%1 接受 1 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>--orientation takes tall, wide or square.</source>
        <translation>--orientation 接受 tall、wide 或 square。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>The search found nothing to import.</source>
        <translation>搜索未找到可导入的内容。</translation>
    </message>
    <message>
        <source>openverse (default, no account) or brave (BRAVE_API_KEY or the keychain).</source>
        <translation>openverse（默认，无需账户）或 brave（BRAVE_API_KEY 或系统密钥环）。</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>要搜索的内容。</translation>
    </message>
    <message>
        <source>Only these licences (Openverse): cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd, or the families commercial and modification; comma-separated.</source>
        <translation>仅限这些许可证 (Openverse)：cc0、pdm、by、by-sa、by-nd、by-nc、by-nc-sa、by-nc-nd，或 commercial 和 modification 系列；以逗号分隔。</translation>
    </message>
    <message>
        <source>Drop results whose shorter side is known to be under PX pixels.</source>
        <translation>丢弃已知短边小于 PX 像素的结果。</translation>
    </message>
    <message>
        <source>tall, wide or square.</source>
        <translation>tall、wide 或 square。</translation>
    </message>
    <message>
        <source>Include results the provider marks as mature.</source>
        <translation>包含提供方标记为成人内容的结果。</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最多 N 个结果（默认 20）。</translation>
    </message>
    <message>
        <source>Download the results into this dataset, with their licences.</source>
        <translation>将结果连同其许可证下载到此数据集。</translation>
    </message>
    <message>
        <source>Search the web for images (Openverse, Brave); --import adds them to a dataset.</source>
        <translation>在网络上搜索图像 (Openverse, Brave)；--import 将其添加到数据集。</translation>
    </message>
    <message>
        <source>Searches Openverse (openly licensed images, no account needed; LORACRAFT_OPENVERSE_BASE_URL) or Brave Image Search (an API key in the keychain or BRAVE_API_KEY; LORACRAFT_BRAVE_BASE_URL) and lists the results with size, licence and source. With --import WORKSPACE/DATASET the results are downloaded (http and https only, at most 5 redirects and 50 MB each, image content types only, no credentials sent) and imported like files: format by content, duplicates found, every image&apos;s source page, licence, creator and attribution kept. Rate limits are respected (Retry-After). Exit code 3 when some results could not be imported.</source>
        <translation>搜索 Openverse（开放许可的图像，无需账户；LORACRAFT_OPENVERSE_BASE_URL）或 Brave Image Search（系统密钥环中的 API 密钥或 BRAVE_API_KEY；LORACRAFT_BRAVE_BASE_URL），并列出结果的尺寸、许可证和来源。使用 --import WORKSPACE/DATASET 时会下载结果（仅限 http 和 https，每个最多 5 次重定向、50 MB，仅限图像内容类型，不发送凭据）并像文件一样导入：按内容识别格式，查找重复项，保留每张图像的来源页面、许可证、作者和署名。会遵守速率限制 (Retry-After)。有结果无法导入时退出码为 3。</translation>
    </message>
    <message>
        <source>%1 item(s) in %2 dataset(s)</source>
        <translation>%2 个数据集中的 %1 个条目</translation>
    </message>
    <message>
        <source>No snapshots yet. `loracraft-cli snapshot create` takes one; the app takes one a day while it is open.</source>
        <translation>尚无快照。`loracraft-cli snapshot create` 可拍摄一个；应用打开期间每天拍摄一次。</translation>
    </message>
    <message>
        <source>TAKEN</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>--keep needs a number of snapshots of at least 1.</source>
        <translation>--keep 需要至少为 1 的快照数量。</translation>
    </message>
    <message>
        <source>Snapshot %1 written: %2, %3.</source>
        <translation>已写入快照 %1：%2，%3。</translation>
    </message>
    <message>
        <source>Restoring %1 (%2, %3) replaces the catalog; the current one is kept as a new snapshot. Run again with --yes to restore.</source>
        <translation>恢复 %1（%2，%3）将替换目录；当前目录会保存为一个新快照。使用 --yes 重新运行以恢复。</translation>
    </message>
    <message>
        <source>Restored %1 (%2). There was no catalog to keep aside.</source>
        <translation>已恢复 %1 (%2)。没有需要另行保留的目录。</translation>
    </message>
    <message>
        <source>Restored %1 (%2). The catalog as it was is kept as snapshot %3.</source>
        <translation>已恢复 %1 (%2)。原来的目录已保存为快照 %3。</translation>
    </message>
    <message>
        <source>List the catalog&apos;s snapshots.</source>
        <translation>列出目录的快照。</translation>
    </message>
    <message>
        <source>List the snapshots in the library&apos;s snapshots/ folder, newest first, with what each holds. Works while the app has the library open.</source>
        <translation>列出图库 snapshots/ 文件夹中的快照，最新的在前，并显示每个快照的内容。可在应用打开该图库时使用。</translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog now.</source>
        <translation>立即拍摄目录快照。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the catalog into snapshots/ (it reads only, so it works while the app has the library open), then remove the oldest snapshots beyond the number to keep (Settings → General, default %1). Stored images a snapshot names stay until no snapshot names them.</source>
        <translation>将目录的一致副本写入 snapshots/（只读取，因此可在应用打开该图库时使用），然后删除超出保留数量的最旧快照（设置 → 常规，默认 %1）。快照引用的已存储图像会一直保留，直到没有任何快照引用它们。</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default: the app&apos;s setting).</source>
        <translation>保留最新的 N 个快照（默认：应用中的设置）。</translation>
    </message>
    <message>
        <source>Put a snapshot back as the catalog.</source>
        <translation>将快照恢复为目录。</translation>
    </message>
    <message>
        <source>Replace the catalog by a snapshot (its file name from `snapshot list`, or a unique start of it). The current catalog is kept as a new snapshot first, so a restore can itself be undone. Needs --yes, and the library must not be open in the app.</source>
        <translation>用快照替换目录（快照的文件名来自 `snapshot list`，或其唯一的开头部分）。当前目录会先保存为一个新快照，因此恢复本身也可以撤销。需要 --yes，且该图库不能在应用中打开。</translation>
    </message>
    <message>
        <source>Restore without asking.</source>
        <translation>不经询问直接恢复。</translation>
    </message>
    <message>
        <source>%1 needs --dataset WORKSPACE/DATASET.</source>
        <translation>%1 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>No item of %1 has tags.</source>
        <translation>%1 中没有带标签的条目。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No item of %1 has %2 (tags compare case-insensitively); nothing was changed.</source>
        <translation>%1 中没有带有 %2 的条目（标签比较不区分大小写）；未做任何更改。</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on %3 item(s) of %4.</source>
        <translation>已在 %4 的 %3 个条目上将 %1 重命名为“%2”。</translation>
    </message>
    <message>
        <source>Merged %1 into “%2” on %3 item(s) of %4.</source>
        <translation>已在 %4 的 %3 个条目上将 %1 合并为“%2”。</translation>
    </message>
    <message>
        <source>Deleted %1 from %2 item(s) of %3.</source>
        <translation>已从 %3 的 %2 个条目中删除 %1。</translation>
    </message>
    <message>
        <source>tags merge needs --into TAG, the tag to merge into.</source>
        <translation>tags merge 需要 --into TAG，即要合并到的标签。</translation>
    </message>
    <message>
        <source>captions replace needs --find TEXT and --replace TEXT (--replace &quot;&quot; removes what is found).</source>
        <translation>captions replace 需要 --find TEXT 和 --replace TEXT（--replace &quot;&quot; 会删除找到的内容）。</translation>
    </message>
    <message>
        <source>  before: %1</source>
        <translation>  之前：%1</translation>
    </message>
    <message>
        <source>  after:  %1</source>
        <translation>  之后：%1</translation>
    </message>
    <message>
        <source>skipped    %1 — its caption changed after the preview; left as it is</source>
        <translation>已跳过     %1 — 其标注在预览后被更改；保持原样</translation>
    </message>
    <message>
        <source>No caption of the %1 checked in %2 changes.</source>
        <translation>在 %2 中检查的 %1 条标注均无更改。</translation>
    </message>
    <message>
        <source>Would change %1 of %2 caption(s) (dry run: nothing was written).</source>
        <translation>将更改 %2 条标注中的 %1 条（试运行：未写入任何内容）。</translation>
    </message>
    <message>
        <source>Changed %1 of %2 caption(s).</source>
        <translation>已更改 %2 条标注中的 %1 条。</translation>
    </message>
    <message>
        <source>List a dataset&apos;s tags, most used first.</source>
        <translation>列出数据集的标签，使用最多的在前。</translation>
    </message>
    <message>
        <source>The dataset&apos;s tags with how many items (not in the trash) carry each, most used first. Tags compare case-insensitively. Rename, merge and delete them with the sub-commands below.</source>
        <translation>数据集的标签及带有每个标签的条目数（不含回收站），使用最多的在前。标签比较不区分大小写。可使用下面的子命令重命名、合并和删除标签。</translation>
    </message>
    <message>
        <source>Rename a tag on every item of a dataset.</source>
        <translation>在数据集的每个条目上重命名标签。</translation>
    </message>
    <message>
        <source>Rename a tag on every item of the dataset (the trash included). An item that already has the new name keeps one copy, where the first of the two was. The new name is spelled as given: &quot;cat&quot; to &quot;Cat&quot; respells the tag (a tag has one spelling in the library). Exit code 1 when no item has the tag.</source>
        <translation>在数据集的每个条目上（包括回收站）重命名标签。已带有新名称的条目只保留一份，位置为两者中靠前的那个。新名称按给定的拼写：将 &quot;cat&quot; 改为 &quot;Cat&quot; 会更改标签的拼写（一个标签在图库中只有一种拼写）。没有条目带有该标签时退出码为 1。</translation>
    </message>
    <message>
        <source>Merge tags into one on every item of a dataset.</source>
        <translation>在数据集的每个条目上将多个标签合并为一个。</translation>
    </message>
    <message>
        <source>Replace each of the tags with the --into tag on every item of the dataset (the trash included); an item keeps one copy, where the first of them was. Exit code 1 when no item has any of them.</source>
        <translation>在数据集的每个条目上（包括回收站）将每个标签替换为 --into 指定的标签；条目只保留一份，位置为其中靠前的那个。没有条目带有其中任何标签时退出码为 1。</translation>
    </message>
    <message>
        <source>The tag to merge into (new or existing).</source>
        <translation>要合并到的标签（新的或已有的）。</translation>
    </message>
    <message>
        <source>Remove tags from every item of a dataset.</source>
        <translation>从数据集的每个条目中移除标签。</translation>
    </message>
    <message>
        <source>Remove the tags from every item of the dataset (the trash included). Exit code 1 when no item has any of them.</source>
        <translation>从数据集的每个条目中（包括回收站）移除这些标签。没有条目带有其中任何标签时退出码为 1。</translation>
    </message>
    <message>
        <source>Find and replace text in a dataset&apos;s captions.</source>
        <translation>在数据集的标注中查找和替换文本。</translation>
    </message>
    <message>
        <source>Find and replace in the captions of the dataset&apos;s kept and rejected items (not the trash): prints every change (file name, caption before and after), then writes them unless --dry-run. Case-insensitive unless --case-sensitive. With --regex, --find is a Perl-compatible regular expression and in --replace \1 to \99 insert a capture group, \0 the whole match and \\ a backslash. A changed caption counts as typed by a person (provenance manual). A caption edited between the preview and the write is left alone and listed (exit code 3).</source>
        <translation>在数据集中保留和排除的条目（不含回收站）的标注中查找和替换：打印每处更改（文件名、更改前后的标注），然后写入，除非指定了 --dry-run。默认不区分大小写，除非指定 --case-sensitive。使用 --regex 时，--find 为 Perl 兼容的正则表达式，--replace 中 \1 到 \99 插入捕获组，\0 插入整个匹配，\\ 插入反斜杠。更改后的标注视为由人输入（来源为 manual）。在预览和写入之间被编辑的标注将保持不变并被列出（退出码为 3）。</translation>
    </message>
    <message>
        <source>The text (or, with --regex, the expression) to find.</source>
        <translation>要查找的文本（使用 --regex 时为表达式）。</translation>
    </message>
    <message>
        <source>What to put instead (may be empty).</source>
        <translation>替换为的内容（可以为空）。</translation>
    </message>
    <message>
        <source>--find is a regular expression.</source>
        <translation>--find 为正则表达式。</translation>
    </message>
    <message>
        <source>Match case exactly.</source>
        <translation>严格区分大小写。</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>仅打印将更改的内容。</translation>
    </message>
    <message>
        <source>training %1 (task %2): %3</source>
        <translation>训练 %1（任务 %2）：%3</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>new version: %1</source>
        <translation>新版本：%1</translation>
    </message>
    <message>
        <source>weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>GPU time: %1 s</source>
        <translation>GPU 时间：%1 秒</translation>
    </message>
    <message>
        <source>lora: %1 (SHA-256 %2)</source>
        <translation>lora：%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>training %1 started (task %2); follow it with: loracraft-cli train status %1</source>
        <translation>训练 %1 已开始（任务 %2）；可使用以下命令跟踪：loracraft-cli train status %1</translation>
    </message>
    <message>
        <source>--input takes KEY=VALUE, not “%1”.</source>
        <translation>--input 接受 KEY=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>Stopped waiting; the training goes on on Replicate. Follow it with: loracraft-cli train status %1</source>
        <translation>已停止等待；训练仍在 Replicate 上继续。可使用以下命令跟踪：loracraft-cli train status %1</translation>
    </message>
    <message>
        <source>train start needs --dataset WORKSPACE/DATASET.</source>
        <translation>train start 需要 --dataset WORKSPACE/DATASET。</translation>
    </message>
    <message>
        <source>train start needs --trainer (flux or sdxl).</source>
        <translation>train start 需要 --trainer（flux 或 sdxl）。</translation>
    </message>
    <message>
        <source>train start needs --destination OWNER/NAME: the Replicate model the training adds a version to.</source>
        <translation>train start 需要 --destination OWNER/NAME：即训练要为其添加版本的 Replicate 模型。</translation>
    </message>
    <message>
        <source>train download needs --out DIR: the folder for lora.safetensors.</source>
        <translation>train download 需要 --out DIR：存放 lora.safetensors 的文件夹。</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation>训练器</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The dataset to train on.</source>
        <translation>用于训练的数据集。</translation>
    </message>
    <message>
        <source>flux (ostris/flux-dev-lora-trainer) or sdxl (stability-ai/sdxl).</source>
        <translation>flux (ostris/flux-dev-lora-trainer) 或 sdxl (stability-ai/sdxl)。</translation>
    </message>
    <message>
        <source>The Replicate model that receives the trained version.</source>
        <translation>接收训练所得版本的 Replicate 模型。</translation>
    </message>
    <message>
        <source>Create the destination model (private) when it does not exist.</source>
        <translation>目标模型不存在时创建它（私有）。</translation>
    </message>
    <message>
        <source>A trainer input over LoRA Craft&apos;s values, e.g. steps=1500 (repeatable).</source>
        <translation>覆盖 LoRA Craft 设定值的训练器输入，例如 steps=1500（可重复指定）。</translation>
    </message>
    <message>
        <source>Follow the training to its end (exit 0 when it succeeded, 3 when it failed or was canceled).</source>
        <translation>跟踪训练直至结束（成功时退出码为 0，失败或取消时为 3）。</translation>
    </message>
    <message>
        <source>Train a LoRA on Replicate from a dataset.</source>
        <translation>使用数据集在 Replicate 上训练 LoRA。</translation>
    </message>
    <message>
        <source>Checks the dataset (the export&apos;s pre-flight for the trainer&apos;s layout, at most 100 MB), the token, the trainer&apos;s current version and the destination, then exports the dataset as a ZIP, uploads it to Replicate, starts the training and prints its id. LoRA Craft fills in the trigger word, steps sized to the dataset and the resolution; --input overrides any trainer input. Each stage is recorded: a training interrupted here goes on on Replicate, and train status continues following it. Ctrl+C while waiting stops waiting, not the training (train cancel does).</source>
        <translation>检查数据集（按训练器目录结构进行导出预检，最大 100 MB）、令牌、训练器的当前版本和目标，然后将数据集导出为 ZIP，上传到 Replicate，开始训练并打印其 ID。LoRA Craft 会填入触发词、与数据集规模相匹配的步数以及分辨率；--input 可覆盖任意训练器输入。每个阶段都会被记录：在此处中断的训练会在 Replicate 上继续，train status 可继续跟踪。等待期间按 Ctrl+C 只会停止等待，而不会停止训练（train cancel 才会）。</translation>
    </message>
    <message>
        <source>Ask Replicate where a training is.</source>
        <translation>向 Replicate 查询训练的状态。</translation>
    </message>
    <message>
        <source>ID is the training&apos;s id on Replicate (or its task number). Records the answer in the library; --wait follows the training to its end.</source>
        <translation>ID 为训练在 Replicate 上的 ID（或其任务编号）。将回答记录到图库中；--wait 会跟踪训练直至结束。</translation>
    </message>
    <message>
        <source>Follow the training to its end.</source>
        <translation>跟踪训练直至结束。</translation>
    </message>
    <message>
        <source>Cancel a training on Replicate.</source>
        <translation>取消 Replicate 上的训练。</translation>
    </message>
    <message>
        <source>Stops the training (and its billing) on Replicate and records how it ended.</source>
        <translation>在 Replicate 上停止训练（及其计费），并记录其结束方式。</translation>
    </message>
    <message>
        <source>The trainings started from this library.</source>
        <translation>从此图库启动的训练。</translation>
    </message>
    <message>
        <source>Newest first: task, training id, trainer, destination, status and the version it made.</source>
        <translation>最新的在前：任务、训练 ID、训练器、目标、状态及其生成的版本。</translation>
    </message>
    <message>
        <source>Only this dataset&apos;s trainings.</source>
        <translation>仅限此数据集的训练。</translation>
    </message>
    <message>
        <source>Download a trained LoRA.</source>
        <translation>下载训练好的 LoRA。</translation>
    </message>
    <message>
        <source>Downloads the training&apos;s trained_model.tar and extracts lora.safetensors (and SDXL&apos;s embeddings.pti and special_params.json) into --out, all or nothing; prints where and its SHA-256.</source>
        <translation>下载训练的 trained_model.tar，并将 lora.safetensors（以及 SDXL 的 embeddings.pti 和 special_params.json）解压到 --out，要么全部成功，要么不写入任何内容；打印保存位置及其 SHA-256。</translation>
    </message>
    <message>
        <source>The folder for the weights (created if missing).</source>
        <translation>存放权重的文件夹（不存在时创建）。</translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1.</source>
        <translation>buckets 需要 --trainer，取值为 %1 之一。</translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1 (not “%2”).</source>
        <translation>buckets 需要 --trainer，取值为 %1 之一（不是“%2”）。</translation>
    </message>
    <message>
        <source>%1  fewer than the batch size</source>
        <translation>%1  少于批大小</translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s · %5 s left</source>
        <translation>%1/%2 · %3 个失败 · %4/秒 · 剩余 %5 秒</translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s</source>
        <translation>%1/%2 · %3 个失败 · %4/秒</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1%2

%3
</source>
        <translation>用法：loracraft-cli [--library DIR] [--json] %1%2

%3
</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2

%3
</source>
        <translation>用法：loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2

%3
</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of the workspace %1 (%2).</source>
        <translation>
            <numerusform>工作区 %1 的 %n 张图像中没有近似重复 (%2)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of %1 (%2).</source>
        <translation>
            <numerusform>%1 的 %n 张图像中没有近似重复 (%2)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of the workspace %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>工作区 %2 的 %n 张图像中有 %1 组近似重复 (%3)：每组保留一张后多出 %4 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>%2 的 %n 张图像中有 %1 组近似重复 (%3)：每组保留一张后多出 %4 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash; restore them from the trash in the app.</source>
        <translation>
            <numerusform>已将 %n 张图像移入回收站；可在应用中从回收站恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, and %2 more)</source>
        <translation>（%1，以及另外 %2 项）</translation>
    </message>
    <message>
        <source>imported %1 · already in dataset %2 · duplicates %3 · skipped %4 · %5 in %6 s</source>
        <translation>已导入 %1 · 数据集中已有 %2 · 重复 %3 · 已跳过 %4 · %5，用时 %6 秒</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2：%3</translation>
    </message>
    <message>
        <source>downloading %1 MB / %2 MB</source>
        <translation>正在下载 %1 MB / %2 MB</translation>
    </message>
    <message>
        <source>extracting %1 MB / %2 MB</source>
        <translation>正在解压 %1 MB / %2 MB</translation>
    </message>
    <message>
        <source>downloading %1 MB</source>
        <translation>正在下载 %1 MB</translation>
    </message>
    <message>
        <source>extracting %1 MB</source>
        <translation>正在解压 %1 MB</translation>
    </message>
</context>
<context>
    <name>CropTr</name>
    <message>
        <source>Auto-crop of %1/%2</source>
        <translation>自动裁剪 %1/%2</translation>
    </message>
    <message>
        <source>Finding subjects</source>
        <translation>正在查找主体</translation>
    </message>
    <message>
        <source>Canceled; nothing was cropped.</source>
        <translation>已取消；未裁剪任何图像。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) proposed</source>
        <translation>已建议 %2 个裁剪中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s)</source>
        <translation>
            <numerusform>%n 张图像无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>Quality check of %1/%2</source>
        <translation>%1/%2 的质量检查</translation>
    </message>
    <message>
        <source>Measuring images</source>
        <translation>正在测量图像</translation>
    </message>
    <message>
        <source>Canceled; the images measured so far are not kept.</source>
        <translation>已取消；已测量的图像结果不会保留。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) measured</source>
        <translation>
            <numerusform>已测量 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flagged</source>
        <translation>%2 张中有 %1 张被标记</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable thumbnail(s)</source>
        <translation>
            <numerusform>%n 个缩略图无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>highest resolution (%1 × %2)</source>
        <translation>分辨率最高 (%1 × %2)</translation>
    </message>
    <message>
        <source>same resolution, sharpest</source>
        <translation>分辨率相同，最清晰</translation>
    </message>
    <message>
        <source>same resolution and sharpness, largest file (least compressed)</source>
        <translation>分辨率和清晰度相同，文件最大（压缩最少）</translation>
    </message>
    <message>
        <source>alike in resolution, sharpness and size: the first imported</source>
        <translation>分辨率、清晰度和大小均相近：最先导入的</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Store image hashes</source>
        <translation>存储图像哈希</translation>
    </message>
    <message>
        <source>Move duplicates to the trash</source>
        <translation>将重复项移入回收站</translation>
    </message>
    <message>
        <source>Keep as not duplicates</source>
        <translation>保留为非重复项</translation>
    </message>
    <message>
        <source>Low resolution</source>
        <translation>低分辨率</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>已放大</translation>
    </message>
    <message>
        <source>Blurry</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation>过暗</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>过亮</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>黑边</translation>
    </message>
    <message>
        <source>Extreme aspect</source>
        <translation>极端宽高比</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>压缩失真</translation>
    </message>
    <message>
        <source>low resolution (%1 × %2 for a %3 px target)</source>
        <translation>低分辨率（%1 × %2，目标为 %3 px）</translation>
    </message>
    <message>
        <source>looks upscaled (sharp only when reduced; sharpness %1, %2, %3)</source>
        <translation>疑似放大（仅缩小后才清晰；清晰度 %1、%2、%3）</translation>
    </message>
    <message>
        <source>blurry (sharpness %1, %2, %3)</source>
        <translation>模糊（清晰度 %1、%2、%3）</translation>
    </message>
    <message>
        <source>underexposed (%1 % black, mean %2)</source>
        <translation>曝光不足（%1 % 纯黑，平均 %2）</translation>
    </message>
    <message>
        <source>overexposed (%1 % white, mean %2)</source>
        <translation>曝光过度（%1 % 纯白，平均 %2）</translation>
    </message>
    <message>
        <source>bars around the picture (content %1 % × %2 %)</source>
        <translation>画面周围有黑边（内容 %1 % × %2 %）</translation>
    </message>
    <message>
        <source>bars around the picture</source>
        <translation>画面周围有黑边</translation>
    </message>
    <message>
        <source>extreme aspect ratio (%1 × %2)</source>
        <translation>极端宽高比 (%1 × %2)</translation>
    </message>
    <message>
        <source>heavily compressed (%1 bits a pixel)</source>
        <translation>重度压缩（每像素 %1 比特）</translation>
    </message>
    <message>
        <source>Store quality measurements</source>
        <translation>存储质量测量结果</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Edit Caption</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <source>Edit %1 Captions</source>
        <translation>编辑 %1 条标注</translation>
    </message>
    <message>
        <source>Replace “%1” in a Caption</source>
        <translation>替换一条标注中的“%1”</translation>
    </message>
    <message>
        <source>Replace “%1” in %2 Captions</source>
        <translation>替换 %2 条标注中的“%1”</translation>
    </message>
    <message>
        <source>Apply Caption Template to an Image</source>
        <translation>对一张图像应用标注模板</translation>
    </message>
    <message>
        <source>Apply Caption Template to %1 Images</source>
        <translation>对 %1 张图像应用标注模板</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo generated captions</source>
        <translation>重做生成的标注</translation>
    </message>
    <message>
        <source>Undo generated captions</source>
        <translation>撤销生成的标注</translation>
    </message>
    <message>
        <source>“%1” was not brought back, so it cannot be deleted again.</source>
        <translation>“%1”尚未被找回，因此无法再次删除。</translation>
    </message>
    <message>
        <source>Delete Dataset “%1”</source>
        <translation>删除数据集“%1”</translation>
    </message>
    <message>
        <source>Restore dataset</source>
        <translation>恢复数据集</translation>
    </message>
    <message>
        <source>Delete Workspace “%1”</source>
        <translation>删除工作区“%1”</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>恢复工作区</translation>
    </message>
    <message>
        <source>Rename Dataset to “%1”</source>
        <translation>将数据集重命名为“%1”</translation>
    </message>
    <message>
        <source>Rename Workspace to “%1”</source>
        <translation>将工作区重命名为“%1”</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <source>Undo caption edit</source>
        <translation>撤销标注编辑</translation>
    </message>
    <message>
        <source>Restore Image from Trash</source>
        <translation>从回收站恢复图像</translation>
    </message>
    <message>
        <source>Restore %1 Images from Trash</source>
        <translation>从回收站恢复 %1 张图像</translation>
    </message>
    <message>
        <source>Keep Image</source>
        <translation>保留图像</translation>
    </message>
    <message>
        <source>Keep %1 Images</source>
        <translation>保留 %1 张图像</translation>
    </message>
    <message>
        <source>Reject Image</source>
        <translation>排除图像</translation>
    </message>
    <message>
        <source>Reject %1 Images</source>
        <translation>排除 %1 张图像</translation>
    </message>
    <message>
        <source>Move Image to Trash</source>
        <translation>将图像移入回收站</translation>
    </message>
    <message>
        <source>Move %1 Images to Trash</source>
        <translation>将 %1 张图像移入回收站</translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <source>Set Rating to %1</source>
        <translation>将评分设为 %1</translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Merge %1 Tags into “%2”</source>
        <translation>将 %1 个标签合并到“%2”</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <source>Delete %1 Tags</source>
        <translation>删除 %1 个标签</translation>
    </message>
    <message>
        <source>Generate 1 Caption</source>
        <translation>生成 1 条标注</translation>
    </message>
    <message>
        <source>Generate %1 Captions</source>
        <translation>生成 %1 条标注</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 · %2 images · %3</source>
        <translation>%1 · %2 张图像 · %3</translation>
    </message>
    <message>
        <source>%1 · canceled; nothing was written</source>
        <translation>%1 · 已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 · failed; nothing was written</source>
        <translation>%1 · 失败；未写入任何内容</translation>
    </message>
    <message>
        <source>Record the export</source>
        <translation>记录导出</translation>
    </message>
    <message>
        <source>The pre-flight check found errors; fix them before exporting.</source>
        <translation>预检发现错误；请在导出前修复。</translation>
    </message>
    <message>
        <source>Exporting for %1</source>
        <translation>正在为 %1 导出</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or delete it first; an export never overwrites.</source>
        <translation>%1 已存在。请选择新名称，或先将其删除；导出绝不会覆盖。</translation>
    </message>
    <message>
        <source>Removed %1, left by an export that was interrupted.</source>
        <translation>已删除 %1，它是被中断的导出留下的。</translation>
    </message>
    <message>
        <source>Found %1, probably left by an interrupted export of an earlier version; it was left alone.</source>
        <translation>发现 %1，可能是旧版本中断的导出留下的；未做处理。</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written; `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation>%1：%2 未写入任何内容；如果导入来源的文件仍然存在，`loracraft-cli fsck --repair` 可从该处找回。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); the archive itself is complete.</source>
        <translation>无法写入 %1 (%2)；压缩包本身是完整的。</translation>
    </message>
    <message>
        <source>The resolution %1 does not fit %2&apos;s bucket limits.</source>
        <translation>分辨率 %1 不符合 %2 的分桶限制。</translation>
    </message>
    <message>
        <source>There is nothing to export: the dataset has no kept images.</source>
        <translation>没有可导出的内容：数据集中没有保留的图像。</translation>
    </message>
    <message>
        <source>%1 image(s) are smaller than 64 px on a side.</source>
        <translation>%1 张图像有一边小于 64 px。</translation>
    </message>
    <message>
        <source>%1 caption(s) contain the trigger “%2” inside a longer word: trainers that look for the trigger as text (ai-toolkit, Replicate) take it as present, and Replicate SDXL replaces it inside that word. Reword them, or choose a trigger no word contains.</source>
        <translation>%1 条标注在较长的单词中包含触发词“%2”：以文本形式查找触发词的训练器（ai-toolkit、Replicate）会认为触发词存在，而 Replicate SDXL 会替换该单词中的触发词。请改写这些标注，或选择一个不被任何单词包含的触发词。</translation>
    </message>
    <message>
        <source>SimpleTuner will leave out %1 image(s): their area is below the minimum_image_size of %2 × %2 px. Export anyway with “allow drops”, or leave them out.</source>
        <translation>SimpleTuner 将舍弃 %1 张图像：其面积小于 minimum_image_size %2 × %2 px。可勾选“允许舍弃”仍然导出，或将它们排除。</translation>
    </message>
    <message>
        <source>%1 image(s) fit none of the trainer&apos;s buckets and will be left out.</source>
        <translation>%1 张图像不适合训练器的任何分桶，将被舍弃。</translation>
    </message>
    <message>
        <source>%1 crops every image to a %2 × %2 square: %3 image(s) lose more than a tenth of the picture. Crop them yourself (Image → Edit Crop) to choose what stays.</source>
        <translation>%1 会将每张图像裁剪为 %2 × %2 的正方形：%3 张图像将损失超过十分之一的画面。请自行裁剪（图像 → 编辑裁剪）以决定保留的内容。</translation>
    </message>
    <message>
        <source>%2&apos;s buckets cut more than a tenth off %1 image(s) (see the Buckets panel for each one).</source>
        <translation>%2 的分桶会裁掉 %1 张图像超过十分之一的画面（每张图像的情况请见“分桶”面板）。</translation>
    </message>
    <message>
        <source>%2 enlarges %1 image(s) by more than 1.5× to fill its bucket at %3 px; they will train soft.</source>
        <translation>%2 会将 %1 张图像放大超过 1.5 倍，以填满其 %3 px 的分桶；这些图像训练出的效果会偏模糊。</translation>
    </message>
    <message>
        <source>%1 has no subsets with their own repeats: %2 image(s) of other subsets are exported with the rest.</source>
        <translation>%1 不支持带独立重复次数的子集：其他子集的 %2 张图像将与其余图像一起导出。</translation>
    </message>
    <message>
        <source>%1 takes no regularization set: the %2 image(s) of “%3” are left out.</source>
        <translation>%1 不支持正则化集：“%3”的 %2 张图像将被排除。</translation>
    </message>
    <message>
        <source>Caption variants need captions and tags as the source and OneTrainer or SimpleTuner, which read each line as a variant; the captions are written on one line.</source>
        <translation>标注变体需要以标注和标签作为来源，且训练器为 OneTrainer 或 SimpleTuner（它们会将每一行读作一个变体）；标注将写成一行。</translation>
    </message>
    <message>
        <source>%1 trains at one resolution: its commands use %2 px.</source>
        <translation>%1 只在一个分辨率下训练：其命令使用 %2 px。</translation>
    </message>
    <message>
        <source>%1 trains at %2 px and buckets each image itself at every one: the files are sized for %3 px, the largest. Leaving the size to the trainer (Original size) loses nothing.</source>
        <translation>%1 在 %2 px 下训练，并在每个分辨率下自行对每张图像分桶：文件按最大的 %3 px 调整尺寸。将尺寸交给训练器处理（原始尺寸）不会有任何损失。</translation>
    </message>
    <message>
        <source>%1 has no aspect buckets: the files are cropped to its %2 × %2 centre square, as it would do itself.</source>
        <translation>%1 不支持宽高比分桶：文件会像它自己那样被裁剪为居中的 %2 × %2 正方形。</translation>
    </message>
    <message>
        <source>%1 caption(s) do not contain the trigger word “%2”.</source>
        <translation>%1 条标注不包含触发词“%2”。</translation>
    </message>
    <message>
        <source>%1 image(s) have fewer than half the pixels of the %2 × %2 px target (LOW RES).</source>
        <translation>%1 张图像的像素数不到 %2 × %2 px 目标的一半（低分辨率）。</translation>
    </message>
    <message>
        <source>%1 image(s) are more than %2 times as long as they are wide.</source>
        <translation>%1 张图像的长宽比超过 %2 倍。</translation>
    </message>
    <message>
        <source>%1 image(s) look upscaled (detail only once reduced).</source>
        <translation>%1 张图像疑似经过放大（仅缩小后才有细节）。</translation>
    </message>
    <message>
        <source>%1 image(s) are blurry.</source>
        <translation>%1 张图像模糊。</translation>
    </message>
    <message>
        <source>%1 image(s) are underexposed (too dark).</source>
        <translation>%1 张图像曝光不足（过暗）。</translation>
    </message>
    <message>
        <source>%1 image(s) are overexposed (too bright).</source>
        <translation>%1 张图像曝光过度（过亮）。</translation>
    </message>
    <message>
        <source>%1 image(s) have bars around the picture; crop them to their content.</source>
        <translation>%1 张图像的画面周围有黑边；请将其裁剪到内容。</translation>
    </message>
    <message>
        <source>%1 image(s) are heavily compressed JPEGs.</source>
        <translation>%1 张图像为重度压缩的 JPEG。</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (counted with T5&apos;s tokenizer).</source>
        <translation>%1 条标注超出 T5 的 512 token 窗口（使用 T5 分词器计数）。</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (estimated: T5&apos;s tokenizer model is not installed).</source>
        <translation>%1 条标注超出 T5 的 512 token 窗口（估算值：未安装 T5 分词器模型）。</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed CLIP&apos;s 77-token window (75 after its start and end tokens); the rest is cut off.</source>
        <translation>%1 条标注超出 CLIP 的 77 token 窗口（除去起始和结束 token 后为 75）；超出部分将被截断。</translation>
    </message>
    <message>
        <source>%1 file name(s) collide after sanitizing and get a numeric suffix.</source>
        <translation>%1 个文件名在清理后发生冲突，将添加数字后缀。</translation>
    </message>
    <message>
        <source>%1 image(s) have a non-commercial licence (NC), and the dataset&apos;s notes say the LoRA is for commercial use.</source>
        <translation>%1 张图像使用非商业许可证 (NC)，而数据集备注中说明该 LoRA 用于商业用途。</translation>
    </message>
    <message>
        <source>%1 image(s) have a no-derivatives licence (ND): a LoRA trained on them may count as an adaptation.</source>
        <translation>%1 张图像使用禁止演绎许可证 (ND)：用它们训练的 LoRA 可能被视为改编作品。</translation>
    </message>
    <message>
        <source>%1 rejected image(s) are left out.</source>
        <translation>%1 张已排除的图像未包含在内。</translation>
    </message>
    <message>
        <source>Refusing to write an unsafe file name into the export: %1</source>
        <translation>拒绝向导出中写入不安全的文件名：%1</translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation>没有可用的临时名称</translation>
    </message>
    <message>
        <source>it is no longer empty</source>
        <translation>它已不再为空</translation>
    </message>
    <message>
        <source>The stored copy of %4 (%1) is damaged: its content hashes to %2 instead of %3. Nothing was written. `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation>%4 的已存储副本 (%1) 已损坏：其内容的哈希为 %2，而不是 %3。未写入任何内容。如果导入来源的文件仍然存在，`loracraft-cli fsck --repair` 可从该处找回。</translation>
    </message>
    <message>
        <source>Two export files are named %1.</source>
        <translation>有两个导出文件名为 %1。</translation>
    </message>
    <message>
        <source>libzip error %1</source>
        <translation>libzip 错误 %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (permission denied).</source>
        <translation>无法在 %1 中写入（权限被拒绝）。</translation>
    </message>
    <message>
        <source>Cannot decode %1: %2</source>
        <translation>无法解码 %1：%2</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>无法编码 %1：%2</translation>
    </message>
    <message>
        <source>ai-toolkit</source>
        <translation>ai-toolkit</translation>
    </message>
    <message>
        <source>diffusers / Hugging Face imagefolder</source>
        <translation>diffusers / Hugging Face imagefolder</translation>
    </message>
    <message>
        <source>kohya sd-scripts / kohya_ss</source>
        <translation>kohya sd-scripts / kohya_ss</translation>
    </message>
    <message>
        <source>No trigger word is set; the kohya folder is named after the dataset.</source>
        <translation>未设置触发词；kohya 文件夹将以数据集命名。</translation>
    </message>
    <message>
        <source>OneTrainer</source>
        <translation>OneTrainer</translation>
    </message>
    <message>
        <source>Replicate Flux trainer (ZIP)</source>
        <translation>Replicate Flux 训练器 (ZIP)</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).</source>
        <translation>%1 张图像没有标注；Replicate 将自动为其生成标注（不写入 .txt）。</translation>
    </message>
    <message>
        <source>No trigger word is set; Replicate will use “TOK”.</source>
        <translation>未设置触发词；Replicate 将使用“TOK”。</translation>
    </message>
    <message>
        <source>Replicate SDXL trainer (ZIP)</source>
        <translation>Replicate SDXL 训练器 (ZIP)</translation>
    </message>
    <message>
        <source>SimpleTuner</source>
        <translation>SimpleTuner</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; this trainer needs one for every image.</source>
        <translation>%1 张图像没有标注；此训练器要求每张图像都有标注。</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; the trainer will use its default caption.</source>
        <translation>%1 张图像没有标注；训练器将使用其默认标注。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1 and %2 more. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n 张图像的已存储原图丢失：%1 以及另外 %2 张。未写入任何内容。请运行 `loracraft-cli fsck --repair` 从导入来源找回它们，或将它们移入回收站以便在导出时排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n 张图像的已存储原图丢失：%1。未写入任何内容。请运行 `loracraft-cli fsck --repair` 从导入来源找回它们，或将它们移入回收站以便在导出时排除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1: %2</source>
        <translation>无法创建导出文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use the folder %1: %2</source>
        <translation>无法使用文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>无法在 %1 中创建临时文件夹：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation>无法写入压缩包 %1：%2</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>truncated or corrupt %1</source>
        <translation>%1 被截断或已损坏</translation>
    </message>
    <message>
        <source>no header chunk</source>
        <translation>没有头部数据块</translation>
    </message>
    <message>
        <source>the %1 chunk claims %2 but the file has %3 left</source>
        <translation>%1 数据块声明长度为 %2，但文件只剩 %3</translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation>不支持的格式 (%1)</translation>
    </message>
    <message>
        <source>%1 is over the %2 MP limit</source>
        <translation>%1 超过 %2 MP 的限制</translation>
    </message>
    <message>
        <source>%1 would need %2 of memory to decode, over the %3 limit</source>
        <translation>%1 解码需要 %2 内存，超过 %3 的限制</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot create a thumbnail</source>
        <translation>无法创建缩略图</translation>
    </message>
    <message>
        <source>cannot analyse this %1 (%2)</source>
        <translation>无法分析此 %1 (%2)</translation>
    </message>
    <message>
        <source>cannot analyse this %1</source>
        <translation>无法分析此 %1</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>unknown file type</source>
        <translation>未知文件类型</translation>
    </message>
    <message>
        <source>truncated or corrupt %1 (%2)</source>
        <translation>%1 被截断或已损坏（%2）</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot store image details</source>
        <translation>无法存储图像详细信息</translation>
    </message>
    <message>
        <source>Cannot add items</source>
        <translation>无法添加条目</translation>
    </message>
    <message>
        <source>Record the import</source>
        <translation>记录导入</translation>
    </message>
    <message>
        <source>Scanning %1 input(s)</source>
        <translation>正在扫描 %1 个输入</translation>
    </message>
    <message>
        <source>caption updated from the caption file, which changed since the last import</source>
        <translation>标注已从标注文件更新，该文件自上次导入后已更改</translation>
    </message>
    <message>
        <source>caption conflict: the caption file differs from the caption edited in LoRA Craft; the edited caption was kept</source>
        <translation>标注冲突：标注文件与在 LoRA Craft 中编辑的标注不同；已保留编辑后的标注</translation>
    </message>
    <message>
        <source>Add imported images</source>
        <translation>添加导入的图像</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>identical to %1, which was skipped for the same reason</source>
        <translation>与 %1 相同，后者因同样原因被跳过</translation>
    </message>
    <message>
        <source>Take the trigger word from the kohya folder</source>
        <translation>从 kohya 文件夹获取触发词</translation>
    </message>
    <message>
        <source>Set the dataset&apos;s trigger word to “%1” and class to “%2” from the kohya folder “%3”.</source>
        <translation>根据 kohya 文件夹“%3”，将数据集的触发词设为“%1”，类别设为“%2”。</translation>
    </message>
    <message>
        <source>The kohya folder “%1” suggests the trigger word “%2”; the dataset keeps “%3”.</source>
        <translation>kohya 文件夹“%1”建议的触发词为“%2”；数据集保留“%3”。</translation>
    </message>
    <message>
        <source>caption file not read: %1</source>
        <translation>未读取标注文件：%1</translation>
    </message>
    <message>
        <source>caption file read as %1 (not UTF-8)</source>
        <translation>标注文件按 %1 读取（不是 UTF-8）</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation>不支持的格式 (%1)</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>不是图像 (%1)</translation>
    </message>
    <message>
        <source>%1 content with a .%2 name; imported as %1</source>
        <translation>%1 内容却使用 .%2 扩展名；已作为 %1 导入</translation>
    </message>
    <message>
        <source>the library&apos;s stored copy of this image was damaged or missing and has been repaired</source>
        <translation>图库中此图像的已存储副本已损坏或丢失，现已修复</translation>
    </message>
    <message>
        <source>internal error while reading (%1)</source>
        <translation>读取时发生内部错误 (%1)</translation>
    </message>
    <message>
        <source>internal error while reading</source>
        <translation>读取时发生内部错误</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 个已存在</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 个重复</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 个已跳过</translation>
    </message>
    <message>
        <source>%1 captions updated</source>
        <translation>%1 条标注已更新</translation>
    </message>
    <message>
        <source>%1 caption conflicts</source>
        <translation>%1 处标注冲突</translation>
    </message>
    <message>
        <source>%1 damaged images repaired</source>
        <translation>已修复 %1 张损坏的图像</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有此文件或文件夹</translation>
    </message>
    <message>
        <source>path too long for the operating system</source>
        <translation>路径对操作系统而言过长</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层级过多</translation>
    </message>
    <message>
        <source>cannot read (input/output error: the disk or network drive may be failing)</source>
        <translation>无法读取（输入/输出错误：磁盘或网络驱动器可能出现故障）</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>无法读取 (%1)</translation>
    </message>
    <message>
        <source>larger than the %1 limit (%2)</source>
        <translation>超过 %1 的限制 (%2)</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>不是常规文件 (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是常规文件</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>损坏的符号链接</translation>
    </message>
    <message>
        <source>folder already scanned (reached again through a symbolic link)</source>
        <translation>文件夹已扫描过（通过符号链接再次到达）</translation>
    </message>
    <message>
        <source>archive has %1 entries; the limit is %2</source>
        <translation>压缩包有 %1 个条目；上限为 %2</translation>
    </message>
    <message>
        <source>archive would expand to %1, over the %2 limit (zip bomb?)</source>
        <translation>压缩包解压后将达到 %1，超过 %2 的限制（ZIP 炸弹？）</translation>
    </message>
    <message>
        <source>unsafe path in ZIP (%1)</source>
        <translation>ZIP 中存在不安全的路径 (%1)</translation>
    </message>
    <message>
        <source>archive inside an archive (not expanded)</source>
        <translation>压缩包中嵌套的压缩包（未展开）</translation>
    </message>
    <message>
        <source>compression ratio %1:1 is over the %2:1 limit (zip bomb?)</source>
        <translation>压缩比 %1:1 超过 %2:1 的限制（ZIP 炸弹？）</translation>
    </message>
    <message>
        <source>another caption file with the same name; the first one (entry #%1) is used</source>
        <translation>存在另一个同名的标注文件；使用第一个（条目 #%1）</translation>
    </message>
    <message>
        <source>the archive has %1 entries named %2; this is entry #%3</source>
        <translation>压缩包中有 %1 个名为 %2 的条目；这是条目 #%3</translation>
    </message>
    <message>
        <source>nothing to import in the archive (%1 hidden or system file(s) ignored)</source>
        <translation>压缩包中没有可导入的内容（已忽略 %1 个隐藏或系统文件）</translation>
    </message>
    <message>
        <source>nothing to import in the archive (no files)</source>
        <translation>压缩包中没有可导入的内容（无文件）</translation>
    </message>
    <message>
        <source>cannot open the archive (%1)</source>
        <translation>无法打开压缩包 (%1)</translation>
    </message>
    <message>
        <source>not a valid ZIP archive (%1)</source>
        <translation>不是有效的 ZIP 压缩包 (%1)</translation>
    </message>
    <message>
        <source>damaged archive entry %1</source>
        <translation>压缩包条目 %1 已损坏</translation>
    </message>
    <message>
        <source>the archive marks this name as UTF-8 but it is not; it was read as CP437</source>
        <translation>压缩包将此名称标记为 UTF-8，但实际不是；已按 CP437 读取</translation>
    </message>
    <message>
        <source>cannot read the archive entry (%1)</source>
        <translation>无法读取压缩包条目 (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>damaged archive entry (%1)</source>
        <translation>压缩包条目已损坏 (%1)</translation>
    </message>
    <message>
        <source>the server has no image at this address (HTTP %1)</source>
        <translation>服务器上此地址没有图像 (HTTP %1)</translation>
    </message>
    <message>
        <source>the image host refused the download (HTTP %1)</source>
        <translation>图像主机拒绝了下载 (HTTP %1)</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Cannot make a folder for the downloads in %1: %2</source>
        <translation>无法在 %1 中为下载创建文件夹：%2</translation>
    </message>
    <message>
        <source>Record where the images came from</source>
        <translation>记录图像的来源</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1（条目 #%2）</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>permission denied or read-only disk</source>
        <translation>权限被拒绝或磁盘为只读</translation>
    </message>
    <message>
        <source>The library %1 is locked by a library.lock file that cannot be read or removed. If no LoRA Craft is using this library, delete %2.</source>
        <translation>图库 %1 被一个无法读取或删除的 library.lock 文件锁定。如果没有 LoRA Craft 在使用此图库，请删除 %2。</translation>
    </message>
    <message>
        <source>The library %1 is in use by another LoRA Craft process (%2, PID %3 on %4). Close it first, or use another library with --library.</source>
        <translation>图库 %1 正被另一个 LoRA Craft 进程使用（%2，PID %3，位于 %4）。请先关闭它，或使用 --library 指定其他图库。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Cannot write in the library folder %1 (%2). LoRA Craft needs write access to its library; fsck can still check it read-only.</source>
        <translation>无法在图库文件夹 %1 中写入 (%2)。LoRA Craft 需要对其图库具有写入权限；fsck 仍可以只读方式检查它。</translation>
    </message>
    <message>
        <source>cannot create library.lock</source>
        <translation>无法创建 library.lock</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>图库 %1 以只读方式打开。</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). Nothing was changed. Run fsck, and restore catalog.sqlite from a backup.</source>
        <translation>目录 %1 已损坏 (%2)。未做任何更改。请运行 fsck，并从备份中恢复 catalog.sqlite。</translation>
    </message>
    <message>
        <source>The catalog %1 fails its integrity check (%2). Nothing was changed: LoRA Craft does not write into a damaged catalog. Run fsck, and restore a snapshot (loracraft-cli snapshot restore) or a backup.</source>
        <translation>目录 %1 未通过完整性检查 (%2)。未做任何更改：LoRA Craft 不会向损坏的目录写入。请运行 fsck，并恢复快照 (loracraft-cli snapshot restore) 或备份。</translation>
    </message>
    <message>
        <source>No library folder given.</source>
        <translation>未指定图库文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a library folder. Choose a folder for --library.</source>
        <translation>%1 是文件，不是图库文件夹。请为 --library 选择一个文件夹。</translation>
    </message>
    <message>
        <source>The library %1 has stored images but its catalog.sqlite is missing. Restore the catalog from a snapshot (snapshots/) or a backup; LoRA Craft will not create an empty one over your data.</source>
        <translation>图库 %1 中有已存储的图像，但其 catalog.sqlite 丢失。请从快照 (snapshots/) 或备份中恢复目录；LoRA Craft 不会在您的数据上创建空目录。</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a LoRA Craft library (no catalog.sqlite). Choose an empty or new folder for --library.</source>
        <translation>%1 不为空，且不是 LoRA Craft 图库（没有 catalog.sqlite）。请为 --library 选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1. Create a workspace to start one, or pass --library with the folder of an existing library.</source>
        <translation>%1 处没有 LoRA Craft 图库。创建一个工作区即可新建图库，或使用 --library 指定现有图库的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1: %2</source>
        <translation>无法创建图库文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The catalog %1 is empty (0 bytes).</source>
        <translation>目录 %1 为空（0 字节）。</translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1.</source>
        <translation>%1 处没有 LoRA Craft 图库。</translation>
    </message>
    <message>
        <source>My Workspace</source>
        <translation>我的工作区</translation>
    </message>
    <message>
        <source>No quality flag “%1”.</source>
        <translation>没有质量标记“%1”。</translation>
    </message>
    <message>
        <source>No bucket engine for “%1”.</source>
        <translation>没有适用于“%1”的分桶引擎。</translation>
    </message>
    <message>
        <source>The stored original is missing: exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation>已存储的原图丢失：导出将拒绝此图像。请运行 loracraft-cli fsck --repair 从导入来源找回它。</translation>
    </message>
    <message>
        <source>The stored original is damaged (its content changed on disk): exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation>已存储的原图已损坏（其磁盘上的内容已改变）：导出将拒绝此图像。请运行 loracraft-cli fsck --repair 从导入来源找回它。</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <source>Create a dataset</source>
        <translation>创建数据集</translation>
    </message>
    <message>
        <source>Change the dataset&apos;s settings</source>
        <translation>更改数据集设置</translation>
    </message>
    <message>
        <source>Rename the workspace</source>
        <translation>重命名工作区</translation>
    </message>
    <message>
        <source>Rename the dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>Move the dataset</source>
        <translation>移动数据集</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Set crops</source>
        <translation>设置裁剪</translation>
    </message>
    <message>
        <source>Delete the workspace</source>
        <translation>删除工作区</translation>
    </message>
    <message>
        <source>Delete the dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Clean up the library</source>
        <translation>清理图库</translation>
    </message>
    <message>
        <source>Duplicate the dataset</source>
        <translation>复制数据集</translation>
    </message>
    <message>
        <source>Rename or merge tags</source>
        <translation>重命名或合并标签</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Change captions</source>
        <translation>更改标注</translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>The search index is out of step with the items table.</source>
        <translation>搜索索引与条目表不同步。</translation>
    </message>
    <message>
        <source>The stored image is missing.</source>
        <translation>已存储的图像丢失。</translation>
    </message>
    <message>
        <source>The stored image has %1 bytes; the catalog expects %2.</source>
        <translation>已存储的图像为 %1 字节；目录记录为 %2 字节。</translation>
    </message>
    <message>
        <source>The stored image is damaged: its content hashes to %1.</source>
        <translation>已存储的图像已损坏：其内容的哈希为 %1。</translation>
    </message>
    <message>
        <source>The catalog lists an object with an invalid name.</source>
        <translation>目录中列出了一个名称无效的对象。</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. gc will not remove these images.</source>
        <translation>目录中没有已存储的图像，但 objects/ 中有 %1。目录可能已被截断或替换；请恢复快照 (loracraft-cli snapshot restore) 或备份。gc 不会删除这些图像。</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be repaired.</source>
        <translation>图库以只读方式打开：无法修复任何内容。</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported</source>
        <translation>%1 自导入后已被更改</translation>
    </message>
    <message>
        <source>%1: no item uses this image any more; gc removes its entry.</source>
        <translation>%1：已没有条目使用此图像；gc 会删除其记录。</translation>
    </message>
    <message>
        <source>%1: no import source is recorded (it came from a ZIP or was pasted); import the image again.</source>
        <translation>%1：未记录导入来源（来自 ZIP 或粘贴）；请重新导入该图像。</translation>
    </message>
    <message>
        <source>%1: cannot be brought back (%2); import the image again.</source>
        <translation>%1：无法找回 (%2)；请重新导入该图像。</translation>
    </message>
    <message>
        <source>The repair was canceled.</source>
        <translation>修复已取消。</translation>
    </message>
    <message>
        <source>gc refused: the catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. Nothing was removed.</source>
        <translation>gc 拒绝运行：目录中没有已存储的图像，但 objects/ 中有 %1。目录可能已被截断或替换；请恢复快照 (loracraft-cli snapshot restore) 或备份。未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds at least %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>目录 %1 为空（0 字节），但图库中存储了至少 %n 张图像。它可能因崩溃、同步工具或磁盘已满而被截断。请恢复快照 (loracraft-cli snapshot restore) 或备份；LoRA Craft 不会在您的图像上新建空目录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>目录 %1 为空（0 字节），但图库中存储了 %n 张图像。它可能因崩溃、同步工具或磁盘已满而被截断。请恢复快照 (loracraft-cli snapshot restore) 或备份；LoRA Craft 不会在您的图像上新建空目录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>Nothing is listening at %1: is the server running?</source>
        <translation>%1 上没有服务在监听：服务器是否正在运行？</translation>
    </message>
    <message>
        <source>The host %1 was not found (check the address and the network).</source>
        <translation>找不到主机 %1（请检查地址和网络）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 在回答之前关闭了连接。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent, before any answer: it may have arrived.</source>
        <translation>与 %1 的连接在请求发送后、收到任何回答之前断开：请求可能已经送达。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>对 %1 的请求失败：%2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2): check the API key or token.</source>
        <translation>%1 拒绝了凭据 (HTTP %2)：请检查 API 密钥或令牌。</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP 429).</source>
        <translation>%1 要求降低请求频率 (HTTP 429)。</translation>
    </message>
    <message>
        <source>%1 timed out (HTTP %2).</source>
        <translation>%1 超时 (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 失败 (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 has no %2 (HTTP 404).</source>
        <translation>%1 上没有 %2 (HTTP 404)。</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404 to %2: %3</source>
        <translation>%1 对 %2 返回 HTTP 404：%3</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 拒绝了请求 (HTTP %2)。</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not “%1”.</source>
        <translation>只能获取 http 和 https 地址，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>%1 sent %2, not an image.</source>
        <translation>%1 发送的是 %2，不是图像。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 的重定向次数超过 %2 次。</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is less safe (https to http).</source>
        <translation>%1 重定向到了一个安全性更低的地址（https 到 http）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived.</source>
        <translation>%1 在完整回答到达之前关闭了连接。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB and more).</source>
        <translation>%1 超过 %2 MB 的限制（%3 MB 或更多）。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB).</source>
        <translation>%1 超过 %2 MB 的限制（%3 MB）。</translation>
    </message>
    <message>
        <source>%1 redirected to “%2”, which is not an http or https address.</source>
        <translation>%1 重定向到了“%2”，这不是 http 或 https 地址。</translation>
    </message>
</context>
<context>
    <name>Replicate</name>
    <message>
        <source>Replicate&apos;s answer to %1 is not JSON (%2).</source>
        <translation>Replicate 对 %1 的回答不是 JSON (%2)。</translation>
    </message>
    <message>
        <source>“%1” is not a Replicate model: use owner/name or owner/name:version (64 hex digits), for example salesforce/blip.</source>
        <translation>“%1”不是 Replicate 模型：请使用 owner/name 或 owner/name:version（64 位十六进制数字），例如 salesforce/blip。</translation>
    </message>
    <message>
        <source>Replicate has no model %1/%2 (or it is private to another account).</source>
        <translation>Replicate 上没有模型 %1/%2（或它是其他账户的私有模型）。</translation>
    </message>
    <message>
        <source>Replicate did not say whose token this is (no username).</source>
        <translation>Replicate 未说明此令牌属于谁（无用户名）。</translation>
    </message>
    <message>
        <source>The destination model %1 does not exist, or this token cannot write to it.</source>
        <translation>目标模型 %1 不存在，或此令牌无法写入它。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Replicate accepted the upload but did not say where the file is.</source>
        <translation>Replicate 接受了上传，但未说明文件的位置。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <source>Brave Image Search takes at most %1 characters and %2 words.</source>
        <translation>Brave Image Search 最多接受 %1 个字符和 %2 个单词。</translation>
    </message>
    <message>
        <source>Brave Image Search cannot filter by licence, and its results carry none. Search Openverse for openly licensed images, or search Brave without a licence filter and check each image at its source.</source>
        <translation>Brave Image Search 无法按许可证筛选，其结果也不含许可证信息。请在 Openverse 中搜索开放许可的图像，或在 Brave 中不使用许可证筛选进行搜索，并在来源处核实每张图像。</translation>
    </message>
    <message>
        <source>Brave Image Search needs an API key (api-dashboard.search.brave.com): add it in Settings → Search, or set %1.</source>
        <translation>Brave Image Search 需要 API 密钥 (api-dashboard.search.brave.com)：请在“设置 → 搜索”中添加，或设置 %1。</translation>
    </message>
    <message>
        <source>Brave Image Search answered something that is not a list of images.</source>
        <translation>Brave Image Search 返回的内容不是图像列表。</translation>
    </message>
    <message>
        <source>Brave Image Search refused the API key (%1): check it in Settings → Search or %2.</source>
        <translation>Brave Image Search 拒绝了 API 密钥 (%1)：请在“设置 → 搜索”或 %2 中检查。</translation>
    </message>
    <message>
        <source>The Brave Search API key has used up its monthly quota (QUOTA_LIMITED).</source>
        <translation>Brave Search API 密钥已用完本月配额 (QUOTA_LIMITED)。</translation>
    </message>
    <message>
        <source>Brave Image Search asked to slow down (%1) and kept refusing: try again in a minute.</source>
        <translation>Brave Image Search 要求降低请求频率 (%1) 并持续拒绝：请一分钟后重试。</translation>
    </message>
    <message>
        <source>Brave Image Search refused the search (HTTP %1, %2): %3</source>
        <translation>Brave Image Search 拒绝了搜索（HTTP %1，%2）：%3</translation>
    </message>
    <message>
        <source>“%1” is not a licence Openverse knows. Use %2, or commercial / modification for every licence that allows commercial use / adaptations.</source>
        <translation>“%1”不是 Openverse 认识的许可证。请使用 %2，或使用 commercial / modification 表示所有允许商业使用 / 改编的许可证。</translation>
    </message>
    <message>
        <source>Openverse answered something that is not a list of images.</source>
        <translation>Openverse 返回的内容不是图像列表。</translation>
    </message>
    <message>
        <source>%1 has no more results for this search.</source>
        <translation>%1 没有更多此搜索的结果。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%1: rate limited, retrying in %n s</source>
        <translation>
            <numerusform>%1：受到速率限制，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), retrying in %n s</source>
        <translation>
            <numerusform>%1 失败 (%2)，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown licence</source>
        <translation>未知许可证</translation>
    </message>
    <message>
        <source>This image</source>
        <translation>此图像</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400).</source>
        <translation>Openverse 拒绝了搜索 (HTTP 400)。</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400): %1</source>
        <translation>Openverse 拒绝了搜索 (HTTP 400)：%1</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP %1): anonymous searches get at most %2 results a page and %3 in all.</source>
        <translation>Openverse 拒绝了搜索 (HTTP %1)：匿名搜索每页最多 %2 个结果，总共最多 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>Openverse limits anonymous searches and asked to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>Openverse 限制匿名搜索，要求等待 %n 秒。请稍后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Openverse limits anonymous searches and asked to wait. Try again later.</source>
        <translation>Openverse 限制匿名搜索，要求等待。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 by %2 is licensed under %3 (%4).</source>
        <translation>%1，作者 %2，采用 %3 许可（%4）。</translation>
    </message>
    <message>
        <source>%1 by %2 is licensed under %3.</source>
        <translation>%1，作者 %2，采用 %3 许可。</translation>
    </message>
    <message>
        <source>%1 is licensed under %2 (%3).</source>
        <translation>%1 采用 %2 许可（%3）。</translation>
    </message>
    <message>
        <source>%1 is licensed under %2.</source>
        <translation>%1 采用 %2 许可。</translation>
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation>%1，作者 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1，作者 %2。</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The keychain holds no entry &quot;%1&quot;.</source>
        <translation>系统密钥环中没有条目 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>系统密钥环拒绝访问 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys cannot be stored; set them in the environment instead.</source>
        <translation>没有可用的系统密钥环 (%1)。无法存储密钥；请改为在环境变量中设置。</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>会话总线上没有 Secret Service</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>syncfs failed</source>
        <translation>syncfs 失败</translation>
    </message>
    <message>
        <source>Cannot store an object without a valid hash.</source>
        <translation>无法存储没有有效哈希的对象。</translation>
    </message>
    <message>
        <source>run fsck to check the library</source>
        <translation>请运行 fsck 检查图库</translation>
    </message>
    <message>
        <source>The stored image %1 is damaged: its content hashes to %2. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation>已存储的图像 %1 已损坏：其内容的哈希为 %2。请重新导入原图以修复（fsck 会列出所有损坏的图像）。</translation>
    </message>
    <message>
        <source>Cannot flush stored images to disk in %1: %2</source>
        <translation>无法将 %1 中的已存储图像刷新到磁盘：%2</translation>
    </message>
    <message>
        <source>Stored image is missing: %1: %2</source>
        <translation>已存储的图像丢失：%1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>The trainer&apos;s version does not describe its inputs.</source>
        <translation>此版本的训练器未描述其输入。</translation>
    </message>
    <message>
        <source>%1: the trainer has no such input</source>
        <translation>%1：训练器没有此输入</translation>
    </message>
    <message>
        <source>%1: a number is needed</source>
        <translation>%1：需要数字</translation>
    </message>
    <message>
        <source>%1: a whole number is needed</source>
        <translation>%1：需要整数</translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation>%1：至少为 %2</translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation>%1：至多为 %2</translation>
    </message>
    <message>
        <source>%1: true or false</source>
        <translation>%1：true 或 false</translation>
    </message>
    <message>
        <source>%1: one of %2</source>
        <translation>%1：%2 之一</translation>
    </message>
    <message>
        <source>%1: text is needed</source>
        <translation>%1：需要文本</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <source>The trainer does not take these inputs:
%1</source>
        <translation>训练器不接受以下输入：
%1</translation>
    </message>
    <message>
        <source>Stopped following the training</source>
        <translation>已停止跟踪训练</translation>
    </message>
    <message>
        <source>Canceled before the training started</source>
        <translation>在训练开始前已取消</translation>
    </message>
    <message>
        <source>The training was not started</source>
        <translation>训练未启动</translation>
    </message>
    <message>
        <source>Stopped following; the training goes on on Replicate</source>
        <translation>已停止跟踪；训练仍在 Replicate 上继续</translation>
    </message>
    <message>
        <source>Trained %1</source>
        <translation>已训练 %1</translation>
    </message>
    <message>
        <source>Extracting the LoRA</source>
        <translation>正在解压 LoRA</translation>
    </message>
    <message>
        <source>Downloading the weights</source>
        <translation>正在下载权重</translation>
    </message>
    <message>
        <source>Download canceled; nothing was kept</source>
        <translation>下载已取消；未保留任何内容</translation>
    </message>
    <message>
        <source>The weights were not downloaded</source>
        <translation>权重未下载</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Making images with the new LoRA</source>
        <translation>正在使用新的 LoRA 生成图像</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>未生成任何图像</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>正在导出数据集</translation>
    </message>
    <message>
        <source>Uploading the dataset</source>
        <translation>正在上传数据集</translation>
    </message>
    <message>
        <source>Starting the training</source>
        <translation>正在启动训练</translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation>训练中，%1 %</translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation>正在等待 GPU</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Trained: %1</source>
        <translation>训练完成：%1</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>正在训练 %1</translation>
    </message>
    <message>
        <source>Record the training&apos;s progress</source>
        <translation>记录训练进度</translation>
    </message>
    <message>
        <source>Record the training&apos;s end</source>
        <translation>记录训练结束</translation>
    </message>
    <message>
        <source>“%1” is not a trainer; use one of: %2.</source>
        <translation>“%1”不是训练器；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The destination is a model (owner/name), not a version.</source>
        <translation>目标应为模型 (owner/name)，而不是版本。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation>数据集中没有可用于训练的图像。</translation>
    </message>
    <message>
        <source>The dataset cannot be exported for %1: %2</source>
        <translation>无法为 %1 导出数据集：%2</translation>
    </message>
    <message>
        <source>Replicate lists no version of the trainer %1.</source>
        <translation>Replicate 上没有列出训练器 %1 的任何版本。</translation>
    </message>
    <message>
        <source>LoRA trained with LoRA Craft from %1/%2</source>
        <translation>使用 LoRA Craft 基于 %1/%2 训练的 LoRA</translation>
    </message>
    <message>
        <source>The destination model %1 does not exist: create it on replicate.com, or let LoRA Craft create it (--create-destination).</source>
        <translation>目标模型 %1 不存在：请在 replicate.com 上创建，或让 LoRA Craft 创建它 (--create-destination)。</translation>
    </message>
    <message>
        <source>Record the training</source>
        <translation>记录训练</translation>
    </message>
    <message>
        <source>Training %1 on %2</source>
        <translation>在 %2 上训练 %1</translation>
    </message>
    <message>
        <source>Task #%1 is not a training.</source>
        <translation>任务 #%1 不是训练。</translation>
    </message>
    <message>
        <source>Canceled before the training started.</source>
        <translation>在训练开始前已取消。</translation>
    </message>
    <message>
        <source>The dataset&apos;s ZIP is %1 MB; Replicate takes at most 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them.</source>
        <translation>数据集的 ZIP 为 %1 MB；Replicate 最多接受 100 MB。请导出较小的图像（对 LoRA 而言长边 1024 或 1536 px 已足够）或减少图像数量。</translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation>无法读取导出 %1：%2</translation>
    </message>
    <message>
        <source>Uploading the dataset, %1 %</source>
        <translation>正在上传数据集，%1 %</translation>
    </message>
    <message>
        <source>Uploading the dataset again (try %1 of %2), %3 %</source>
        <translation>正在重新上传数据集（第 %1 次尝试，共 %2 次），%3 %</translation>
    </message>
    <message>
        <source>The upload failed %1 times (%2). Nothing was started on Replicate; start the training again when the connection is back.</source>
        <translation>上传失败 %1 次 (%2)。未在 Replicate 上启动任何内容；连接恢复后请重新开始训练。</translation>
    </message>
    <message>
        <source>Training %1 has no weights: it is %2.</source>
        <translation>训练 %1 没有权重：其状态为 %2。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Replicate did not say where training %1&apos;s weights are.</source>
        <translation>Replicate 未说明训练 %1 的权重位置。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>Record the downloaded weights</source>
        <translation>记录已下载的权重</translation>
    </message>
    <message>
        <source>Weights in %1</source>
        <translation>权重位于 %1</translation>
    </message>
    <message>
        <source>Only a training that succeeded has a version to try.</source>
        <translation>只有成功的训练才有可试用的版本。</translation>
    </message>
    <message>
        <source>Replicate did not name the new version of %1.</source>
        <translation>Replicate 未给出 %1 的新版本名称。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The prediction ended %1.</source>
        <translation>预测以 %1 结束。</translation>
    </message>
    <message>
        <source>The prediction gave no image.</source>
        <translation>预测未生成图像。</translation>
    </message>
    <message>
        <source>Cannot save the image: %1</source>
        <translation>无法保存图像：%1</translation>
    </message>
    <message>
        <source>Record a sample of the trained LoRA</source>
        <translation>记录训练所得 LoRA 的样图</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made with %1</source>
        <translation>
            <numerusform>使用 %1 生成了 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 prompts failed: %3</source>
        <translation>%2 个提示词中有 %1 个失败：%3</translation>
    </message>
    <message>
        <source>No training %1 in this library (train list shows them).</source>
        <translation>此图库中没有训练 %1（train list 可列出训练）。</translation>
    </message>
    <message>
        <source>“%1” is not a trainer.</source>
        <translation>“%1”不是训练器。</translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate (or set REPLICATE_API_TOKEN).</source>
        <translation>没有 Replicate 令牌：请在“设置 → Replicate”中添加（或设置 REPLICATE_API_TOKEN）。</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</source>
        <translation>
            <numerusform>根据 Replicate 上该训练器页面的说明，%1 步在 H100 上约需 %n 分钟；按 GPU 时间每秒计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the header at byte %1)</source>
        <translation>文件被截断（在字节 %1 处的头部中结束）</translation>
    </message>
    <message>
        <source>the header at byte %1 is damaged (bad checksum)</source>
        <translation>字节 %1 处的头部已损坏（校验和错误）</translation>
    </message>
    <message>
        <source>the header at byte %1 has an unreadable size</source>
        <translation>字节 %1 处的头部大小无法读取</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the extended header at byte %1)</source>
        <translation>文件被截断（在字节 %1 处的扩展头部中结束）</translation>
    </message>
    <message>
        <source>the extended header at byte %1 is implausibly large (%2 bytes)</source>
        <translation>字节 %1 处的扩展头部大得不合理（%2 字节）</translation>
    </message>
    <message>
        <source>the extended header at byte %1 is damaged</source>
        <translation>字节 %1 处的扩展头部已损坏</translation>
    </message>
    <message>
        <source>the extended header of %1 has an unreadable size</source>
        <translation>%1 的扩展头部大小无法读取</translation>
    </message>
    <message>
        <source>it is truncated (%1 has %2 bytes, the archive holds %3 of them)</source>
        <translation>文件被截断（%1 有 %2 字节，压缩包中只有其中 %3 字节）</translation>
    </message>
    <message>
        <source>it is truncated (it ends after an extended header)</source>
        <translation>文件被截断（在扩展头部之后结束）</translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation>压缩包中没有文件</translation>
    </message>
    <message>
        <source>the archive holds %1</source>
        <translation>压缩包包含 %1</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside %1)</source>
        <translation>文件被截断（在 %1 内部结束）</translation>
    </message>
    <message>
        <source>Cannot read the weights archive %1: %2</source>
        <translation>无法读取权重压缩包 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>the archive holds %1 and %n more file(s)</source>
        <translation>
            <numerusform>压缩包包含 %1 以及另外 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>No trained weights (lora.safetensors or unet.safetensors) in %1: %2</source>
        <translation>%1 中没有训练好的权重（lora.safetensors 或 unet.safetensors）：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Util</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>超出磁盘配额</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>路径过长</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有此文件或文件夹</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation>输入/输出错误（磁盘可能出现故障）</translation>
    </message>
    <message>
        <source>a file with that name exists</source>
        <translation>已存在同名文件</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>permission denied or the parent is not a folder</source>
        <translation>权限被拒绝，或上级路径不是文件夹</translation>
    </message>
    <message>
        <source>flush failed</source>
        <translation>刷新失败</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>重命名失败</translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged: its content hashes to %2 instead of %3. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation>已存储的副本 %1 已损坏：其内容的哈希为 %2，而不是 %3。请重新导入原图以修复（fsck 会列出所有损坏的图像）。</translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged.</source>
        <translation>已存储的副本 %1 已损坏。</translation>
    </message>
    <message>
        <source>copy failed</source>
        <translation>复制失败</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open folder %1: %2</source>
        <translation>无法打开文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot sync folder %1: %2</source>
        <translation>无法同步文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Not a folder: %1: %2</source>
        <translation>不是文件夹：%1：%2</translation>
    </message>
    <message>
        <source>Cannot create folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move a file into place at %1: %2</source>
        <translation>无法将文件移动到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move into place at %1: %2</source>
        <translation>无法移动到 %1：%2</translation>
    </message>
</context>
<context>
    <name>lc::ExportJob</name>
    <message>
        <source>Export of %1 for %2</source>
        <translation>为 %2 导出 %1</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>正在写入压缩包</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>正在准备图像</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Failed; nothing was written.</source>
        <translation>失败；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) · %1</source>
        <translation>
            <numerusform>%n 张图像 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ImportJob</name>
    <message>
        <source>Download images</source>
        <translation>下载图像</translation>
    </message>
    <message>
        <source>Download into %1</source>
        <translation>下载到 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>导入到 %1</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message numerus="yes">
        <source>Downloading (%n failed)</source>
        <translation>
            <numerusform>正在下载（%n 个失败）</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
</context>
<context>
    <name>lc::Job</name>
    <message>
        <source>Canceled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
</context>
<context>
    <name>lc::JobManager</name>
    <message>
        <source>Record interrupted tasks</source>
        <translation>记录中断的任务</translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation>已中断：LoRA Craft 在任务完成前退出。</translation>
    </message>
</context>
<context>
    <name>lc::search::SearchService</name>
    <message>
        <source>There is no search provider named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的搜索提供方。</translation>
    </message>
</context>
<context>
    <name>lc::ui::AboutDialog</name>
    <message>
        <source>About LoRA Craft</source>
        <translation>关于 LoRA Craft</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LoRA Craft %1&lt;/h2&gt;&lt;p&gt;Turn folders of images into training-ready LoRA datasets.&lt;/p&gt;&lt;p&gt;Commit %2, built %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries at run time&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;&lt;p&gt;&lt;b&gt;Bundled&lt;/b&gt;&lt;br&gt;LoRA Craft and its icons: MIT licence.&lt;br&gt;CLIP tokenizer vocabulary and merges: MIT licence, © OpenAI.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/loracraft/loracraft&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;https://github.com/loracraft/loracraft/issues&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Log: %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LoRA Craft %1&lt;/h2&gt;&lt;p&gt;将图片文件夹整理为可直接训练的 LoRA 数据集。&lt;/p&gt;&lt;p&gt;提交 %2，构建于 %3。&lt;/p&gt;&lt;p&gt;&lt;b&gt;运行时的库&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;&lt;p&gt;&lt;b&gt;随附内容&lt;/b&gt;&lt;br&gt;LoRA Craft 及其图标：MIT 许可证。&lt;br&gt;CLIP 分词器词表与合并表：MIT 许可证，© OpenAI。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/loracraft/loracraft&quot;&gt;网站&lt;/a&gt; · &lt;a href=&quot;https://github.com/loracraft/loracraft/issues&quot;&gt;报告问题&lt;/a&gt;&lt;/p&gt;&lt;p&gt;日志： %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the log folder cannot be written)</source>
        <translation>无（无法写入日志文件夹）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the version and the libraries&apos; versions, for a bug report</source>
        <translation>复制版本号及各库的版本，用于问题报告</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>lc::ui::AutoCropOptionsDialog</name>
    <message numerus="yes">
        <source>The %n selected image(s)</source>
        <translation>
            <numerusform>所选的 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kept image of the dataset</source>
        <translation>数据集中所有保留的图像</translation>
    </message>
    <message>
        <source>Auto-Crop</source>
        <translation>自动裁剪</translation>
    </message>
    <message>
        <source>Nearest bucket of the trainer</source>
        <translation>训练器的最近分桶</translation>
    </message>
    <message>
        <source>Faces, else the most salient region</source>
        <translation>人脸，否则为最显著区域</translation>
    </message>
    <message>
        <source>The most salient region</source>
        <translation>最显著区域</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Each image gets the largest crop of the target shape, placed to keep its subject: every face together (never cut through one), else the most salient region, else the centre. Nothing is written until you accept the proposals.</source>
        <translation>每张图像都会得到目标比例下最大的裁剪框，并尽量保留主体：所有人脸一起保留（绝不切过人脸），否则保留最显著区域，再否则取中心。在您接受建议之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>训练器：</translation>
    </message>
    <message>
        <source>Keep in frame:</source>
        <translation>保留在画面内：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Propose Crops</source>
        <translation>建议裁剪</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketHistogram</name>
    <message>
        <source>No images to bucket</source>
        <translation>没有可分桶的图像</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>分辨率 %1</translation>
    </message>
    <message>
        <source>Click to show these images in the grid.</source>
        <translation>点击以在网格中显示这些图像。</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketItemsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>At</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>分桶</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>裁掉</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>已放大</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketsPanel</name>
    <message numerus="yes">
        <source>%1 at %2: %n image(s), %3 step(s) per epoch</source>
        <translation>
            <numerusform>%1（分辨率 %2）：%n 张图像，每轮 %3 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer images than the batch size: a short batch every epoch.</source>
        <translation>图像数少于批大小：每轮都会有一个不完整的批次。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>被舍弃</translation>
    </message>
    <message>
        <source>upscaled</source>
        <translation>已放大</translation>
    </message>
    <message>
        <source>Show in Grid</source>
        <translation>在网格中显示</translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate, exactly as its source computes it</source>
        <translation>要模拟其分桶方式的训练器，与其源代码的计算方式完全一致</translation>
    </message>
    <message>
        <source>Training resolutions, comma-separated (512,768,1024); empty: as the export configures the trainer for the dataset&apos;s target</source>
        <translation>训练分辨率，以逗号分隔 (512,768,1024)；留空：按导出时为该数据集目标配置训练器的方式</translation>
    </message>
    <message>
        <source>Batches are formed inside a bucket: buckets with fewer images make short batches</source>
        <translation>批次在分桶内组成：图像较少的分桶会产生不完整的批次</translation>
    </message>
    <message>
        <source>Dim on each grid tile what the trainer will cut off (%1)</source>
        <translation>在每个网格图块上调暗训练器将裁掉的部分 (%1)</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>训练器：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Double-click an image to select it in the grid</source>
        <translation>双击图像以在网格中选中它</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <source>Resolutions are numbers from 64 to 8192, comma-separated (for example 512,768,1024).</source>
        <translation>分辨率为 64 到 8192 之间的数字，以逗号分隔（例如 512,768,1024）。</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>正在模拟…</translation>
    </message>
    <message>
        <source>Cannot simulate the buckets: %1</source>
        <translation>无法模拟分桶：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n 个分桶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) per epoch at batch size %1</source>
        <translation>
            <numerusform>批大小为 %1 时每轮 %n 步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) with fewer images than the batch size</source>
        <translation>
            <numerusform>%n 个分桶的图像数少于批大小</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) upscaled</source>
        <translation>
            <numerusform>%n 处放置被放大</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) left out by the trainer (too small)</source>
        <translation>
            <numerusform>%n 处放置被训练器舍弃（太小）</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to show its images in the grid.</source>
        <translation>点击柱条以在网格中显示其图像。</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionActions</name>
    <message>
        <source>Caption Images…</source>
        <translation>标注图像…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Find and Replace in Captions…</source>
        <translation>在标注中查找和替换…</translation>
    </message>
    <message>
        <source>Apply Caption Template…</source>
        <translation>应用标注模板…</translation>
    </message>
    <message>
        <source>Generate captions with a vision model (local server or Replicate)</source>
        <translation>使用视觉模型生成标注（本地服务器或 Replicate）</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>请先选择一个数据集。</translation>
    </message>
    <message>
        <source>%1 captions changed; %2 were edited meanwhile and kept.</source>
        <translation>%1 条标注已更改；%2 条在此期间被编辑过，已保留。</translation>
    </message>
    <message>
        <source>Select a dataset to caption.</source>
        <translation>请选择要标注的数据集。</translation>
    </message>
    <message>
        <source>Choose a captioning model first (Settings → Captioning).</source>
        <translation>请先选择标注模型（设置 → 标注）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Replace All Captions?</source>
        <translation>替换所有标注？</translation>
    </message>
    <message>
        <source>Every caption in scope is replaced with a generated one, including captions you typed or imported. Edit → Undo brings them back.</source>
        <translation>范围内的每条标注都会被生成的标注替换，包括您手动输入或导入的标注。“编辑 → 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>无法继续：%1</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>标注失败：%1</translation>
    </message>
    <message>
        <source>Captioning: %1</source>
        <translation>标注：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>标注</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionDialog</name>
    <message>
        <source>Caption Images</source>
        <translation>标注图像</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message numerus="yes">
        <source>Selected images (%n)</source>
        <translation>
            <numerusform>所选图像 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images shown in the grid (%n)</source>
        <translation>
            <numerusform>网格中显示的图像 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every active image of %1 (%n)</source>
        <translation>
            <numerusform>%1 的所有有效图像 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill empty captions</source>
        <translation>填充空标注</translation>
    </message>
    <message>
        <source>Replace generated captions</source>
        <translation>替换生成的标注</translation>
    </message>
    <message>
        <source>Append to captions</source>
        <translation>追加到标注</translation>
    </message>
    <message>
        <source>Replace all captions</source>
        <translation>替换所有标注</translation>
    </message>
    <message>
        <source>Only images without a caption get one. Nothing is overwritten.</source>
        <translation>只为没有标注的图像生成标注。不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Empty captions and captions a model wrote are (re)generated. Captions you typed or imported stay.</source>
        <translation>重新生成空标注和由模型生成的标注。您输入或导入的标注保持不变。</translation>
    </message>
    <message>
        <source>The model&apos;s caption is added after the existing one.</source>
        <translation>模型生成的标注追加在现有标注之后。</translation>
    </message>
    <message>
        <source>Every caption is replaced, including ones you typed. You will be asked to confirm; Undo brings them back.</source>
        <translation>替换每条标注，包括您输入的标注。系统会要求您确认；撤销可将其恢复。</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Start Captioning</source>
        <translation>开始标注</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>No model is set yet: open Settings… to choose a server and a model.</source>
        <translation>尚未设置模型：请打开“设置…”选择服务器和模型。</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 in flight</source>
        <translation>%1，位于 %2 · 并发 %3</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionEditDialog</name>
    <message>
        <source>Selected images (%1)</source>
        <translation>所选图像 (%1)</translation>
    </message>
    <message>
        <source>Every image of %1</source>
        <translation>%1 的所有图像</translation>
    </message>
    <message>
        <source>Find and Replace in Captions</source>
        <translation>在标注中查找和替换</translation>
    </message>
    <message>
        <source>Apply Caption Template</source>
        <translation>应用标注模板</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement is the first group)</source>
        <translation>正则表达式（替换内容中的 \1 表示第一个分组）</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation>每张图像会填入 {trigger}、{class}、{tags}、{filename} 和 {caption}。</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Type what to find.</source>
        <translation>请输入要查找的内容。</translation>
    </message>
    <message>
        <source>Type a template.</source>
        <translation>请输入模板。</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>%1 of %2 captions change.</source>
        <translation>%2 条标注中有 %1 条会更改。</translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>显示前 %1 条。</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionSettingsPage</name>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>OpenRouter</source>
        <translation>OpenRouter</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Strip openings such as “The image shows”</source>
        <translation>去除“The image shows”之类的开头</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>单行</translation>
    </message>
    <message>
        <source>Trigger word first</source>
        <translation>触发词置于开头</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server</source>
        <translation>本地或 OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>其他服务器</translation>
    </message>
    <message>
        <source>e.g. llava:13b, qwen2.5vl:7b, gemma3:12b</source>
        <translation>例如 llava:13b、qwen2.5vl:7b、gemma3:12b</translation>
    </message>
    <message>
        <source>Ask the server which models it has (GET /models)</source>
        <translation>向服务器查询其可用模型 (GET /models)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>owner/name or owner/name:version</source>
        <translation>owner/name 或 owner/name:version</translation>
    </message>
    <message>
        <source>none (the model takes no prompt)</source>
        <translation>无（该模型不接受提示词）</translation>
    </message>
    <message>
        <source>Replicate model:</source>
        <translation>Replicate 模型：</translation>
    </message>
    <message>
        <source>Image input:</source>
        <translation>图像输入：</translation>
    </message>
    <message>
        <source>Prompt input:</source>
        <translation>提示词输入：</translation>
    </message>
    <message>
        <source>Extra inputs (JSON):</source>
        <translation>额外输入 (JSON)：</translation>
    </message>
    <message>
        <source>optional, e.g. OPENROUTER_API_KEY</source>
        <translation>可选，例如 OPENROUTER_API_KEY</translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation>每张图像会填入 {trigger}、{class}、{tags}、{filename} 和 {caption}。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Caption with:</source>
        <translation>标注方式：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Key from variable:</source>
        <translation>从变量读取密钥：</translation>
    </message>
    <message>
        <source>Prompt and requests</source>
        <translation>提示词与请求</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>最大 token 数：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>并发请求：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Image long side:</source>
        <translation>图像长边：</translation>
    </message>
    <message>
        <source>Clean-up of answers</source>
        <translation>回答清理</translation>
    </message>
    <message>
        <source>Length cap:</source>
        <translation>长度上限：</translation>
    </message>
    <message>
        <source>Replicate API token (r8_…)</source>
        <translation>Replicate API 令牌 (r8_…)</translation>
    </message>
    <message>
        <source>only for servers that need one</source>
        <translation>仅用于需要密钥的服务器</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it; clear the field and save to remove it.</source>
        <translation>系统密钥环中已存储一个密钥。输入新密钥可替换它；清空该字段并保存可将其删除。</translation>
    </message>
    <message>
        <source>No key stored. Keys are kept in the system keychain, never in a settings file.</source>
        <translation>未存储密钥。密钥保存在系统密钥环中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>••••••••（已存储）</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s models: %1</source>
        <translation>无法列出服务器的模型：%1</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>服务器提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending a test image…</source>
        <translation>正在发送测试图像…</translation>
    </message>
    <message>
        <source>Works: %1 answered in %2 s: “%3”</source>
        <translation>正常：%1 在 %2 秒内回答：“%3”</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::CollectPanel</name>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>尺寸未知</translation>
    </message>
    <message>
        <source>licence unknown</source>
        <translation>许可证未知</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>任意许可证</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>允许商业使用</translation>
    </message>
    <message>
        <source>Commercial use and changes allowed</source>
        <translation>允许商业使用和修改</translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation>允许修改</translation>
    </message>
    <message>
        <source>Public domain (CC0, PDM)</source>
        <translation>公共领域 (CC0, PDM)</translation>
    </message>
    <message>
        <source>CC0, PDM or CC BY</source>
        <translation>CC0、PDM 或 CC BY</translation>
    </message>
    <message>
        <source>CC0, PDM, CC BY or CC BY-SA</source>
        <translation>CC0、PDM、CC BY 或 CC BY-SA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Safe search</source>
        <translation>安全搜索</translation>
    </message>
    <message>
        <source>Set API Key…</source>
        <translation>设置 API 密钥…</translation>
    </message>
    <message>
        <source>Search openly licensed images…</source>
        <translation>搜索开放许可的图像…</translation>
    </message>
    <message>
        <source>Only images under these licences. NC licences forbid commercial use, ND licences forbid adaptations: a LoRA trained on an image is arguably one.</source>
        <translation>仅限这些许可证下的图像。NC 许可证禁止商业使用，ND 许可证禁止改编：用图像训练出的 LoRA 可以说就是一种改编。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意尺寸</translation>
    </message>
    <message>
        <source>The shorter side at least this long: results known to be smaller are left out.</source>
        <translation>短边至少为此长度：已知更小的结果将被排除。</translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation>任意形状</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>竖向</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>Search Openverse for openly licensed images, select the ones you want, and add them to the dataset on screen with their licences.</source>
        <translation>在 Openverse 中搜索开放许可的图像，选择所需图像，并连同其许可证添加到当前显示的数据集。</translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation>打开来源页面</translation>
    </message>
    <message>
        <source>Open Licence</source>
        <translation>打开许可证</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 (the results so far stay)</source>
        <translation>%1（已有结果会保留）</translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation>未找到结果。请尝试其他关键词或减少筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n of about %1</source>
        <translation>
            <numerusform>结果：%n / 约 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>结果：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller than the minimum size left out</source>
        <translation>
            <numerusform>已排除 %n 个小于最小尺寸的结果</numerusform>
        </translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>没有更多页</translation>
    </message>
    <message>
        <source>%1 cannot filter by this.</source>
        <translation>%1 无法按此条件筛选。</translation>
    </message>
    <message>
        <source>%1 results carry no licence: check each image&apos;s source before you use it.</source>
        <translation>%1 个结果没有许可证：使用前请核实每张图像的来源。</translation>
    </message>
    <message>
        <source>Leave out images marked as mature.</source>
        <translation>排除标记为成人内容的图像。</translation>
    </message>
    <message>
        <source>Search images on the web…</source>
        <translation>在网络上搜索图像…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Results: %n.</source>
        <translation>
            <numerusform>已停止。结果：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <source>Looking for the %1 key in the keychain…</source>
        <translation>正在系统密钥环中查找 %1 密钥…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>正在搜索 %1…</translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>Select a dataset in the library first.</source>
        <translation>请先在图库中选择一个数据集。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n to %1</source>
        <translation>
            <numerusform>将 %n 张添加到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <source>Download the selected images into %1/%2, with their licences, as a task.</source>
        <translation>以任务形式将所选图像连同其许可证下载到 %1/%2。</translation>
    </message>
    <message>
        <source>Select the results to add (Ctrl+A selects all).</source>
        <translation>请选择要添加的结果（Ctrl+A 全选）。</translation>
    </message>
</context>
<context>
    <name>lc::ui::CropDialog</name>
    <message>
        <source>Snap to the bucket step</source>
        <translation>对齐到分桶步长</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>裁剪 %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Nearest bucket</source>
        <translation>最近分桶</translation>
    </message>
    <message>
        <source>Widths and heights in multiples of the trainer&apos;s bucket step</source>
        <translation>宽度和高度为训练器分桶步长的倍数</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>The whole image: no crop</source>
        <translation>整张图像：不裁剪</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>训练器：</translation>
    </message>
    <message>
        <source>Drag to draw, move or resize the crop · arrow keys nudge it (Shift: 10 px), Shift+Alt+arrows resize it</source>
        <translation>拖动以绘制、移动或调整裁剪框 · 方向键微调（Shift：10 px），Shift+Alt+方向键调整大小</translation>
    </message>
    <message>
        <source>%1 leaves this size out at %2</source>
        <translation>%1 在分辨率 %2 下会舍弃此尺寸</translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off</source>
        <translation>%1（分辨率 %2）：分桶 %3 × %4，缩放 %5×，裁掉 %6 %</translation>
    </message>
    <message>
        <source>Whole image %1 × %2 px</source>
        <translation>整张图像 %1 × %2 px</translation>
    </message>
    <message>
        <source>Crop %1 × %2 px at %3, %4</source>
        <translation>裁剪 %1 × %2 px，位于 %3, %4</translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off · upscaled</source>
        <translation>%1（分辨率 %2）：分桶 %3 × %4，缩放 %5×，裁掉 %6 % · 已放大</translation>
    </message>
</context>
<context>
    <name>lc::ui::CropReviewDialog</name>
    <message>
        <source>Review Proposed Crops</source>
        <translation>检查建议的裁剪</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) get a new crop. The bright part of each picture is what stays; uncheck the ones to leave as they are.</source>
        <translation>%2 张图像中有 %1 张将获得新的裁剪。每张图中明亮的部分为保留区域；取消勾选不想更改的图像。</translation>
    </message>
    <message>
        <source>No face model was found (OpenCV&apos;s data files): subjects were placed by saliency.</source>
        <translation>未找到人脸模型（OpenCV 数据文件）：已按显著性放置主体。</translation>
    </message>
    <message>
        <source>%1
%2 × %3 → %4 × %5 at %6,%7 (%8)</source>
        <translation>%1
%2 × %3 → %4 × %5，位于 %6,%7 (%8)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept</source>
        <translation>
            <numerusform>保留了 %n 张人脸</numerusform>
        </translation>
    </message>
    <message>
        <source>salient region</source>
        <translation>显著区域</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>全部取消勾选</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Crop(s)</source>
        <translation>
            <numerusform>应用 %n 个裁剪</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::DatasetSettingsDialog</name>
    <message>
        <source>Settings of “%1”</source>
        <translation>“%1”的设置</translation>
    </message>
    <message>
        <source>e.g. ohwx</source>
        <translation>例如 ohwx</translation>
    </message>
    <message>
        <source>The rare word the LoRA learns to tie to this concept; exports put it first in every caption.</source>
        <translation>LoRA 学习与此概念绑定的罕见词；导出时会将其置于每条标注的开头。</translation>
    </message>
    <message>
        <source>e.g. woman, dog, style</source>
        <translation>例如 woman、dog、style</translation>
    </message>
    <message>
        <source>Training resolution: images with fewer than half its pixels squared get a LOW RES badge, and bucketed exports use it.</source>
        <translation>训练分辨率：像素数少于该分辨率平方一半的图像会显示“低分辨率”标记，分桶导出也会使用它。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dataset #%1</source>
        <translation>数据集 #%1</translation>
    </message>
    <message>
        <source>Class images exported beside this dataset where the trainer takes a regularization set (kohya reg/, ai-toolkit is_reg, SimpleTuner, diffusers prior preservation, OneTrainer).</source>
        <translation>在训练器支持正则化集时，与此数据集一同导出的类别图像（kohya reg/、ai-toolkit is_reg、SimpleTuner、diffusers prior preservation、OneTrainer）。</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>The tags (joined with commas)</source>
        <translation>标签（以逗号连接）</translation>
    </message>
    <message>
        <source>The caption, then the tags</source>
        <translation>标注，然后是标签</translation>
    </message>
    <message>
        <source>What each image&apos;s caption file holds for the trainer. The editor shows it, the “no caption” badge and the Uncaptioned filter follow it, and exports use it.</source>
        <translation>每张图像的标注文件中为训练器提供的内容。编辑器显示该内容，“无标注”标记和“无标注”筛选器以其为准，导出也使用它。</translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation>触发词：</translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation>类别词：</translation>
    </message>
    <message>
        <source>Target model:</source>
        <translation>目标模型：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Trainer reads:</source>
        <translation>训练器读取：</translation>
    </message>
    <message>
        <source>Regularization set:</source>
        <translation>正则化集：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Will be saved as %1 px: trainers need a multiple of 64.</source>
        <translation>将保存为 %1 px：训练器需要 64 的倍数。</translation>
    </message>
</context>
<context>
    <name>lc::ui::DetailPanel</name>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at 100 % (double-click the preview)</source>
        <translation>以 100 % 显示图像（双击预览）</translation>
    </message>
    <message>
        <source>Keep this image in the dataset (Space toggles)</source>
        <translation>在数据集中保留此图像（空格键切换）</translation>
    </message>
    <message>
        <source>Reject: excluded from exports, kept in the library (Space toggles)</source>
        <translation>排除：不参与导出，但保留在图库中（空格键切换）</translation>
    </message>
    <message>
        <source>Rate %1 (key %1; click again to clear)</source>
        <translation>评为 %1 星（按键 %1；再次点击清除）</translation>
    </message>
    <message>
        <source>Describe the image. Saved automatically.</source>
        <translation>描述这张图像。自动保存。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>The caption file the export writes for this image: the dataset&apos;s caption source (Dataset Settings → Trainer reads) with the trigger word first, and its tokens for the dataset&apos;s model</source>
        <translation>导出时为此图像写入的标注文件：数据集的标注来源（数据集设置 → 训练器读取），触发词置于开头，并显示其在数据集模型下的 token 数</translation>
    </message>
    <message>
        <source>Select tags and press Delete to remove them; drag a tag to move it. With several images selected, each tag shows how many carry it: double-click one to give it to all.</source>
        <translation>选中标签并按 Delete 删除；拖动标签可移动它。选中多张图像时，每个标签会显示有多少张图像带有它：双击可将其添加到所有图像。</translation>
    </message>
    <message>
        <source>Add to All Selected Images</source>
        <translation>添加到所有所选图像</translation>
    </message>
    <message>
        <source>Remove from All Selected Images</source>
        <translation>从所有所选图像中移除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add tags, comma separated (Enter)</source>
        <translation>添加标签，以逗号分隔（Enter）</translation>
    </message>
    <message>
        <source>Enter adds the tags as typed; Ctrl+Enter adds the first suggestion; Escape returns to the grid</source>
        <translation>Enter 按输入内容添加标签；Ctrl+Enter 添加第一个建议；Escape 返回网格</translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation>移除所选标签 (Delete)</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>裁剪…</translation>
    </message>
    <message>
        <source>Draw or change this image&apos;s crop, snapped to the trainer&apos;s buckets (C in the grid)</source>
        <translation>绘制或修改此图像的裁剪框，对齐到训练器的分桶（在网格中按 C）</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The image&apos;s details cannot be read: %1</source>
        <translation>无法读取图像详细信息：%1</translation>
    </message>
    <message>
        <source>Select an image to see and edit its caption and tags.</source>
        <translation>选择一张图像以查看和编辑其标注与标签。</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Licence&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;许可证&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Creator&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;作者&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Credit&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;署名&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Size&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Source&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;Repeats&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;尺寸&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;来源&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;重复次数&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>%1 images selected</source>
        <translation>已选择 %1 张图像</translation>
    </message>
    <message>
        <source>%1 kept, %2 rejected. Tags below are the ones all of them share; adding or removing applies to every selected image as one undo step.</source>
        <translation>%1 张保留，%2 张排除。下方为所有图像共有的标签；添加或移除会作用于每张所选图像，并作为一个撤销步骤。</translation>
    </message>
    <message>
        <source>Select a single image to edit its caption.</source>
        <translation>请只选择一张图像来编辑其标注。</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>尚无标注</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>%1 %2%3/%4</source>
        <translation>%1 %2%3/%4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption</source>
        <translation>暂无内容：该图像没有标注</translation>
    </message>
    <message>
        <source>nothing yet: the image has no tags</source>
        <translation>暂无内容：该图像没有标签</translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption and no tags</source>
        <translation>暂无内容：该图像没有标注也没有标签</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;训练器将读取：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;训练器将读取&lt;/b&gt; (%1)：%2</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>From a caption file</source>
        <translation>来自标注文件</translation>
    </message>
    <message>
        <source>Generated by %1 (%2), %3</source>
        <translation>由 %1 (%2) 生成，%3</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>提示词：%1</translation>
    </message>
    <message>
        <source>On %1 of the %2 selected images; double-click to add it to all of them</source>
        <translation>所选 %2 张图像中有 %1 张带有此标签；双击可添加到所有图像</translation>
    </message>
</context>
<context>
    <name>lc::ui::DuplicatesDialog</name>
    <message>
        <source>Search Again</source>
        <translation>重新搜索</translation>
    </message>
    <message>
        <source>Give it the others&apos; missing tags</source>
        <translation>补上其他图像中缺少的标签</translation>
    </message>
    <message>
        <source>Keep Chosen, Trash Others</source>
        <translation>保留所选，其余移入回收站</translation>
    </message>
    <message>
        <source>Not Duplicates: Keep All</source>
        <translation>不是重复项：全部保留</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Duplicates in “%1”</source>
        <translation>“%1”中的重复项</translation>
    </message>
    <message>
        <source>This dataset</source>
        <translation>此数据集</translation>
    </message>
    <message>
        <source>Every dataset of “%1”</source>
        <translation>“%1”的所有数据集</translation>
    </message>
    <message>
        <source>Strict: re-encodes and resizes</source>
        <translation>严格：重新编码和缩放</translation>
    </message>
    <message>
        <source>Normal: also edits, small crops, watermarks</source>
        <translation>普通：还包括编辑、小幅裁剪、水印</translation>
    </message>
    <message>
        <source>Loose: heavier edits (check each group)</source>
        <translation>宽松：较大幅度的编辑（请逐组检查）</translation>
    </message>
    <message>
        <source>Keep its caption</source>
        <translation>保留其标注</translation>
    </message>
    <message>
        <source>Take the longest caption of the group</source>
        <translation>采用组内最长的标注</translation>
    </message>
    <message>
        <source>Enter: keep the chosen image and move the others to the trash (Edit → Undo brings them back).</source>
        <translation>Enter：保留所选图像，并将其他图像移入回收站（“编辑 → 撤销”可将其恢复）。</translation>
    </message>
    <message>
        <source>A: these images are different pictures; never propose them as duplicates again.</source>
        <translation>A：这些图像是不同的图片；不再将它们建议为重复项。</translation>
    </message>
    <message>
        <source>→: the next group, deciding later. ← goes back.</source>
        <translation>→：下一组，稍后再决定。← 返回上一组。</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>灵敏度：</translation>
    </message>
    <message>
        <source>Into the kept image:</source>
        <translation>合并到保留的图像：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking for near-duplicates…</source>
        <translation>正在查找近似重复…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n images · keep %1</source>
        <translation>
            <numerusform>%n 张图像 · 保留 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s).</source>
        <translation>
            <numerusform>%n 张图像中没有近似重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group(s) among %2 image(s): %3 image(s) beyond one per group.</source>
        <translation>%2 张图像中有 %1 组：每组保留一张后多出 %3 张图像。</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) stored by an earlier version were hashed first.)</source>
        <translation>
            <numerusform>（已先为旧版本存储的 %n 张图像计算哈希。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 of %2 — done: %3</source>
        <translation>第 %1 组，共 %2 组 — 已完成：%3</translation>
    </message>
    <message>
        <source>Group %1 of %2 — suggested: %3, %4. Choose with 1-%5 or a click; Enter keeps it.</source>
        <translation>第 %1 组，共 %2 组 — 建议：%3，%4。用 1-%5 或点击选择；Enter 保留所选。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</source>
        <translation>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</translation>
    </message>
    <message>
        <source>sharpness %1 · similarity %2 %</source>
        <translation>清晰度 %1 · 相似度 %2 %</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;rejected&lt;/i&gt;</source>
        <translation>&lt;i&gt;已排除&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation>&lt;i&gt;无标注&lt;/i&gt;</translation>
    </message>
    <message>
        <source>caption (%1 chars): %2</source>
        <translation>标注（%1 个字符）：%2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;suggested&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;建议&lt;/b&gt;：%1</translation>
    </message>
    <message numerus="yes">
        <source>Keep 1 of %n Duplicates</source>
        <translation>
            <numerusform>在 %n 个重复项中保留 1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tags of Duplicates</source>
        <translation>添加重复项的标签</translation>
    </message>
    <message numerus="yes">
        <source>kept %1, %n moved to the trash</source>
        <translation>
            <numerusform>保留了 %1，%n 张已移入回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; %n duplicate(s) moved to the trash (Edit → Undo brings them back).</source>
        <translation>
            <numerusform>已保留 %1；%n 张重复图像已移入回收站（“编辑 → 撤销”可将其恢复）。</numerusform>
        </translation>
    </message>
    <message>
        <source>kept all: not duplicates</source>
        <translation>全部保留：不是重复项</translation>
    </message>
    <message>
        <source>Could not remember them as not duplicates: %1</source>
        <translation>无法将其记录为非重复项：%1</translation>
    </message>
    <message>
        <source>Every group is done. %1</source>
        <translation>所有组均已处理。%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::ExportDialog</name>
    <message>
        <source>Write a ZIP archive</source>
        <translation>写入 ZIP 压缩包</translation>
    </message>
    <message>
        <source>Put the trigger word first when a caption does not start with it</source>
        <translation>标注不以触发词开头时将触发词置于开头</translation>
    </message>
    <message>
        <source>Include rejected images</source>
        <translation>包含已排除的图像</translation>
    </message>
    <message>
        <source>Export even though the trainer will leave some images out</source>
        <translation>即使训练器会舍弃部分图像也导出</translation>
    </message>
    <message>
        <source>Export the regularization set</source>
        <translation>导出正则化集</translation>
    </message>
    <message>
        <source>Caption and tags as two variants (OneTrainer, SimpleTuner)</source>
        <translation>标注和标签作为两个变体 (OneTrainer, SimpleTuner)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Repeats per epoch; automatic uses the kohya folder repeats of the images, else 10.</source>
        <translation>每轮重复次数；自动时使用图像的 kohya 文件夹重复次数，否则为 10。</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Caption, then tags</source>
        <translation>标注，然后是标签</translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption. A setting of the dataset: a change here is kept for it.</source>
        <translation>训练器读取为每张图像标注的内容。这是数据集的设置：在此处的更改会保存到该数据集。</translation>
    </message>
    <message>
        <source>Original names (cleaned up)</source>
        <translation>原始名称（已清理）</translation>
    </message>
    <message>
        <source>Numbers (0001, 0002, …)</source>
        <translation>编号 (0001, 0002, …)</translation>
    </message>
    <message>
        <source>Keep originals when possible, else PNG</source>
        <translation>尽可能保留原始格式，否则为 PNG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>JPEG (quality 95)</source>
        <translation>JPEG（质量 95）</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <source>Limit the long side</source>
        <translation>限制长边</translation>
    </message>
    <message>
        <source>The trainer&apos;s own bucket at the target resolution</source>
        <translation>训练器自身在目标分辨率下的分桶</translation>
    </message>
    <message>
        <source>Original size leaves the sizing to the trainer. Bucket resizes and crops each image exactly as the chosen trainer would (a square for trainers without buckets).</source>
        <translation>原始尺寸将尺寸处理交给训练器。分桶会完全按照所选训练器的方式缩放和裁剪每张图像（对于不支持分桶的训练器则为正方形）。</translation>
    </message>
    <message>
        <source>The pre-flight lists the images the trainer would skip (for example below SimpleTuner&apos;s minimum size); check this to export them anyway.</source>
        <translation>预检会列出训练器将跳过的图像（例如小于 SimpleTuner 最小尺寸的图像）；勾选此项可仍然导出它们。</translation>
    </message>
    <message>
        <source>e.g. closeup:4, full body:2</source>
        <translation>例如 closeup:4, full body:2</translation>
    </message>
    <message>
        <source>Images with a tag as a subset with its own repeats: TAG:REPEATS, separated by commas (kohya folders, OneTrainer concepts, SimpleTuner backends, ai-toolkit datasets).</source>
        <translation>带有某个标签的图像作为子集，使用各自的重复次数：TAG:REPEATS，以逗号分隔（kohya 文件夹、OneTrainer concepts、SimpleTuner backends、ai-toolkit datasets）。</translation>
    </message>
    <message>
        <source>the trainer&apos;s own for the target</source>
        <translation>训练器针对目标的默认值</translation>
    </message>
    <message>
        <source>Several training resolutions, e.g. 512, 768, 1024: every image is bucketed at each.</source>
        <translation>多个训练分辨率，例如 512, 768, 1024：每张图像在每个分辨率下都会分桶。</translation>
    </message>
    <message>
        <source>The class images of the dataset chosen in the dataset&apos;s settings, where the trainer takes them.</source>
        <translation>在数据集设置中选择的数据集的类别图像，用于支持正则化集的训练器。</translation>
    </message>
    <message>
        <source>Choose a regularization set in the dataset&apos;s settings.</source>
        <translation>请在数据集设置中选择正则化集。</translation>
    </message>
    <message>
        <source>With captions and tags as the source: write them as two lines, of which OneTrainer and SimpleTuner pick one per step.</source>
        <translation>以标注和标签作为来源时：将它们写成两行，OneTrainer 和 SimpleTuner 每步从中选取一行。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>训练器：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation>触发词：</translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation>类别词：</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>重复次数：</translation>
    </message>
    <message>
        <source>Captions from:</source>
        <translation>标注来源：</translation>
    </message>
    <message>
        <source>Subsets:</source>
        <translation>子集：</translation>
    </message>
    <message>
        <source>Resolutions:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Show These Images in the Grid</source>
        <translation>在网格中显示这些图像</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>正在读取数据集…</translation>
    </message>
    <message>
        <source>The dataset cannot be read: %1</source>
        <translation>无法读取数据集：%1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Double-click or right-click to show these images in the grid</source>
        <translation>双击或右键单击以在网格中显示这些图像</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another name: an export never overwrites anything.</source>
        <translation>%1 已存在且不为空。请选择其他名称：导出绝不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>The export goes into the empty folder %1.</source>
        <translation>导出将写入空文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 image(s) ready; %2 error(s) must be fixed before exporting.</source>
        <translation>%1 张图像已就绪；导出前必须修复 %2 个错误。</translation>
    </message>
    <message>
        <source>Fix the errors in the pre-flight check first.</source>
        <translation>请先修复预检中的错误。</translation>
    </message>
    <message>
        <source>Export to ZIP</source>
        <translation>导出为 ZIP</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, with %1 warning(s), about %2.</source>
        <translation>
            <numerusform>%n 张图像可以导出（有 %1 个警告），约 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, about %1.</source>
        <translation>
            <numerusform>%n 张图像可以导出，约 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::GeneralSettingsPage</name>
    <message>
        <source>Open the library used last when LoRA Craft starts</source>
        <translation>LoRA Craft 启动时打开上次使用的图库</translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog once a day while a library is open</source>
        <translation>打开图库期间每天拍摄一次目录快照</translation>
    </message>
    <message>
        <source>Clear Recent Libraries</source>
        <translation>清除最近的图库</translation>
    </message>
    <message>
        <source>Snapshots are consistent copies of the catalog in the library&apos;s snapshots folder; File → Restore Snapshot… puts one back</source>
        <translation>快照是目录的一致副本，保存在图库的 snapshots 文件夹中；“文件 → 恢复快照…”可将其恢复</translation>
    </message>
    <message>
        <source> snapshots</source>
        <translation> 个快照</translation>
    </message>
    <message>
        <source>Older snapshots are removed when a new one is taken; the images they name are kept until no snapshot names them</source>
        <translation>拍摄新快照时会删除较旧的快照；快照引用的图像会一直保留，直到没有任何快照引用它们</translation>
    </message>
    <message>
        <source>Otherwise LoRA Craft opens its default library (or the one given with --library)</source>
        <translation>否则 LoRA Craft 打开其默认图库（或通过 --library 指定的图库）</translation>
    </message>
    <message numerus="yes">
        <source>Empty File → Open Recent (%n librar(y/ies) listed); no library is touched</source>
        <translation>
            <numerusform>清空“文件 → 最近打开”（列出了 %n 个图库）；不会改动任何图库</numerusform>
        </translation>
    </message>
    <message>
        <source>File → Open Library… (Ctrl+O) switches libraries; a second launch of LoRA Craft brings this window to the front instead of opening another.</source>
        <translation>“文件 → 打开图库…”(Ctrl+O) 可切换图库；再次启动 LoRA Craft 会将此窗口置于前台，而不是打开另一个窗口。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>保留最新的(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalog snapshots&lt;/b&gt;</source>
        <translation>&lt;b&gt;目录快照&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Applies the next time LoRA Craft starts.</source>
        <translation>下次启动 LoRA Craft 时生效。</translation>
    </message>
</context>
<context>
    <name>lc::ui::GridPanel</name>
    <message>
        <source>Search or filter: words, tag:smile, stars:&gt;=4, -blur:yes, OR …  (Ctrl+F)</source>
        <translation>搜索或筛选：关键词、tag:smile、stars:&gt;=4、-blur:yes、OR …  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Uncaptioned</source>
        <translation>无标注</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Any caption</source>
        <translation>任意标注</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>From caption files</source>
        <translation>来自标注文件</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>模型生成</translation>
    </message>
    <message>
        <source>Show only captions typed by hand, read from caption files, or generated by a model</source>
        <translation>仅显示手动输入、从标注文件读取或由模型生成的标注</translation>
    </message>
    <message>
        <source>Showing only images with this tag; click to show all</source>
        <translation>仅显示带有此标签的图像；点击以显示全部</translation>
    </message>
    <message>
        <source>Showing only the images the trainer puts into this bucket; click to show all</source>
        <translation>仅显示训练器放入此分桶的图像；点击以显示全部</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>反转顺序</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>Problems measured in the pixels; click one or more to show only those images. Thresholds: Settings → Quality.</source>
        <translation>在像素中检测到的问题；点击一个或多个以仅显示这些图像。阈值：设置 → 质量。</translation>
    </message>
    <message>
        <source>Check Them</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of the images imported before LoRA Craft measured them</source>
        <translation>为 LoRA Craft 开始测量之前导入的图像测量清晰度、曝光和黑边</translation>
    </message>
    <message>
        <source>Tile size (Ctrl++ / Ctrl+-)</source>
        <translation>图块大小 (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>回收站 (%1)</translation>
    </message>
    <message>
        <source>Bucket: %1×%2 at %3  ✕</source>
        <translation>分桶：%1×%2（分辨率 %3）  ✕</translation>
    </message>
    <message numerus="yes">
        <source>Show only images flagged “%1” (%n image(s))</source>
        <translation>
            <numerusform>仅显示标记为“%1”的图像（%n 张）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not checked yet</source>
        <translation>
            <numerusform>%n 张图像尚未检查</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged</source>
        <translation>%2 张图像中有 %1 张被标记</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>标签：%1  ✕</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>未选择数据集</translation>
    </message>
    <message>
        <source>1 image in the trash</source>
        <translation>回收站中有 1 张图像</translation>
    </message>
    <message>
        <source>%1 images in the trash</source>
        <translation>回收站中有 %1 张图像</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 张图像</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>The filter cannot be read: %1</source>
        <translation>无法解析筛选条件：%1</translation>
    </message>
    <message>
        <source>The filter cannot be read</source>
        <translation>无法解析筛选条件</translation>
    </message>
    <message>
        <source>Cannot list the images</source>
        <translation>无法列出图像</translation>
    </message>
    <message>
        <source>The images cannot be listed</source>
        <translation>无法列出图像</translation>
    </message>
    <message>
        <source>Pick a dataset on the left, or create one with Ctrl+N.</source>
        <translation>在左侧选择一个数据集，或按 Ctrl+N 新建一个。</translation>
    </message>
    <message>
        <source>No images match “%1”</source>
        <translation>没有与“%1”匹配的图像</translation>
    </message>
    <message>
        <source>Words are looked for in captions, tags and file names; hover over the box for filters.</source>
        <translation>关键词会在标注、标签和文件名中查找；将鼠标悬停在搜索框上可查看筛选语法。</translation>
    </message>
    <message>
        <source>Only this view is searched; try All.</source>
        <translation>仅搜索了当前视图；请尝试“全部”。</translation>
    </message>
    <message>
        <source>No images with these problems here</source>
        <translation>此处没有存在这些问题的图像</translation>
    </message>
    <message>
        <source>Untick the quality chips above to see every image.</source>
        <translation>取消勾选上方的质量标记以查看所有图像。</translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation>回收站为空</translation>
    </message>
    <message>
        <source>Images you delete (Del) wait here until you empty the trash.</source>
        <translation>您删除 (Del) 的图像会保留在这里，直到清空回收站。</translation>
    </message>
    <message>
        <source>Every image has a caption</source>
        <translation>每张图像都有标注</translation>
    </message>
    <message>
        <source>No rejected images</source>
        <translation>没有已排除的图像</translation>
    </message>
    <message>
        <source>Press Space on an image to reject it.</source>
        <translation>在图像上按空格键可将其排除。</translation>
    </message>
    <message>
        <source>Drop images, folders or ZIP files here</source>
        <translation>将图像、文件夹或 ZIP 文件拖放到此处</translation>
    </message>
    <message>
        <source>LoRA Craft copies them into its library (your originals stay untouched), reads captions from .txt files beside them and skips what it cannot use, telling you why.</source>
        <translation>LoRA Craft 会将它们复制到图库中（原始文件保持不变），读取旁边 .txt 文件中的标注，并跳过无法使用的文件，同时告诉您原因。</translation>
    </message>
</context>
<context>
    <name>lc::ui::HistoryController</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>%1 again?

You can undo it again until you quit.</source>
        <translation>再次%1？

在退出之前仍可再次撤销。</translation>
    </message>
    <message>
        <source>Other edits came after the deletion: use Edit → Undo to go back step by step.</source>
        <translation>删除之后还有其他编辑：请使用“编辑 → 撤销”逐步返回。</translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (1 image)</source>
        <translation>已删除数据集“%1”（1 张图像）</translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (%2 images)</source>
        <translation>已删除数据集“%1”（%2 张图像）</translation>
    </message>
    <message>
        <source>Deleted workspace “%1”</source>
        <translation>已删除工作区“%1”</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1（位于“%2”）</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemActions</name>
    <message>
        <source>Keep / Reject</source>
        <translation>保留 / 排除</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>编辑标注</translation>
    </message>
    <message>
        <source>Copy Tags</source>
        <translation>复制标签</translation>
    </message>
    <message>
        <source>Copy the tags of the selected image (of several: the tags they all have) as “a, b, c”</source>
        <translation>复制所选图像的标签（选中多张时：它们共有的标签），格式为“a, b, c”</translation>
    </message>
    <message>
        <source>Paste Tags</source>
        <translation>粘贴标签</translation>
    </message>
    <message>
        <source>Add the comma-separated tags on the clipboard to every selected image</source>
        <translation>将剪贴板中以逗号分隔的标签添加到每张所选图像</translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>评为 %1 星</translation>
    </message>
    <message>
        <source>Crop to Content</source>
        <translation>裁剪到内容</translation>
    </message>
    <message>
        <source>Crop the selected images with bars (BARS) to the picture inside them</source>
        <translation>将带有黑边（“黑边”标记）的所选图像裁剪到其中的画面</translation>
    </message>
    <message>
        <source>Edit Crop…</source>
        <translation>编辑裁剪…</translation>
    </message>
    <message>
        <source>Draw, move or resize the crop of the current image, snapped to the trainer&apos;s buckets</source>
        <translation>绘制、移动或调整当前图像的裁剪框，对齐到训练器的分桶</translation>
    </message>
    <message>
        <source>Clear Crop</source>
        <translation>清除裁剪</translation>
    </message>
    <message>
        <source>Add Tag “%1”</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Add Tag “%1” to %2 Images</source>
        <translation>为 %2 张图像添加标签“%1”</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Remove Tag “%1” from %2 Images</source>
        <translation>从 %2 张图像中移除标签“%1”</translation>
    </message>
    <message>
        <source>Reorder Tags</source>
        <translation>重新排列标签</translation>
    </message>
    <message>
        <source>No tags to copy</source>
        <translation>没有可复制的标签</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s)</source>
        <translation>
            <numerusform>已复制 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no tags (copy “a, b, c” or use Copy Tags)</source>
        <translation>剪贴板中没有标签（复制“a, b, c”或使用“复制标签”）</translation>
    </message>
    <message>
        <source>Cannot crop: %1</source>
        <translation>无法裁剪：%1</translation>
    </message>
    <message>
        <source>None of the selected images has bars around it (or it is cropped already).</source>
        <translation>所选图像周围都没有黑边（或已经裁剪过）。</translation>
    </message>
    <message numerus="yes">
        <source>Crop %n Image(s) to Content</source>
        <translation>
            <numerusform>将 %n 张图像裁剪到内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s) to the picture inside their bars. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已将 %n 张图像裁剪到黑边内的画面。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Crop of %n Image(s)</source>
        <translation>
            <numerusform>清除 %n 张图像的裁剪</numerusform>
        </translation>
    </message>
    <message>
        <source>That image is gone.</source>
        <translation>该图像已不存在。</translation>
    </message>
    <message>
        <source>Cannot open the crop: %1</source>
        <translation>无法打开裁剪：%1</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>裁剪 %1</translation>
    </message>
    <message>
        <source>Clear the Crop of %1</source>
        <translation>清除 %1 的裁剪</translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemDelegate</name>
    <message>
        <source>no preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>REJ</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>NO CAPTION</source>
        <translation>无标注</translation>
    </message>
    <message>
        <source>NO CAP</source>
        <translation>无标注</translation>
    </message>
    <message>
        <source>NO TAGS</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>NO TAG</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>NO TEXT</source>
        <translation>无文本</translation>
    </message>
    <message>
        <source>NO TXT</source>
        <translation>无文本</translation>
    </message>
    <message>
        <source>LOW RES</source>
        <translation>低分辨率</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低分</translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation>已裁剪</translation>
    </message>
    <message>
        <source>CROP</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>BLURRY</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>BLUR</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation>已放大</translation>
    </message>
    <message>
        <source>UPSC</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>DARK</source>
        <translation>过暗</translation>
    </message>
    <message>
        <source>BRIGHT</source>
        <translation>过亮</translation>
    </message>
    <message>
        <source>BRT</source>
        <translation>亮</translation>
    </message>
    <message>
        <source>BARS</source>
        <translation>黑边</translation>
    </message>
    <message>
        <source>ASPECT</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>COMPRESSED</source>
        <translation>压缩失真</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemGridModel</name>
    <message>
        <source>%1
%2 × %3 px · %4</source>
        <translation>%1
%2 × %3 px · %4</translation>
    </message>
    <message>
        <source>Cropped to %1 × %2 px</source>
        <translation>已裁剪为 %1 × %2 px</translation>
    </message>
    <message>
        <source>Image → Crop to Content removes the bars.</source>
        <translation>“图像 → 裁剪到内容”可去除黑边。</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryActions</name>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Import from URLs…</source>
        <translation>从 URL 导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Clean Up Library…</source>
        <translation>清理图库…</translation>
    </message>
    <message>
        <source>Check Library…</source>
        <translation>检查图库…</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>查找重复项…</translation>
    </message>
    <message>
        <source>Check Image Quality</source>
        <translation>检查图像质量</translation>
    </message>
    <message>
        <source>Auto-Crop…</source>
        <translation>自动裁剪…</translation>
    </message>
    <message>
        <source>Crop the selected images, or the dataset, to a bucket&apos;s shape around their faces or subject</source>
        <translation>将所选图像或整个数据集按分桶比例裁剪，以人脸或主体为中心</translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of images imported before LoRA Craft measured them</source>
        <translation>为 LoRA Craft 开始测量之前导入的图像测量清晰度、曝光和黑边</translation>
    </message>
    <message>
        <source>Near-duplicate images of the dataset, to keep one of each</source>
        <translation>数据集中的近似重复图像，每组保留一张</translation>
    </message>
    <message>
        <source>Import images, folders or ZIP files into the current dataset (Ctrl+I). You can also drop them anywhere on the window.</source>
        <translation>将图像、文件夹或 ZIP 文件导入当前数据集 (Ctrl+I)。也可以将它们拖放到窗口任意位置。</translation>
    </message>
    <message>
        <source>Download images from pasted addresses into the current dataset</source>
        <translation>从粘贴的地址下载图像到当前数据集</translation>
    </message>
    <message>
        <source>Remove stored images that no dataset uses any more</source>
        <translation>删除不再被任何数据集使用的已存储图像</translation>
    </message>
    <message>
        <source>Check the catalog and re-read every stored image; bring back lost originals</source>
        <translation>检查目录并重新读取每张已存储的图像；找回丢失的原图</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>检查图库</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>• %1 (%2 of %3 done)</source>
        <translation>• %1（已完成 %2/%3）</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Still running:
%1

Quitting cancels it. Images imported so far stay in the dataset, and the Tasks panel offers to resume the import next time. A canceled export leaves nothing behind.</source>
        <translation>仍在运行：
%1

退出将取消该任务。已导入的图像会保留在数据集中，下次启动时“任务”面板会提供继续导入的选项。取消的导出不会留下任何文件。</translation>
    </message>
    <message>
        <source>Quit LoRA Craft?</source>
        <translation>退出 LoRA Craft？</translation>
    </message>
    <message>
        <source>Cancel and Quit</source>
        <translation>取消并退出</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported %1 images to %2</source>
        <translation>已将 %1 张图像导出到 %2</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No crop to propose: every image already has the shape.</source>
        <translation>无需裁剪：所有图像已符合该比例。</translation>
    </message>
    <message numerus="yes">
        <source>Auto-Crop %n Image(s)</source>
        <translation>
            <numerusform>自动裁剪 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已裁剪 %n 张图像。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>请先选择一个数据集。</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>导入图像</translation>
    </message>
    <message>
        <source>Images and archives (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;All files (*)</source>
        <translation>图像和压缩包 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Clean Up is running: import again in a moment.</source>
        <translation>清理正在运行：请稍后再导入。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Select the dataset to import into first.</source>
        <translation>请先选择要导入到的数据集。</translation>
    </message>
    <message>
        <source>Clean Up is running: add the images again in a moment.</source>
        <translation>清理正在运行：请稍后再添加图像。</translation>
    </message>
    <message>
        <source>Select a dataset to export.</source>
        <translation>请选择要导出的数据集。</translation>
    </message>
    <message>
        <source>Clean Up waits until the running tasks have finished.</source>
        <translation>清理将等待正在运行的任务完成后再进行。</translation>
    </message>
    <message>
        <source>Clean Up failed: %1</source>
        <translation>清理失败：%1</translation>
    </message>
    <message>
        <source>Nothing to clean up: every stored image is used by a dataset or can still be brought back by Undo.</source>
        <translation>无需清理：每张已存储的图像都被某个数据集使用，或仍可通过撤销找回。</translation>
    </message>
    <message>
        <source>Remove %1 stored image(s) that no dataset uses any more, and %2 leftover file(s)? This frees %3.

Images that Edit → Undo can still bring back are kept. Removed images cannot be recovered.</source>
        <translation>删除 %1 张不再被任何数据集使用的已存储图像，以及 %2 个残留文件？这将释放 %3。

仍可通过“编辑 → 撤销”找回的图像会被保留。删除的图像无法恢复。</translation>
    </message>
    <message>
        <source>Clean Up Library</source>
        <translation>清理图库</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Cleaned up: removed %1 image(s), freed %2.</source>
        <translation>清理完成：删除了 %1 张图像，释放了 %2。</translation>
    </message>
    <message>
        <source>Checking the catalog and every stored image…</source>
        <translation>正在检查目录和每张已存储的图像…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Checked the catalog and %n stored image(s) (%1).</source>
        <translation>
            <numerusform>已检查目录和 %n 张已存储的图像（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are missing.</source>
        <translation>
            <numerusform>缺少 %n 张已存储的原图。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are damaged (their content changed on disk).</source>
        <translation>
            <numerusform>%n 张已存储的原图已损坏（其磁盘上的内容已改变）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is damaged: File → Restore Snapshot… puts back a sound copy.</source>
        <translation>目录已损坏：“文件 → 恢复快照…”可恢复一份完好的副本。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Repair reads each of them back from the file it was imported from, when that file is still there with the same content.</source>
        <translation>修复会从每张图像的导入来源文件重新读取，前提是该文件仍然存在且内容未变。</translation>
    </message>
    <message>
        <source>The repair failed: %1</source>
        <translation>修复失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n image(s).</source>
        <translation>
            <numerusform>已修复 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be brought back: %1</source>
        <translation>
            <numerusform>%n 张无法找回：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>My Dataset</source>
        <translation>我的数据集</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>无法设置图库：%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryHealth</name>
    <message>
        <source>Restore Snapshot…</source>
        <translation>恢复快照…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>&lt;b&gt;This library is on a network drive (%1).&lt;/b&gt; SQLite cannot lock a catalog reliably there: never open it from two computers at once, and if the drive goes away while LoRA Craft writes, edits can be lost. A library on a local disk is safer; copy the folder there to move it.</source>
        <translation>&lt;b&gt;此图库位于网络驱动器上 (%1)。&lt;/b&gt;SQLite 无法在此可靠地锁定目录：切勿同时从两台计算机打开它；如果在 LoRA Craft 写入时驱动器断开，编辑内容可能会丢失。放在本地磁盘上的图库更安全；将文件夹复制到本地即可迁移。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The catalog failed its integrity check&lt;/b&gt; (%1). LoRA Craft will not import into it or clean it up until it is sound. Next steps: &lt;b&gt;File → Restore Snapshot…&lt;/b&gt; to go back to a sound copy (the damaged catalog is kept aside), or run &lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; for the full report.</source>
        <translation>&lt;b&gt;目录未通过完整性检查&lt;/b&gt; (%1)。在目录恢复正常之前，LoRA Craft 不会向其中导入或进行清理。后续步骤：使用&lt;b&gt;文件 → 恢复快照…&lt;/b&gt;返回一份完好的副本（损坏的目录会另行保留），或运行 &lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; 查看完整报告。</translation>
    </message>
    <message>
        <source>The daily snapshot of the catalog failed: %1</source>
        <translation>每日目录快照失败：%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>New dataset or workspace</source>
        <translation>新建数据集或工作区</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>无法读取图库：%1</translation>
    </message>
    <message>
        <source>%1 · %2 at %3 px · trigger “%4”</source>
        <translation>%1 · %2，%3 px · 触发词“%4”</translation>
    </message>
    <message>
        <source>Delete the empty dataset “%1”?</source>
        <translation>删除空数据集“%1”？</translation>
    </message>
    <message>
        <source>Delete the dataset “%1” with its %2 image(s), captions and tags?

You can undo this until you quit. The image files stay in the library until you run File → Clean Up Library.</source>
        <translation>删除数据集“%1”及其 %2 张图像、标注和标签？

在退出之前可以撤销此操作。图像文件会保留在图库中，直到您运行“文件 → 清理图库”。</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>删除数据集</translation>
    </message>
    <message>
        <source>Delete the workspace “%1” with its %2 dataset(s) and %3 image(s)?

You can undo this until you quit.</source>
        <translation>删除工作区“%1”及其 %2 个数据集和 %3 张图像？

在退出之前可以撤销此操作。</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>删除工作区</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Moved “%1” to “%2”</source>
        <translation>已将“%1”移动到“%2”</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</source>
        <translation>
            <numerusform>永久删除“%1”回收站中的 %n 张图像及其标注和标签？

此操作无法撤销。图像文件会保留在图库中，直到您运行“文件 → 清理图库…”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) from the trash</source>
        <translation>
            <numerusform>已从回收站删除 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Move to Workspace</source>
        <translation>移动到工作区</translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation>清空回收站 (%1)…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>lc::ui::Lightbox</name>
    <message>
        <source>← → previous / next  ·  double-click: 100 %  ·  Esc, F or Enter: close  ·  select two images to compare them</source>
        <translation>← → 上一张 / 下一张  ·  双击：100 %  ·  Esc、F 或 Enter：关闭  ·  选择两张图像可进行比较</translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation>&lt;i&gt;无标注&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Showing the first two of %1 selected images</source>
        <translation>显示所选 %1 张图像中的前两张</translation>
    </message>
    <message>
        <source>Two selected images side by side  ·  double-click: 100 %  ·  Esc, F or Enter: close</source>
        <translation>并排显示两张所选图像  ·  双击：100 %  ·  Esc、F 或 Enter：关闭</translation>
    </message>
</context>
<context>
    <name>lc::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Select All Images</source>
        <translation>选择全部图像</translation>
    </message>
    <message>
        <source>Invert Selection</source>
        <translation>反向选择</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Next Image</source>
        <translation>下一张图像</translation>
    </message>
    <message>
        <source>Previous Image</source>
        <translation>上一张图像</translation>
    </message>
    <message>
        <source>Next Image Without a Caption</source>
        <translation>下一张无标注的图像</translation>
    </message>
    <message>
        <source>Go to the Grid</source>
        <translation>转到网格</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>新建数据集</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>重命名数据集</translation>
    </message>
    <message>
        <source>Delete Dataset…</source>
        <translation>删除数据集…</translation>
    </message>
    <message>
        <source>Duplicate Dataset</source>
        <translation>复制数据集</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation>清空回收站 (%1)…</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Dataset Settings…</source>
        <translation>数据集设置…</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <source>Full-Window Preview</source>
        <translation>全窗口预览</translation>
    </message>
    <message>
        <source>Show the selected image as large as the window allows; select two to compare them side by side</source>
        <translation>在窗口允许的范围内最大化显示所选图像；选择两张可并排比较</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show All Images</source>
        <translation>显示全部图像</translation>
    </message>
    <message>
        <source>Show Images Without a Caption</source>
        <translation>显示无标注的图像</translation>
    </message>
    <message>
        <source>Show Rejected Images</source>
        <translation>显示已排除的图像</translation>
    </message>
    <message>
        <source>Show the Trash</source>
        <translation>显示回收站</translation>
    </message>
    <message>
        <source>Larger Thumbnails</source>
        <translation>放大缩略图</translation>
    </message>
    <message>
        <source>Smaller Thumbnails</source>
        <translation>缩小缩略图</translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>显示日志</translation>
    </message>
    <message>
        <source>There is no log: the folder %1 cannot be written.</source>
        <translation>没有日志：无法写入文件夹 %1。</translation>
    </message>
    <message>
        <source>Open the log file (API keys and tokens in it are redacted)</source>
        <translation>打开日志文件（其中的 API 密钥和令牌已隐去）</translation>
    </message>
    <message>
        <source>About LoRA Craft</source>
        <translation>关于 LoRA Craft</translation>
    </message>
</context>
<context>
    <name>lc::ui::MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>分桶</translation>
    </message>
    <message>
        <source>Collect from the Web</source>
        <translation>从网络收集</translation>
    </message>
    <message>
        <source>LoRA Craft</source>
        <translation>LoRA Craft</translation>
    </message>
    <message>
        <source>Search the web for openly licensed images and add them to the dataset</source>
        <translation>在网络上搜索开放许可的图像并添加到数据集</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>图库：%1</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>打开图库…</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>无最近的图库</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Restore Snapshot…</source>
        <translation>恢复快照…</translation>
    </message>
    <message>
        <source>Put back the catalog as it was when a snapshot was taken, or take one now</source>
        <translation>将目录恢复到拍摄快照时的状态，或立即拍摄一个快照</translation>
    </message>
    <message numerus="yes">
        <source>Downloading into %1: %n selected…</source>
        <translation>
            <numerusform>正在下载到 %1：已选择 %n 个…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Tasks</source>
        <translation>显示任务</translation>
    </message>
    <message>
        <source>Every image shown has a caption.</source>
        <translation>显示的每张图像都有标注。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>That dataset no longer exists.</source>
        <translation>该数据集已不存在。</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开图库</translation>
    </message>
    <message>
        <source>“%1” is not a LoRA Craft library. Create a new library in it? The files already there are left alone.</source>
        <translation>“%1”不是 LoRA Craft 图库。要在其中新建一个图库吗？已有的文件不会被改动。</translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation>创建图库</translation>
    </message>
    <message>
        <source>LoRA Craft is already open with this library; use File → Open Library… to switch to %1.</source>
        <translation>LoRA Craft 已用此图库打开；请使用“文件 → 打开图库…”切换到 %1。</translation>
    </message>
    <message>
        <source>%1 / %2 — LoRA Craft</source>
        <translation>%1 / %2 — LoRA Craft</translation>
    </message>
</context>
<context>
    <name>lc::ui::PreviewWidget</name>
    <message>
        <source>Double-click for 100 %; drag to pan</source>
        <translation>双击显示 100 %；拖动以平移</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <source>Missing original</source>
        <translation>原图缺失</translation>
    </message>
    <message>
        <source>Damaged original</source>
        <translation>原图已损坏</translation>
    </message>
</context>
<context>
    <name>lc::ui::QualitySettingsPage</name>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>An image whose sharpest tiles stay below this is blurry (or upscaled, when it is sharp once reduced). In-focus photos measure about 0.2 and more. %1</source>
        <translation>最清晰图块的清晰度仍低于此值的图像被视为模糊（如果缩小后变清晰，则视为放大过）。对焦准确的照片约为 0.2 或更高。%1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Too dark or too bright when this share of the pixels is pure black or pure white. %1</source>
        <translation>当此比例的像素为纯黑或纯白时，视为过暗或过亮。%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too dark when the mean brightness (0–255) is below this. %1</source>
        <translation>平均亮度 (0–255) 低于此值时视为过暗。%1</translation>
    </message>
    <message>
        <source>Too bright when the mean brightness (0–255) is above this. %1</source>
        <translation>平均亮度 (0–255) 高于此值时视为过亮。%1</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Images longer than this, either way, are flagged: trainers crop them hard. %1</source>
        <translation>宽高比（横向或纵向）超过此值的图像会被标记：训练器会对其大幅裁剪。%1</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source> bits a pixel</source>
        <translation> 比特/像素</translation>
    </message>
    <message>
        <source>A JPEG with fewer bits a pixel than this is heavily compressed (blocky). Quality-90 photos take 1.5 and more. %1</source>
        <translation>每像素比特数低于此值的 JPEG 为重度压缩（有块状失真）。质量 90 的照片为 1.5 或更高。%1</translation>
    </message>
    <message>
        <source>Quality flags appear as badges in the grid, in the Quality filter above it, in the export pre-flight and in &lt;code&gt;loracraft-cli analyze&lt;/code&gt;. Low resolution follows each dataset&apos;s target resolution (Dataset Settings).</source>
        <translation>质量标记会以徽标形式显示在网格中、网格上方的质量筛选器中、导出预检中以及 &lt;code&gt;loracraft-cli analyze&lt;/code&gt; 中。低分辨率以每个数据集的目标分辨率为准（数据集设置）。</translation>
    </message>
    <message>
        <source>Blurry below sharpness:</source>
        <translation>清晰度低于此值为模糊：</translation>
    </message>
    <message>
        <source>Clipped when at least:</source>
        <translation>截断像素比例至少：</translation>
    </message>
    <message>
        <source>Too dark below mean:</source>
        <translation>平均亮度低于此值为过暗：</translation>
    </message>
    <message>
        <source>Too bright above mean:</source>
        <translation>平均亮度高于此值为过亮：</translation>
    </message>
    <message>
        <source>Extreme aspect beyond:</source>
        <translation>极端宽高比超过：</translation>
    </message>
    <message>
        <source>Compressed JPEG below:</source>
        <translation>JPEG 压缩过度低于：</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>lc::ui::ReplicateSettingsPage</name>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>从系统密钥环中移除</translation>
    </message>
    <message>
        <source>r8_…</source>
        <translation>r8_…</translation>
    </message>
    <message>
        <source>Training runs on Replicate with your account. Create a token at &lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; and paste it here: it is kept in the system keychain, never in a settings file, and is sent only to Replicate.</source>
        <translation>训练使用您的账户在 Replicate 上运行。请在 &lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; 创建令牌并粘贴到此处：令牌保存在系统密钥环中，绝不会写入设置文件，且只会发送给 Replicate。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API 令牌：</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>令牌已从系统密钥环中移除。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <source>A token is stored in the keychain. Type a new one to replace it.</source>
        <translation>系统密钥环中已存储一个令牌。输入新令牌可替换它。</translation>
    </message>
    <message>
        <source>Using the token in %1 (the environment).</source>
        <translation>正在使用 %1（环境变量）中的令牌。</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>尚未存储令牌。</translation>
    </message>
    <message>
        <source>%1 For Replicate that is %2.</source>
        <translation>%1 对于 Replicate，该变量为 %2。</translation>
    </message>
    <message>
        <source>Asking Replicate…</source>
        <translation>正在询问 Replicate…</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>请先粘贴令牌。</translation>
    </message>
    <message>
        <source>Works: the token of the organization %1.</source>
        <translation>正常：组织 %1 的令牌。</translation>
    </message>
    <message>
        <source>Works: the token of %1.</source>
        <translation>正常：%1 的令牌。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::SearchSettingsPage</name>
    <message>
        <source>Remove from Keychain</source>
        <translation>从系统密钥环中移除</translation>
    </message>
    <message>
        <source>Brave Search API key</source>
        <translation>Brave Search API 密钥</translation>
    </message>
    <message>
        <source>View → Collect from the Web searches &lt;b&gt;Openverse&lt;/b&gt; for openly licensed images without an account. &lt;b&gt;Brave Image Search&lt;/b&gt; finds images anywhere on the web, without licences, and needs an API key from &lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt;: it is kept in the system keychain, never in a settings file, and is sent only to Brave.</source>
        <translation>“视图 → 从网络收集”无需账户即可在 &lt;b&gt;Openverse&lt;/b&gt; 中搜索开放许可的图像。&lt;b&gt;Brave Image Search&lt;/b&gt; 可在整个网络上查找图像（不含许可证信息），需要从 &lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt; 获取 API 密钥：密钥保存在系统密钥环中，绝不会写入设置文件，且只会发送给 Brave。</translation>
    </message>
    <message>
        <source>Brave Image Search</source>
        <translation>Brave Image Search</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在查找系统密钥环…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it.</source>
        <translation>系统密钥环中已存储一个密钥。输入新密钥可替换它。</translation>
    </message>
    <message>
        <source>Using the key in %1 (the environment).</source>
        <translation>正在使用 %1（环境变量）中的密钥。</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>尚未存储密钥。</translation>
    </message>
    <message>
        <source>%1 For Brave Image Search that is %2.</source>
        <translation>%1 对于 Brave Image Search，该变量为 %2。</translation>
    </message>
</context>
<context>
    <name>lc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Cannot Store the Key</source>
        <translation>无法存储密钥</translation>
    </message>
    <message>
        <source>Cannot Store the Token</source>
        <translation>无法存储令牌</translation>
    </message>
</context>
<context>
    <name>lc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>In the caption and tag boxes</source>
        <translation>在标注和标签输入框中</translation>
    </message>
    <message>
        <source>Save the caption and return to the grid</source>
        <translation>保存标注并返回网格</translation>
    </message>
    <message>
        <source>Add the tags as typed</source>
        <translation>按输入内容添加标签</translation>
    </message>
    <message>
        <source>Add the first suggested tag</source>
        <translation>添加第一个建议的标签</translation>
    </message>
    <message>
        <source>Remove the selected tags (tag list)</source>
        <translation>移除所选标签（标签列表）</translation>
    </message>
</context>
<context>
    <name>lc::ui::SnapshotsDialog</name>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n 个数据集</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take Snapshot Now</source>
        <translation>立即拍摄快照(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Catalog Snapshots</source>
        <translation>目录快照</translation>
    </message>
    <message>
        <source>A snapshot is a consistent copy of the catalog: every workspace, dataset, caption, tag and setting as it was. Restoring one replaces the catalog; the current one is kept as a new snapshot first, so a restore can be undone the same way.</source>
        <translation>快照是目录的一致副本：包含当时的每个工作区、数据集、标注、标签和设置。恢复快照会替换目录；当前目录会先保存为一个新快照，因此恢复操作也可以用同样的方式撤销。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>正在读取快照…</translation>
    </message>
    <message>
        <source>No snapshots yet. LoRA Craft takes one a day while a library is open (Settings → General), and one before every schema upgrade.</source>
        <translation>尚无快照。打开图库期间 LoRA Craft 每天拍摄一次快照（设置 → 常规），每次升级架构前也会拍摄一次。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个快照</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation>正在拍摄快照…</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <source>Put back the catalog as it was on %1 (%2)?

Edits made since then are replaced. The current catalog is kept as a new snapshot first, so you can go back to it. The library is closed and reopened.</source>
        <translation>将目录恢复到 %1 (%2) 时的状态？

此后所做的编辑将被替换。当前目录会先保存为一个新快照，以便您返回。图库将关闭并重新打开。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>lc::ui::TagPanel</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Click a tag to show only its images; select several to merge or delete them</source>
        <translation>点击标签以仅显示带有该标签的图像；选择多个可合并或删除</translation>
    </message>
    <message>
        <source>Rename the selected tag on every image of the dataset</source>
        <translation>在数据集的每张图像上重命名所选标签</translation>
    </message>
    <message>
        <source>Merge the selected tags into one</source>
        <translation>将所选标签合并为一个</translation>
    </message>
    <message>
        <source>Remove the selected tags from every image of the dataset</source>
        <translation>从数据集的每张图像中移除所选标签</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge %1 tags into:</source>
        <translation>将 %1 个标签合并为：</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Remove %1 from every image of the dataset? Edit → Undo brings them back.</source>
        <translation>从数据集的每张图像中移除 %1？“编辑 → 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>尚无标签</translation>
    </message>
</context>
<context>
    <name>lc::ui::TaskStatus</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
</context>
<context>
    <name>lc::ui::TasksPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1，用时 %2 秒</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>same image as %1</source>
        <translation>与 %1 为同一图像</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>No tasks yet. Imports and exports run here in the background.</source>
        <translation>尚无任务。导入和导出会在此处后台运行。</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Remove finished tasks from this list (the history stays in the library)</source>
        <translation>从此列表中移除已完成的任务（历史记录仍保留在图库中）</translation>
    </message>
    <message>
        <source>The task history cannot be read: %1</source>
        <translation>无法读取任务历史：%1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（已取消）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(deleted dataset)</source>
        <translation>（已删除的数据集）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Caption the rest of %1; images this run captioned are not sent again.</source>
        <translation>继续标注 %1 的其余图像；本次运行已标注的图像不会再次发送。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message numerus="yes">
        <source>Import the rest of %n input(s) into %1; images already there are skipped.</source>
        <translation>
            <numerusform>将其余 %n 个输入导入到 %1；已存在的图像将被跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainActions</name>
    <message>
        <source>Train on Replicate…</source>
        <translation>在 Replicate 上训练…</translation>
    </message>
    <message>
        <source>Trainings…</source>
        <translation>训练记录…</translation>
    </message>
    <message>
        <source>Export the dataset, upload it to Replicate and train a LoRA there</source>
        <translation>导出数据集，上传到 Replicate 并在那里训练 LoRA</translation>
    </message>
    <message>
        <source>The dataset&apos;s trainings: status, inputs, weights</source>
        <translation>数据集的训练记录：状态、输入、权重</translation>
    </message>
    <message>
        <source>Select a dataset to train on.</source>
        <translation>请选择要训练的数据集。</translation>
    </message>
    <message>
        <source>Train %1 → %2</source>
        <translation>训练 %1 → %2</translation>
    </message>
    <message>
        <source>The training of %1 has started: follow it in the Tasks panel or in Dataset → Trainings….</source>
        <translation>%1 的训练已开始：可在“任务”面板或“数据集 → 训练记录…”中跟踪。</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>请先选择一个数据集。</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainDialog</name>
    <message>
        <source>From %1 to %2.</source>
        <translation>范围为 %1 到 %2。</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>至少 %1。</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>至多 %1。</translation>
    </message>
    <message>
        <source>Create it (private) if it does not exist</source>
        <translation>如果不存在则创建（私有）</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Train “%1” on Replicate</source>
        <translation>在 Replicate 上训练“%1”</translation>
    </message>
    <message>
        <source>owner/model-name</source>
        <translation>owner/model-name</translation>
    </message>
    <message>
        <source>The model on Replicate the training adds a version to. Each training of it adds a new version.</source>
        <translation>训练将为其添加版本的 Replicate 模型。每次训练都会为它添加一个新版本。</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>训练器(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标(&amp;D)：</translation>
    </message>
    <message>
        <source>Trainer inputs</source>
        <translation>训练器输入</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>Checking the dataset…</source>
        <translation>正在检查数据集…</translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs…</source>
        <translation>正在查询训练器的输入…</translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs on Replicate…</source>
        <translation>正在 Replicate 上查询训练器的输入…</translation>
    </message>
    <message>
        <source>Inputs of %1, version %2, as Replicate describes them. Our values for this dataset are filled in; hover over a name for what it does.</source>
        <translation>%1 版本 %2 的输入，按 Replicate 的描述列出。已填入我们为此数据集设定的值；将鼠标悬停在名称上可查看其作用。</translation>
    </message>
    <message>
        <source>The trainer&apos;s inputs could not be looked up (%1). These are LoRA Craft&apos;s values for the dataset.</source>
        <translation>无法查询训练器的输入 (%1)。以下是 LoRA Craft 为此数据集设定的值。</translation>
    </message>
    <message>
        <source>This version of the trainer publishes no input schema: LoRA Craft&apos;s values are sent, and Replicate checks them.</source>
        <translation>此版本的训练器未发布输入架构：将发送 LoRA Craft 的值，由 Replicate 进行检查。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>not set (secret: Replicate removes it once delivered)</source>
        <translation>未设置（机密：Replicate 在送达后将其删除）</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>一个 URL</translation>
    </message>
    <message>
        <source>Trainer&apos;s default: %1.</source>
        <translation>训练器默认值：%1。</translation>
    </message>
    <message>
        <source>Filled in by LoRA Craft for this dataset.</source>
        <translation>由 LoRA Craft 为此数据集填入。</translation>
    </message>
    <message>
        <source>The dataset cannot be checked: %1</source>
        <translation>无法检查数据集：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), all captioned</source>
        <translation>
            <numerusform>%n 张图像，均已标注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 without a caption</source>
        <translation>
            <numerusform>%n 张图像，其中 %1 张无标注</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP about %1 (Replicate takes up to 100 MB)</source>
        <translation>ZIP 约 %1（Replicate 最多接受 100 MB）</translation>
    </message>
    <message>
        <source>The images add up to %1: the ZIP may pass 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them; the size is checked again once the ZIP is made.</source>
        <translation>图像总计 %1：ZIP 可能超过 100 MB。请导出较小的图像（对 LoRA 而言长边 1024 或 1536 px 已足够）或减少图像数量；ZIP 生成后会再次检查大小。</translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation>数据集中没有可用于训练的图像。</translation>
    </message>
    <message>
        <source>Fix the errors of the pre-flight first.</source>
        <translation>请先修复预检中的错误。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Name the model the training adds a version to, as owner/name.</source>
        <translation>请以 owner/name 的形式指定训练要添加版本的模型。</translation>
    </message>
    <message>
        <source>Choose a destination model.</source>
        <translation>请选择目标模型。</translation>
    </message>
    <message>
        <source>A destination is owner/name: lowercase letters, digits, dots, dashes and underscores.</source>
        <translation>目标格式为 owner/name：小写字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <source>The destination is not owner/name.</source>
        <translation>目标不是 owner/name 格式。</translation>
    </message>
    <message>
        <source>Checking %1 on Replicate…</source>
        <translation>正在 Replicate 上检查 %1…</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists; the training gives it its first version.</source>
        <translation>%1 已存在；本次训练将为其创建第一个版本。</translation>
    </message>
    <message>
        <source>%1 exists; the training adds a new version to it.</source>
        <translation>%1 已存在；本次训练将为其添加一个新版本。</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, when the training starts.</source>
        <translation>%1 尚不存在：训练开始时将以私有方式创建。</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, if your token may act for %2.</source>
        <translation>%1 尚不存在：如果您的令牌可以代表 %2 操作，将以私有方式创建。</translation>
    </message>
    <message>
        <source>%1 does not exist. Let LoRA Craft create it, or create it on replicate.com.</source>
        <translation>%1 不存在。请让 LoRA Craft 创建它，或在 replicate.com 上创建。</translation>
    </message>
    <message>
        <source>The destination does not exist.</source>
        <translation>目标不存在。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Ready: the dataset is exported and uploaded, then the training starts on Replicate (billed to your account).</source>
        <translation>就绪：数据集将被导出并上传，然后在 Replicate 上开始训练（费用计入您的账户）。</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainingHistoryDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation>训练中，%1 %</translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation>正在等待 GPU</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Download Weights…</source>
        <translation>下载权重…</translation>
    </message>
    <message>
        <source>Copy Model Name</source>
        <translation>复制模型名称</translation>
    </message>
    <message>
        <source>Copy Trigger Word</source>
        <translation>复制触发词</translation>
    </message>
    <message>
        <source>Try It…</source>
        <translation>试用…</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Ask Replicate</source>
        <translation>询问 Replicate</translation>
    </message>
    <message>
        <source>Trainings of “%1”</source>
        <translation>“%1”的训练记录</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>训练器</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>GPU 时间</translation>
    </message>
    <message>
        <source>No training of this dataset yet. Dataset → Train on Replicate… starts one.</source>
        <translation>此数据集尚无训练记录。“数据集 → 在 Replicate 上训练…”可开始一次训练。</translation>
    </message>
    <message>
        <source>Ask Replicate where the selected training is now.</source>
        <translation>向 Replicate 查询所选训练的当前状态。</translation>
    </message>
    <message>
        <source>Copies owner/name:version, what a prediction or another app takes.</source>
        <translation>复制 owner/name:version，即预测或其他应用所需的格式。</translation>
    </message>
    <message>
        <source>Make a few images with the new version on Replicate (billed to your account), with prompts that use the trigger word.</source>
        <translation>使用新版本在 Replicate 上生成几张图像（费用计入您的账户），提示词中使用触发词。</translation>
    </message>
    <message>
        <source>Save the LoRA in</source>
        <translation>LoRA 保存位置</translation>
    </message>
    <message>
        <source>Try the LoRA</source>
        <translation>试用 LoRA</translation>
    </message>
    <message>
        <source>One image per prompt, made on Replicate with the new version:</source>
        <translation>每个提示词生成一张图像，使用新版本在 Replicate 上生成：</translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation>试用 %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Copied the trigger word %1</source>
        <translation>已复制触发词 %1</translation>
    </message>
    <message>
        <source>Download the LoRA of %1</source>
        <translation>下载 %1 的 LoRA</translation>
    </message>
    <message>
        <source>Replicate says the training is %1.</source>
        <translation>Replicate 报告训练状态为 %1。</translation>
    </message>
    <message>
        <source>Could not cancel the training: %1</source>
        <translation>无法取消训练：%1</translation>
    </message>
    <message>
        <source>Could not reach Replicate: %1</source>
        <translation>无法连接 Replicate：%1</translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate.</source>
        <translation>没有 Replicate 令牌：请在“设置 → Replicate”中添加。</translation>
    </message>
    <message>
        <source>The trainings cannot be read: %1</source>
        <translation>无法读取训练记录：%1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>触发词</translation>
    </message>
    <message>
        <source>LoRA saved</source>
        <translation>LoRA 已保存</translation>
    </message>
    <message>
        <source>Training id</source>
        <translation>训练 ID</translation>
    </message>
    <message>
        <source>Total time on Replicate</source>
        <translation>在 Replicate 上的总时间</translation>
    </message>
    <message>
        <source>Dataset ZIP</source>
        <translation>数据集 ZIP</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1，SHA-256 %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Images from the new version</source>
        <translation>新版本生成的图像</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation>最后几行日志</translation>
    </message>
</context>
<context>
    <name>lc::ui::UrlImportDialog</name>
    <message>
        <source>Import from URLs</source>
        <translation>从 URL 导入</translation>
    </message>
    <message>
        <source>Paste the addresses of images, one per line. They are downloaded into &lt;b&gt;%1&lt;/b&gt; and imported like any other file: only http and https, at most five redirects, image content only, the import&apos;s size limits, and images already in the dataset are not added twice. Each image keeps the address it came from.</source>
        <translation>粘贴图像地址，每行一个。它们会被下载到 &lt;b&gt;%1&lt;/b&gt;，并像其他文件一样导入：仅支持 http 和 https，最多五次重定向，仅限图像内容，遵循导入的大小限制，且数据集中已有的图像不会重复添加。每张图像都会保留其来源地址。</translation>
    </message>
    <message>
        <source>Download and Import</source>
        <translation>下载并导入</translation>
    </message>
    <message>
        <source>No image address yet.</source>
        <translation>尚无图像地址。</translation>
    </message>
    <message numerus="yes">
        <source>To download: %n.</source>
        <translation>
            <numerusform>待下载：%n。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, not an http or https address (%n): %1</source>
        <translation>
            <numerusform>已忽略，不是 http 或 https 地址（%n 个）：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build training-ready LoRA datasets.</source>
        <translation>构建可直接用于训练的 LoRA 数据集。</translation>
    </message>
    <message>
        <source>Open the library in DIR.</source>
        <translation>打开 DIR 中的图库。</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE and quit.</source>
        <translation>将主窗口截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>With --screenshot: select the first N images before the shot.</source>
        <translation>与 --screenshot 一起使用：截图前选择前 N 张图像。</translation>
    </message>
    <message>
        <source>Save a screenshot of the Export dialog to FILE and quit.</source>
        <translation>将导出对话框截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>无法恢复快照</translation>
    </message>
    <message>
        <source>%1

The library is reopened as it was.</source>
        <translation>%1

图库已按原样重新打开。</translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation>快照已恢复</translation>
    </message>
    <message>
        <source>The snapshot is restored. The catalog as it was before the restore is kept as the snapshot taken at %1 (File → Restore Snapshot… lists it).</source>
        <translation>快照已恢复。恢复前的目录已保存为 %1 拍摄的快照（“文件 → 恢复快照…”中会列出）。</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>无法打开图库</translation>
    </message>
    <message>
        <source>A library folder to open, or folders, images and ZIP files to import.</source>
        <translation>要打开的图库文件夹，或要导入的文件夹、图像和 ZIP 文件。</translation>
    </message>
</context>
</TS>
