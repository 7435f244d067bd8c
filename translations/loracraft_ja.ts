<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Caption</name>
    <message>
        <source>The server&apos;s answer is not JSON (%1).</source>
        <translation>サーバーの応答が JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The server answered without a caption (no choices).</source>
        <translation>サーバーの応答にキャプションが含まれていません（choices がありません）。</translation>
    </message>
    <message>
        <source>The server answered with an empty caption.</source>
        <translation>サーバーが空のキャプションを返しました。</translation>
    </message>
    <message>
        <source>No model is set for captioning.</source>
        <translation>キャプション生成用のモデルが設定されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a server address; use one like http://localhost:11434/v1.</source>
        <translation>「%1」はサーバーのアドレスではありません。http://localhost:11434/v1 のような形式で指定してください。</translation>
    </message>
    <message>
        <source>No Replicate API token: store one in Settings → Captioning (it goes to the keychain) or set REPLICATE_API_TOKEN.</source>
        <translation>Replicate API トークンがありません。設定 → キャプション生成 で保存する（キーチェーンに保管されます）か、REPLICATE_API_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>Cannot read the image (%1).</source>
        <translation>画像を読み込めません（%1）。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Cannot decode the image (%1).</source>
        <translation>画像をデコードできません（%1）。</translation>
    </message>
    <message>
        <source>Cannot encode the image as JPEG (%1).</source>
        <translation>画像を JPEG としてエンコードできません（%1）。</translation>
    </message>
    <message>
        <source>No dataset was given.</source>
        <translation>データセットが指定されていません。</translation>
    </message>
    <message>
        <source>There is nothing to find: the search text is empty.</source>
        <translation>検索する文字列が空です。</translation>
    </message>
    <message>
        <source>Invalid regular expression “%1” at offset %2: %3.</source>
        <translation>正規表現「%1」が無効です（位置 %2）: %3。</translation>
    </message>
    <message>
        <source>The replacement uses \%1, but the expression has %2 capture group(s).</source>
        <translation>置換文字列で \%1 を使っていますが、正規表現のキャプチャグループは %2 個です。</translation>
    </message>
    <message>
        <source>The caption template is empty.</source>
        <translation>キャプションテンプレートが空です。</translation>
    </message>
    <message>
        <source>Task #%1 is not a captioning run (it is “%2”).</source>
        <translation>タスク #%1 はキャプション生成の実行ではありません（「%2」です）。</translation>
    </message>
    <message>
        <source>Task #%1 does not record what it was asked to caption.</source>
        <translation>タスク #%1 にはキャプション生成の対象が記録されていません。</translation>
    </message>
    <message>
        <source>Record the captioning run</source>
        <translation>キャプション生成の実行を記録</translation>
    </message>
    <message>
        <source>Captioning with %1</source>
        <translation>%1 でキャプション生成中</translation>
    </message>
    <message>
        <source>Internal error while captioning.</source>
        <translation>キャプション生成中に内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>Write generated captions</source>
        <translation>生成されたキャプションを書き込み</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>キャプション生成</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>残り %1 秒</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>残り %1 分</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>残り %1 時間</translation>
    </message>
    <message>
        <source>Caption with %1</source>
        <translation>%1 でキャプション生成</translation>
    </message>
    <message>
        <source>Caption %1 with %2</source>
        <translation>%1 のキャプションを %2 で生成</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 枚/秒</translation>
    </message>
    <message>
        <source>%1 s per image</source>
        <translation>1 枚あたり %1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 captioned</source>
        <translation>%2 枚中 %1 枚のキャプションを生成</translation>
    </message>
    <message>
        <source>BLIP (short captions)</source>
        <translation>BLIP（短いキャプション）</translation>
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
        <translation>Florence-2 large（詳細なキャプション）</translation>
    </message>
    <message>
        <source>Any model…</source>
        <translation>任意のモデル…</translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer has no caption in it.</source>
        <translation>Florence-2 の応答にキャプションが含まれていません。</translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer ends inside the caption.</source>
        <translation>Florence-2 の応答がキャプションの途中で終わっています。</translation>
    </message>
    <message>
        <source>The model&apos;s output holds no caption that LoRA Craft can read: %1</source>
        <translation>モデルの出力に LoRA Craft が読み取れるキャプションがありません: %1</translation>
    </message>
    <message>
        <source>The Replicate model %1 has no version to run yet.</source>
        <translation>Replicate モデル %1 には実行できるバージョンがまだありません。</translation>
    </message>
    <message>
        <source>The extra inputs for the Replicate model are not a JSON object (%1): %2</source>
        <translation>Replicate モデルの追加入力が JSON オブジェクトではありません（%1）: %2</translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation>モデルが失敗しました: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>Replicate stopped the prediction (%1).</source>
        <translation>Replicate が予測を停止しました（%1）。</translation>
    </message>
    <message>
        <source>Replicate removed the prediction&apos;s output before it was read.</source>
        <translation>予測の出力が読み取られる前に Replicate によって削除されました。</translation>
    </message>
    <message>
        <source>Cannot read the CLIP vocabulary %1.</source>
        <translation>CLIP の語彙ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The CLIP vocabulary is damaged.</source>
        <translation>CLIP の語彙ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Cannot read the T5 tokenizer model %1.</source>
        <translation>T5 のトークナイザーモデル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The T5 tokenizer model is damaged.</source>
        <translation>T5 のトークナイザーモデルが破損しています。</translation>
    </message>
    <message>
        <source>The tokenizer model is not T5&apos;s.</source>
        <translation>このトークナイザーモデルは T5 のものではありません。</translation>
    </message>
    <message>
        <source>This build of LoRA Craft cannot read T5 tokenizer models.</source>
        <translation>このビルドの LoRA Craft は T5 のトークナイザーモデルを読み込めません。</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 failed, %4 kept (edited meanwhile)</source>
        <translation>%2 枚中 %1 枚のキャプションを生成、%3 件失敗、%4 件は残しました（その間に編集されたため）</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 failed</source>
        <translation>%2 枚中 %1 枚のキャプションを生成、%3 件失敗</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 kept (edited meanwhile)</source>
        <translation>%2 枚中 %1 枚のキャプションを生成、%3 件は残しました（その間に編集されたため）</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（キャンセル済み）</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Cannot remove unused images</source>
        <translation>未使用の画像を削除できません</translation>
    </message>
    <message>
        <source>%1 is not a catalog file (it is a folder).</source>
        <translation>%1 はカタログファイルではありません（フォルダーです）。</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (only %2 bytes long). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation>カタログ %1 が破損しています（サイズが %2 バイトしかありません）。スナップショット（loracraft-cli snapshot restore）またはバックアップから復元するか、別の場所に移動して新しいライブラリを始めてください。LoRA Craft はこのファイルを上書きしません。</translation>
    </message>
    <message>
        <source>There is no catalog at %1.</source>
        <translation>%1 にカタログがありません。</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>カタログ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or is not a database (%2). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation>カタログ %1 が破損しているか、データベースではありません（%2）。スナップショット（loracraft-cli snapshot restore）またはバックアップから復元するか、別の場所に移動して新しいライブラリを始めてください。LoRA Craft はこのファイルを上書きしません。</translation>
    </message>
    <message>
        <source>The catalog %1 is empty.</source>
        <translation>カタログ %1 は空です。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a LoRA Craft catalog. Choose another library folder.</source>
        <translation>%1 は SQLite データベースですが、LoRA Craft のカタログではありません。別のライブラリフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer LoRA Craft (schema version %2; this version reads up to %3). Update LoRA Craft, or open another library with --library.</source>
        <translation>カタログ %1 は新しいバージョンの LoRA Craft で書き込まれています（スキーマバージョン %2。このバージョンが読み込めるのは %3 までです）。LoRA Craft を更新するか、--library で別のライブラリを開いてください。</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1 for writing (journal mode stays &apos;%2&apos;). Check that the library folder is writable and on a local disk.</source>
        <translation>カタログ %1 を書き込み用に開けません（ジャーナルモードが &apos;%2&apos; のままです）。ライブラリフォルダーが書き込み可能で、ローカルディスク上にあることを確認してください。</translation>
    </message>
    <message>
        <source>Dataset #%1 does not exist.</source>
        <translation>データセット #%1 は存在しません。</translation>
    </message>
    <message>
        <source>Workspace “%1” already has a dataset named “%2”.</source>
        <translation>ワークスペース「%1」には「%2」という名前のデータセットが既にあります。</translation>
    </message>
    <message>
        <source>The target resolution must be between 256 and 4096 pixels (got %1).</source>
        <translation>目標解像度は 256～4096 ピクセルの範囲で指定してください（指定値: %1）。</translation>
    </message>
    <message>
        <source>The target resolution must be a multiple of 64 pixels (got %1).</source>
        <translation>目標解像度は 64 ピクセルの倍数で指定してください（指定値: %1）。</translation>
    </message>
    <message>
        <source>Trigger and class words must be on one line.</source>
        <translation>トリガーワードとクラスワードは 1 行で指定してください。</translation>
    </message>
    <message>
        <source>Workspace #%1 does not exist.</source>
        <translation>ワークスペース #%1 は存在しません。</translation>
    </message>
    <message>
        <source>Workspace “%1” has no dataset named “%2”.</source>
        <translation>ワークスペース「%1」に「%2」という名前のデータセットはありません。</translation>
    </message>
    <message>
        <source>The workspace “%1” no longer exists.</source>
        <translation>ワークスペース「%1」はもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot restore the dataset</source>
        <translation>データセットを復元できません</translation>
    </message>
    <message>
        <source>Cannot bring back “%1”: a stored image it used was removed (gc ran).</source>
        <translation>「%1」を復元できません: 使用していた保存画像が削除されています（gc が実行されました）。</translation>
    </message>
    <message>
        <source>Cannot restore “%1”</source>
        <translation>「%1」を復元できません</translation>
    </message>
    <message>
        <source>Cannot restore tags</source>
        <translation>タグを復元できません</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 件インポート</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 件は既に存在</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 件は重複</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 件はスキップ</translation>
    </message>
    <message>
        <source>The filter has a “)” without its “(” (at character %1).</source>
        <translation>フィルターに対応する「(」のない「)」があります（%1 文字目）。</translation>
    </message>
    <message>
        <source>The filter cannot be read from character %1 on.</source>
        <translation>フィルターの %1 文字目以降を解釈できません。</translation>
    </message>
    <message>
        <source>The quote opened at character %1 of the filter is not closed.</source>
        <translation>フィルターの %1 文字目で開いた引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something after it.</source>
        <translation>フィルターの %1 文字目の「OR」の後に条件が必要です。</translation>
    </message>
    <message>
        <source>“AND” at character %1 of the filter needs something on each side.</source>
        <translation>フィルターの %1 文字目の「AND」の両側に条件が必要です。</translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something before it.</source>
        <translation>フィルターの %1 文字目の「OR」の前に条件が必要です。</translation>
    </message>
    <message>
        <source>The filter has empty parentheses or a “)” without its “(” (at character %1).</source>
        <translation>フィルターに空の括弧、または対応する「(」のない「)」があります（%1 文字目）。</translation>
    </message>
    <message>
        <source>The filter ends where something to look for was expected.</source>
        <translation>フィルターが、検索条件が必要な位置で終わっています。</translation>
    </message>
    <message>
        <source>“NOT” at character %1 of the filter needs something after it.</source>
        <translation>フィルターの %1 文字目の「NOT」の後に条件が必要です。</translation>
    </message>
    <message>
        <source>The “(” at character %1 of the filter is not closed.</source>
        <translation>フィルターの %1 文字目の「(」が閉じられていません。</translation>
    </message>
    <message>
        <source>The filter has empty quotes at character %1: put what to look for between them.</source>
        <translation>フィルターの %1 文字目に空の引用符があります。検索する内容を引用符の間に入れてください。</translation>
    </message>
    <message>
        <source>The filter does not know “%1:”. It knows tag:, caption:, name:, stars:, width:, height:, tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, status:, origin:, format:, has:, license:, source: and id:.</source>
        <translation>フィルターは「%1:」を認識できません。使用できるのは tag:, caption:, name:, stars:, width:, height:, tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, status:, origin:, format:, has:, license:, source:, id: です。</translation>
    </message>
    <message>
        <source>“%1:” takes %2 (got “%3”).</source>
        <translation>「%1:」には %2 を指定します（指定値:「%3」）。</translation>
    </message>
    <message>
        <source>item numbers separated by commas</source>
        <translation>カンマ区切りの項目番号</translation>
    </message>
    <message>
        <source>something to look for</source>
        <translation>検索する内容</translation>
    </message>
    <message>
        <source>something to look for, or &quot;&quot; for an empty caption</source>
        <translation>検索する内容、または空のキャプションを表す &quot;&quot;</translation>
    </message>
    <message>
        <source>a number with =, !=, &lt;, &lt;=, &gt;, &gt;= or a range such as 2..4</source>
        <translation>=、!=、&lt;、&lt;=、&gt;、&gt;= を付けた数値、または 2..4 のような範囲</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes または no</translation>
    </message>
    <message>
        <source>something to look for (openverse, brave, url, a site)</source>
        <translation>検索する内容（openverse、brave、url、サイト）</translation>
    </message>
    <message>
        <source>The filter cannot use “%1:” here.</source>
        <translation>ここでは「%1:」フィルターを使えません。</translation>
    </message>
    <message>
        <source>Words match anywhere in the caption, a tag or the file name (agon finds hexagon); &quot;quotes&quot; keep spaces.
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by (licence is not CC0/BY)  license:unknown  source:openverse  source:flickr
Combine with spaces (all must match), OR, NOT or -, and parentheses: (tag:cat OR tag:dog) -blur:yes</source>
        <translation>語句はキャプション、タグ、ファイル名のどこにでも一致します（agon で hexagon も見つかります）。&quot;引用符&quot; で囲むと空白を含められます。
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by（ライセンスが CC0/BY 以外）  license:unknown  source:openverse  source:flickr
空白で区切ると（すべて一致）、OR、NOT または -、括弧で組み合わせられます: (tag:cat OR tag:dog) -blur:yes</translation>
    </message>
    <message>
        <source>Token counts and quality flags are filtered by the library service.</source>
        <translation>トークン数と画質マークはライブラリサービスで絞り込まれます。</translation>
    </message>
    <message>
        <source>Cannot list items</source>
        <translation>項目を一覧表示できません</translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation>項目 #%1 は存在しません。</translation>
    </message>
    <message>
        <source>The crop %1,%2 %3 × %4 does not fit inside the %5 × %6 image of item #%7.</source>
        <translation>切り抜き %1,%2 %3 × %4 は、項目 #%7 の %5 × %6 の画像内に収まりません。</translation>
    </message>
    <message>
        <source>A rating is between 0 and 5 stars.</source>
        <translation>評価は 0～5 個の星で指定します。</translation>
    </message>
    <message>
        <source>Cannot read tags</source>
        <translation>タグを読み込めません</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>タグは空にできません。</translation>
    </message>
    <message>
        <source>Name at least one tag to rename or merge.</source>
        <translation>名前の変更または統合するタグを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Name at least one tag to delete.</source>
        <translation>削除するタグを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Expected WORKSPACE/DATASET, got “%1”.</source>
        <translation>WORKSPACE/DATASET の形式で指定してください（指定値:「%1」）。</translation>
    </message>
    <message>
        <source>The library does not store the image %1.</source>
        <translation>ライブラリには画像 %1 が保存されていません。</translation>
    </message>
    <message>
        <source>Cannot upgrade the catalog to schema version %1: %2</source>
        <translation>カタログをスキーマバージョン %1 にアップグレードできません: %2</translation>
    </message>
    <message>
        <source>the file is in use or cannot be written</source>
        <translation>ファイルが使用中か、書き込めません</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>スキーマのアップグレード前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the catalog: %1</source>
        <translation>カタログのスナップショットを作成できません: %1</translation>
    </message>
    <message>
        <source>The snapshot %1 has a name LoRA Craft cannot read back.</source>
        <translation>スナップショット %1 の名前を LoRA Craft が読み取れません。</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message>
        <source>not a LoRA Craft catalog</source>
        <translation>LoRA Craft のカタログではありません</translation>
    </message>
    <message>
        <source>written by a newer LoRA Craft (schema %1)</source>
        <translation>新しいバージョンの LoRA Craft で書き込まれています（スキーマ %1）</translation>
    </message>
    <message>
        <source>“%1” names %2 snapshots; give more of the name.</source>
        <translation>「%1」は %2 個のスナップショットに一致します。名前をもっと長く指定してください。</translation>
    </message>
    <message>
        <source>There is no snapshot “%1” in %2.</source>
        <translation>%2 にスナップショット「%1」はありません。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored: %2. The catalog was not changed.</source>
        <translation>スナップショット %1 を復元できません: %2。カタログは変更されていません。</translation>
    </message>
    <message>
        <source>The snapshot %1 fails its integrity check (%2). The catalog was not changed; choose another snapshot.</source>
        <translation>スナップショット %1 は整合性チェックに失敗しました（%2）。カタログは変更されていません。別のスナップショットを選択してください。</translation>
    </message>
    <message>
        <source>The catalog is still in use; close LoRA Craft&apos;s other windows and try again. The catalog was not changed.</source>
        <translation>カタログがまだ使用中です。LoRA Craft の他のウィンドウを閉じてから、もう一度お試しください。カタログは変更されていません。</translation>
    </message>
    <message>
        <source>%1: the catalog is busy (another process or thread holds a lock). Try again.</source>
        <translation>%1: カタログがビジー状態です（別のプロセスまたはスレッドがロックしています）。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1: the catalog is read-only. Check the permissions of the library folder.</source>
        <translation>%1: カタログが読み取り専用です。ライブラリフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>%1: the catalog file is damaged (%2). Run fsck, and restore a snapshot (loracraft-cli snapshot list, then snapshot restore) or a backup.</source>
        <translation>%1: カタログファイルが破損しています（%2）。fsck を実行し、スナップショット（loracraft-cli snapshot list の後に snapshot restore）またはバックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>%1: cannot read or write the catalog file (%2).</source>
        <translation>%1: カタログファイルの読み書きができません（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>クエリを準備できません</translation>
    </message>
    <message>
        <source>Catalog query failed</source>
        <translation>カタログのクエリに失敗しました</translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>タスク #%1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot recover interrupted tasks</source>
        <translation>中断されたタスクを回復できません</translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation>中断: タスクの完了前に LoRA Craft が終了しました。</translation>
    </message>
    <message>
        <source>A workspace named “%1” already exists.</source>
        <translation>「%1」という名前のワークスペースは既に存在します。</translation>
    </message>
    <message>
        <source>No workspace named “%1”.</source>
        <translation>「%1」という名前のワークスペースはありません。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（キャンセル済み）</translation>
    </message>
    <message>
        <source>A workspace name cannot be empty.</source>
        <translation>ワークスペース名は空にできません。</translation>
    </message>
    <message>
        <source>A dataset name cannot be empty.</source>
        <translation>データセット名は空にできません。</translation>
    </message>
    <message>
        <source>The workspace name is too long (%1 characters; at most %2).</source>
        <translation>ワークスペース名が長すぎます（%1 文字。最大 %2 文字）。</translation>
    </message>
    <message>
        <source>The dataset name is too long (%1 characters; at most %2).</source>
        <translation>データセット名が長すぎます（%1 文字。最大 %2 文字）。</translation>
    </message>
    <message>
        <source>A workspace name cannot contain &apos;/&apos;: “%1”.</source>
        <translation>ワークスペース名に &apos;/&apos; は使えません:「%1」。</translation>
    </message>
    <message>
        <source>A dataset name cannot contain &apos;/&apos;: “%1”.</source>
        <translation>データセット名に &apos;/&apos; は使えません:「%1」。</translation>
    </message>
    <message>
        <source>A workspace name cannot contain control characters.</source>
        <translation>ワークスペース名に制御文字は使えません。</translation>
    </message>
    <message>
        <source>A dataset name cannot contain control characters.</source>
        <translation>データセット名に制御文字は使えません。</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old snapshot %1: %2</source>
        <translation>古いスナップショット %1 を削除できません: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The dataset.</source>
        <translation>データセット。</translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate: kohya, ai-toolkit, onetrainer, simpletuner or replicate-flux.</source>
        <translation>バケット振り分けをシミュレートするトレーナー: kohya、ai-toolkit、onetrainer、simpletuner、replicate-flux のいずれか。</translation>
    </message>
    <message>
        <source>The training resolution(s), comma-separated (default: as the export configures the trainer for the dataset&apos;s target).</source>
        <translation>学習解像度（カンマ区切り。既定: エクスポートがデータセットの目標に合わせてトレーナーに設定する値）。</translation>
    </message>
    <message>
        <source>The batch size (default 1).</source>
        <translation>バッチサイズ（既定 1）。</translation>
    </message>
    <message>
        <source>buckets needs --dataset WORKSPACE/DATASET.</source>
        <translation>buckets には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>--resolution takes numbers from 64 to 8192, comma-separated (for example 512,768,1024), not “%1”.</source>
        <translation>--resolution には 64～8192 の数値をカンマ区切りで指定します（例: 512,768,1024）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--batch-size is a number from 1 to 4096, not “%1”.</source>
        <translation>--batch-size は 1～4096 の数値です。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>%1 has no image to bucket.</source>
        <translation>%1 にはバケットに振り分ける画像がありません。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>CROP</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>RES</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation>切り落とし</translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>%1 at %2: %3 image(s) in %4 bucket(s), %5 step(s) per epoch at batch size %6.</source>
        <translation>%1（%2）: 画像 %3 枚、バケット %4 個、バッチサイズ %6 でエポックあたり %5 ステップ。</translation>
    </message>
    <message>
        <source>%1 placement(s) scale the image up.</source>
        <translation>%1 件の配置で画像が拡大されます。</translation>
    </message>
    <message>
        <source>%1 placement(s) are left out by the trainer (too small).</source>
        <translation>%1 件の配置がトレーナーに除外されます（小さすぎ）。</translation>
    </message>
    <message>
        <source>%1 bucket(s) hold fewer images than the batch size.</source>
        <translation>%1 個のバケットは画像がバッチサイズより少なくなっています。</translation>
    </message>
    <message>
        <source>Show which bucket each image falls into for a trainer.</source>
        <translation>各画像がトレーナーのどのバケットに入るかを表示します。</translation>
    </message>
    <message>
        <source>Simulate the trainer&apos;s own aspect-ratio bucketing of the dataset&apos;s kept images (their crops applied), exactly as its source computes it: per image the bucket, the scale factor, the share of pixels the trainer&apos;s crop cuts off and whether it is scaled up; then the histogram of buckets, those with fewer images than the batch size, and the steps one epoch takes (each image once, batched per bucket). kohya is simulated with bucket_no_upscale, as the export configures it; SimpleTuner with pixel_area and crop off; ai-toolkit and the Replicate Flux trainer train every image at each resolution.</source>
        <translation>データセットの残す画像（切り抜き適用後）について、トレーナー自身の縦横比バケット振り分けを、そのソースコードと同じ方法でシミュレートします。画像ごとにバケット、倍率、トレーナーの切り抜きで失われるピクセルの割合、拡大されるかどうかを表示し、続いてバケットのヒストグラム、画像がバッチサイズより少ないバケット、1 エポックのステップ数（各画像 1 回、バケットごとにバッチ化）を表示します。kohya はエクスポートの設定どおり bucket_no_upscale で、SimpleTuner は pixel_area と crop オフでシミュレートします。ai-toolkit と Replicate Flux トレーナーはすべての画像を各解像度で学習します。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 には %2～%3 の整数が必要です。</translation>
    </message>
    <message>
        <source>task %1: captioning %2 image(s); if it stops, continue with: loracraft-cli caption --resume %1</source>
        <translation>タスク %1: %2 枚の画像のキャプションを生成中。停止した場合は次のコマンドで続行できます: loracraft-cli caption --resume %1</translation>
    </message>
    <message>
        <source>--resume needs a task id (a whole number): the one a caption run prints when it starts.</source>
        <translation>--resume にはタスク ID（整数）が必要です。キャプション生成の開始時に表示される ID です。</translation>
    </message>
    <message>
        <source>caption needs --dataset WORKSPACE/DATASET (or --resume TASK_ID).</source>
        <translation>caption には --dataset WORKSPACE/DATASET（または --resume TASK_ID）が必要です。</translation>
    </message>
    <message>
        <source>caption needs --backend (one of: %1).</source>
        <translation>caption には --backend（%1 のいずれか）が必要です。</translation>
    </message>
    <message>
        <source>--backend takes one of: %1.</source>
        <translation>--backend には %1 のいずれかを指定します。</translation>
    </message>
    <message>
        <source>caption needs --model (the model&apos;s name on the server, e.g. llava:13b, or a Replicate model such as salesforce/blip).</source>
        <translation>caption には --model（サーバー上のモデル名。例: llava:13b、または salesforce/blip のような Replicate モデル）が必要です。</translation>
    </message>
    <message>
        <source>--image-input, --prompt-input and --input are for --backend replicate.</source>
        <translation>--image-input、--prompt-input、--input は --backend replicate 用です。</translation>
    </message>
    <message>
        <source>caption --backend openai needs --url (e.g. http://localhost:11434/v1 for Ollama).</source>
        <translation>caption --backend openai には --url が必要です（例: Ollama なら http://localhost:11434/v1）。</translation>
    </message>
    <message>
        <source>Give --prompt or --prompt-file, not both.</source>
        <translation>--prompt と --prompt-file のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the prompt file %1: %2</source>
        <translation>プロンプトファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>プロンプトが空です。</translation>
    </message>
    <message>
        <source>--mode takes one of: %1.</source>
        <translation>--mode には %1 のいずれかを指定します。</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --api-key-env is not set.</source>
        <translation>--api-key-env で指定された環境変数 %1 が設定されていません。</translation>
    </message>
    <message>
        <source>No Replicate API token: set REPLICATE_API_TOKEN, or store the token in the GUI (Settings → Captioning), which keeps it in the keychain.</source>
        <translation>Replicate API トークンがありません。REPLICATE_API_TOKEN を設定するか、GUI（設定 → キャプション生成）でトークンを保存してください（キーチェーンに保管されます）。</translation>
    </message>
    <message>
        <source>failed     %1 — %2</source>
        <translation>失敗       %1 — %2</translation>
    </message>
    <message>
        <source>task %1: %2 in %3 s</source>
        <translation>タスク %1: %2（%3 秒）</translation>
    </message>
    <message>
        <source>Resume with: loracraft-cli caption --resume %1</source>
        <translation>再開するには: loracraft-cli caption --resume %1</translation>
    </message>
    <message>
        <source>items needs --dataset WORKSPACE/DATASET.</source>
        <translation>items には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>CAPTION FROM</source>
        <translation>キャプション元</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>The dataset to caption.</source>
        <translation>キャプションを生成するデータセット。</translation>
    </message>
    <message>
        <source>openai: any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter); replicate: a model on Replicate (token from REPLICATE_API_TOKEN or the keychain).</source>
        <translation>openai: OpenAI 互換の任意のサーバー（Ollama、llama.cpp、vLLM、LM Studio、OpenRouter）。replicate: Replicate 上のモデル（トークンは REPLICATE_API_TOKEN またはキーチェーンから）。</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible base URL, e.g. http://localhost:11434/v1.</source>
        <translation>サーバーの OpenAI 互換ベース URL（例: http://localhost:11434/v1）。</translation>
    </message>
    <message>
        <source>The model&apos;s name on the server; for Replicate OWNER/NAME[:VERSION], e.g. salesforce/blip, yorickvp/llava-13b, lucataco/florence-2-large.</source>
        <translation>サーバー上のモデル名。Replicate の場合は OWNER/NAME[:VERSION]（例: salesforce/blip、yorickvp/llava-13b、lucataco/florence-2-large）。</translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the image (default image).</source>
        <translation>Replicate: 画像を受け取るモデルの入力（既定 image）。</translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the prompt (LLaVA: prompt; none for BLIP and Florence-2).</source>
        <translation>Replicate: プロンプトを受け取るモデルの入力（LLaVA: prompt。BLIP と Florence-2 は none）。</translation>
    </message>
    <message>
        <source>Replicate: further inputs as a JSON object, e.g. &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;.</source>
        <translation>Replicate: JSON オブジェクトで指定する追加入力（例: &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;）。</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation>API キーを保持する環境変数。</translation>
    </message>
    <message>
        <source>The prompt; {trigger}, {class}, {tags}, {filename} and {caption} are filled in.</source>
        <translation>プロンプト。{trigger}、{class}、{tags}、{filename}、{caption} は置き換えられます。</translation>
    </message>
    <message>
        <source>Read the prompt from a file.</source>
        <translation>プロンプトをファイルから読み込みます。</translation>
    </message>
    <message>
        <source>fill-empty (default), replace-auto, append or replace-all.</source>
        <translation>fill-empty（既定）、replace-auto、append、replace-all。</translation>
    </message>
    <message>
        <source>Requests in flight (default 4).</source>
        <translation>同時実行リクエスト数（既定 4）。</translation>
    </message>
    <message>
        <source>Long side of the image sent, in pixels (default 1024).</source>
        <translation>送信する画像の長辺（ピクセル、既定 1024）。</translation>
    </message>
    <message>
        <source>Continue an earlier run without sending again what it captioned.</source>
        <translation>以前の実行を、キャプション生成済みの画像を再送信せずに続行します。</translation>
    </message>
    <message>
        <source>Caption a dataset&apos;s images with a vision model.</source>
        <translation>ビジョンモデルでデータセットの画像にキャプションを付けます。</translation>
    </message>
    <message>
        <source>Sends each image (upright, JPEG, long side --max-side) with the prompt to a vision model and writes the cleaned answer as the caption, recording the backend, model, prompt and time. By default only empty captions are filled; a caption typed by a person or read from a caption file is replaced only with --mode replace-all, and one edited while the run goes on is kept. Ctrl+C stops cleanly; --resume continues. Exit code 0 when every image got its caption, 3 when some failed (listed).</source>
        <translation>各画像（正立、JPEG、長辺 --max-side）をプロンプトとともにビジョンモデルに送り、整形した応答をキャプションとして書き込み、バックエンド、モデル、プロンプト、時刻を記録します。既定では空のキャプションだけを埋めます。人が入力したキャプションやキャプションファイルから読み込んだキャプションは --mode replace-all の場合にのみ置き換えられ、実行中に編集されたキャプションは残されます。Ctrl+C で安全に停止し、--resume で続行します。終了コードは、すべての画像にキャプションが付いた場合は 0、一部が失敗した場合は 3（一覧表示）です。</translation>
    </message>
    <message>
        <source>List a dataset&apos;s items with their captions and where they came from.</source>
        <translation>データセットの項目を、キャプションとその取得元とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Every item of the dataset (the trash included) with its id, file name, SHA-256, caption, the caption&apos;s provenance, tags, status, rating and size.</source>
        <translation>データセットのすべての項目（ゴミ箱を含む）を、ID、ファイル名、SHA-256、キャプション、キャプションの由来、タグ、状態、評価、サイズとともに表示します。</translation>
    </message>
    <message>
        <source>Only the items this filter selects, as in the grid&apos;s search box: words, tag:smile, caption:dress, stars:&gt;=4, width:&gt;512, tokens:&gt;75, blur:yes, status:rejected, has:crop, NOT/-, OR, parentheses. Without status: the trash is left out.</source>
        <translation>このフィルターで選択される項目だけを対象にします。グリッドの検索欄と同じ書式です: 語句, tag:smile, caption:dress, stars:&gt;=4, width:&gt;512, tokens:&gt;75, blur:yes, status:rejected, has:crop, NOT/-, OR, 括弧。status: を指定しない場合、ゴミ箱は除外されます。</translation>
    </message>
    <message>
        <source>--library needs a folder</source>
        <translation>--library にはフォルダーが必要です</translation>
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
        <translation>使い方: loracraft-cli [--library DIR] [--json] COMMAND [ARGS...]

コマンドラインで使う LoRA Craft %1: ライブラリのワークスペースとデータセットを管理します。

グローバルオプション:
  --library DIR  ライブラリフォルダー（既定: $LORACRAFT_LIBRARY、なければ %2）
  --json         機械可読な JSON を標準出力に出力します
  --help, -h     ヘルプを表示します。COMMAND --help でコマンドのオプションを表示します
  --version      バージョンを表示します

コマンド:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage or user error, 2 internal error, 3 completed with problems.
</source>
        <translation>
終了コード: 0 成功、1 使い方またはユーザーのエラー、2 内部エラー、3 完了したが問題あり。
</translation>
    </message>
    <message>
        <source>
Sub-commands (each with --help):
</source>
        <translation>
サブコマンド（それぞれ --help あり）:
</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>see loracraft-cli --help</source>
        <translation>loracraft-cli --help を参照してください</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli %1 {%2} ...
</source>
        <translation>使い方: loracraft-cli %1 {%2} ...
</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”</source>
        <translation>不明なコマンド「%1 %2」</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>see loracraft-cli %1 --help</source>
        <translation>loracraft-cli %1 --help を参照してください</translation>
    </message>
    <message>
        <source>%1: missing arguments</source>
        <translation>%1: 引数が不足しています</translation>
    </message>
    <message>
        <source>%1: too many arguments</source>
        <translation>%1: 引数が多すぎます</translation>
    </message>
    <message>
        <source>usage: loracraft-cli %1 %2</source>
        <translation>使い方: loracraft-cli %1 %2</translation>
    </message>
    <message>
        <source>Add --%1 to create it.</source>
        <translation>作成するには --%1 を追加してください。</translation>
    </message>
    <message>
        <source>warning: the library %1 is on a network file system (%2). SQLite&apos;s locking is not reliable there: never open it from two computers at once, and keep a local copy.</source>
        <translation>警告: ライブラリ %1 はネットワークファイルシステム（%2）上にあります。そこでは SQLite のロックは信頼できません。2 台のコンピューターから同時に開かず、ローカルにコピーを保管してください。</translation>
    </message>
    <message>
        <source>Delete even if it still holds data.</source>
        <translation>データが残っていても削除します。</translation>
    </message>
    <message>
        <source>Trigger word, e.g. &quot;sks&quot;.</source>
        <translation>トリガーワード（例: &quot;sks&quot;）。</translation>
    </message>
    <message>
        <source>Class word, e.g. &quot;person&quot;.</source>
        <translation>クラスワード（例: &quot;person&quot;）。</translation>
    </message>
    <message>
        <source>Target model: %1.</source>
        <translation>対象モデル: %1。</translation>
    </message>
    <message>
        <source>Target resolution in pixels (multiple of 64; default 1024, 512 for sd15).</source>
        <translation>目標解像度（ピクセル、64 の倍数。既定 1024、sd15 は 512）。</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>自由記述のメモ。</translation>
    </message>
    <message>
        <source>The dataset whose images are exported as this one&apos;s regularization (class) set, or &quot;none&quot;.</source>
        <translation>このデータセットの正則化（クラス）セットとして画像をエクスポートするデータセット、または &quot;none&quot;。</translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption: caption (default), tags or both (caption, then tags).</source>
        <translation>トレーナーが各画像のキャプションとして読み込む内容: caption（既定）、tags、both（キャプションの後にタグ）。</translation>
    </message>
    <message>
        <source>--caption-source takes one of: %1 (got “%2”).</source>
        <translation>--caption-source には %1 のいずれかを指定します（指定値:「%2」）。</translation>
    </message>
    <message>
        <source>Unknown target model “%1”; use one of: %2.</source>
        <translation>不明な対象モデル「%1」です。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--resolution needs a whole number of pixels, got “%1”.</source>
        <translation>--resolution にはピクセル数の整数が必要です（指定値:「%1」）。</translation>
    </message>
    <message>
        <source>Dataset:     %1/%2</source>
        <translation>データセット: %1/%2</translation>
    </message>
    <message>
        <source>Items:       %1 (%2 rejected, %3 in trash)</source>
        <translation>項目:         %1（除外 %2、ゴミ箱 %3）</translation>
    </message>
    <message>
        <source>Trigger:     %1</source>
        <translation>トリガー:     %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Class:       %1</source>
        <translation>クラス:       %1</translation>
    </message>
    <message>
        <source>Target:      %1 at %2 px</source>
        <translation>対象:         %1（%2 px）</translation>
    </message>
    <message>
        <source>Trainer reads: %1</source>
        <translation>トレーナーが読み込む内容: %1</translation>
    </message>
    <message>
        <source>Notes:       %1</source>
        <translation>メモ:         %1</translation>
    </message>
    <message>
        <source>Reg. set:    dataset #%1</source>
        <translation>正則化セット: データセット #%1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>作成日時:     %1</translation>
    </message>
    <message>
        <source>Created workspace “%1”.</source>
        <translation>ワークスペース「%1」を作成しました。</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: loracraft-cli workspace create NAME</source>
        <translation>ワークスペースはまだありません。作成するには: loracraft-cli workspace create NAME</translation>
    </message>
    <message>
        <source>DATASETS</source>
        <translation>データセット数</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Renamed workspace “%1” to “%2”.</source>
        <translation>ワークスペース「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>Workspace “%1” holds %2 dataset(s) with %3 item(s). Add --yes to delete them with it.</source>
        <translation>ワークスペース「%1」にはデータセット %2 個（項目 %3 件）があります。まとめて削除するには --yes を追加してください。</translation>
    </message>
    <message>
        <source>Deleted workspace “%1” (%2 dataset(s), %3 item(s)). Run gc to free the disk space of images no other dataset uses.</source>
        <translation>ワークスペース「%1」を削除しました（データセット %2 個、項目 %3 件）。他のデータセットで使われていない画像のディスク領域を解放するには gc を実行してください。</translation>
    </message>
    <message>
        <source>Create it first, or add --parents.</source>
        <translation>先に作成するか、--parents を追加してください。</translation>
    </message>
    <message>
        <source>Created dataset “%1/%2”.</source>
        <translation>データセット「%1/%2」を作成しました。</translation>
    </message>
    <message>
        <source>No datasets yet. Create one with: loracraft-cli dataset create WORKSPACE/DATASET</source>
        <translation>データセットはまだありません。作成するには: loracraft-cli dataset create WORKSPACE/DATASET</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>項目数</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Renamed dataset “%1/%2” to “%1/%3”.</source>
        <translation>データセット「%1/%2」の名前を「%1/%3」に変更しました。</translation>
    </message>
    <message>
        <source>Duplicated dataset “%1/%2” as “%1/%3” (%4 item(s)).</source>
        <translation>データセット「%1/%2」を「%1/%3」として複製しました（項目 %4 件）。</translation>
    </message>
    <message>
        <source>A dataset cannot be its own regularization set.</source>
        <translation>データセットを自分自身の正則化セットにすることはできません。</translation>
    </message>
    <message>
        <source>Moved dataset “%1/%2” to workspace “%3”.</source>
        <translation>データセット「%1/%2」をワークスペース「%3」に移動しました。</translation>
    </message>
    <message>
        <source>The trash of “%1/%2” holds %3 item(s). Add --yes to delete them for good.</source>
        <translation>「%1/%2」のゴミ箱には項目が %3 件あります。完全に削除するには --yes を追加してください。</translation>
    </message>
    <message>
        <source>Deleted %1 item(s) from the trash of “%2/%3”. Run gc to free the disk space of images nothing uses.</source>
        <translation>「%2/%3」のゴミ箱から項目 %1 件を削除しました。どこからも使われていない画像のディスク領域を解放するには gc を実行してください。</translation>
    </message>
    <message>
        <source>Dataset “%1/%2” holds %3 item(s). Add --yes to delete them with it.</source>
        <translation>データセット「%1/%2」には項目が %3 件あります。まとめて削除するには --yes を追加してください。</translation>
    </message>
    <message>
        <source>Deleted dataset “%1/%2” (%3 item(s)).</source>
        <translation>データセット「%1/%2」を削除しました（項目 %3 件）。</translation>
    </message>
    <message>
        <source>Checking stored images: %1/%2</source>
        <translation>保存画像をチェック中: %1/%2</translation>
    </message>
    <message>
        <source>repaired: %1 — read back from %2</source>
        <translation>修復済み: %1 — %2 から読み戻しました</translation>
    </message>
    <message>
        <source>not repaired: %1</source>
        <translation>未修復: %1</translation>
    </message>
    <message>
        <source>Checked the catalog and %1 stored image(s) (%2).</source>
        <translation>カタログと保存画像 %1 枚をチェックしました（%2）。</translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation>カタログ: %1</translation>
    </message>
    <message>
        <source>missing: %1 — %2</source>
        <translation>欠落: %1 — %2</translation>
    </message>
    <message>
        <source>damaged: %1 — %2</source>
        <translation>破損: %1 — %2</translation>
    </message>
    <message>
        <source>orphan:  %1 (no catalog entry; gc removes it)</source>
        <translation>孤立:   %1（カタログにエントリなし。gc で削除されます）</translation>
    </message>
    <message>
        <source>foreign: %1 (not a LoRA Craft object; left alone)</source>
        <translation>外部:   %1（LoRA Craft のオブジェクトではありません。そのままにします）</translation>
    </message>
    <message>
        <source>temporary: %1 (left by an interrupted import or export; removed on the next open or by gc)</source>
        <translation>一時:   %1（中断されたインポートまたはエクスポートの残り。次回開いたときか gc で削除されます）</translation>
    </message>
    <message>
        <source>%1 stored image(s) are no longer used by any item; gc removes them.</source>
        <translation>保存画像 %1 枚はどの項目からも使われていません。gc で削除されます。</translation>
    </message>
    <message>
        <source>%1 stored image(s) are kept because a catalog snapshot names them.</source>
        <translation>保存画像 %1 枚はカタログのスナップショットから参照されているため保持されます。</translation>
    </message>
    <message>
        <source>Run fsck --repair to bring back missing or damaged originals from where they were imported.</source>
        <translation>fsck --repair を実行すると、欠落または破損したオリジナルをインポート元から復元できます。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Problems found: %1 catalog, %2 missing, %3 damaged.</source>
        <translation>問題が見つかりました: カタログ %1、欠落 %2、破損 %3。</translation>
    </message>
    <message>
        <source>Would remove %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation>未使用の画像 %1 枚と孤立ファイル %2 個を削除し、%3 を解放します（予定）。</translation>
    </message>
    <message>
        <source>Removed %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation>未使用の画像 %1 枚と孤立ファイル %2 個を削除し、%3 を解放しました。</translation>
    </message>
    <message>
        <source>Create a workspace.</source>
        <translation>ワークスペースを作成します。</translation>
    </message>
    <message>
        <source>List workspaces.</source>
        <translation>ワークスペースを一覧表示します。</translation>
    </message>
    <message>
        <source>Rename a workspace.</source>
        <translation>ワークスペースの名前を変更します。</translation>
    </message>
    <message>
        <source>Delete a workspace and its datasets.</source>
        <translation>ワークスペースとそのデータセットを削除します。</translation>
    </message>
    <message>
        <source>Delete a workspace with all its datasets and items. A workspace that still holds datasets is only deleted with --yes. Stored images stay until gc removes the ones nothing uses.</source>
        <translation>ワークスペースを、そのすべてのデータセットと項目とともに削除します。データセットが残っているワークスペースは --yes を指定した場合にのみ削除されます。保存画像は、どこからも使われていないものを gc が削除するまで残ります。</translation>
    </message>
    <message>
        <source>Create the workspace too if it does not exist.</source>
        <translation>ワークスペースが存在しない場合は作成します。</translation>
    </message>
    <message>
        <source>Create a dataset.</source>
        <translation>データセットを作成します。</translation>
    </message>
    <message>
        <source>Create a dataset in a workspace, with its training settings.</source>
        <translation>ワークスペース内に、学習設定を持つデータセットを作成します。</translation>
    </message>
    <message>
        <source>List datasets (of one workspace).</source>
        <translation>データセットを一覧表示します（ワークスペース単位）。</translation>
    </message>
    <message>
        <source>Show a dataset&apos;s settings and counts.</source>
        <translation>データセットの設定と件数を表示します。</translation>
    </message>
    <message>
        <source>Rename a dataset.</source>
        <translation>データセットの名前を変更します。</translation>
    </message>
    <message>
        <source>Copy a dataset in its workspace.</source>
        <translation>データセットをワークスペース内でコピーします。</translation>
    </message>
    <message>
        <source>Copy a dataset with its settings and items (captions, tags, crops, ratings); the images are shared, not copied.</source>
        <translation>データセットを設定と項目（キャプション、タグ、切り抜き、評価）ごとコピーします。画像はコピーされず共有されます。</translation>
    </message>
    <message>
        <source>Change a dataset&apos;s settings.</source>
        <translation>データセットの設定を変更します。</translation>
    </message>
    <message>
        <source>Move a dataset to another workspace.</source>
        <translation>データセットを別のワークスペースに移動します。</translation>
    </message>
    <message>
        <source>Move a dataset and its items to another workspace; its name must be free there.</source>
        <translation>データセットとその項目を別のワークスペースに移動します。移動先に同じ名前があってはいけません。</translation>
    </message>
    <message>
        <source>Delete the items in a dataset&apos;s trash for good.</source>
        <translation>データセットのゴミ箱にある項目を完全に削除します。</translation>
    </message>
    <message>
        <source>Delete the dataset&apos;s trashed items (only with --yes when there are any). Their stored images stay until gc removes the ones nothing uses.</source>
        <translation>データセットのゴミ箱にある項目を削除します（項目がある場合は --yes が必要）。保存画像は、どこからも使われていないものを gc が削除するまで残ります。</translation>
    </message>
    <message>
        <source>Delete a dataset.</source>
        <translation>データセットを削除します。</translation>
    </message>
    <message>
        <source>Delete a dataset and its items. A dataset that holds items is only deleted with --yes.</source>
        <translation>データセットとその項目を削除します。項目のあるデータセットは --yes を指定した場合にのみ削除されます。</translation>
    </message>
    <message>
        <source>Check the catalog and re-hash every stored image.</source>
        <translation>カタログをチェックし、すべての保存画像のハッシュを再計算します。</translation>
    </message>
    <message>
        <source>Check the catalog&apos;s integrity, that every stored image exists and re-hashes to its name, and list orphan and temporary files. Changes nothing and takes no lock: it works on a read-only library and on one that LoRA Craft has open. Exit code 3 when problems are found. With --repair, stored originals that are missing or damaged are read back from where they were imported when the file there still has the same content (this writes, so it needs the library to itself).</source>
        <translation>カタログの整合性、すべての保存画像が存在し名前どおりのハッシュになるかをチェックし、孤立ファイルと一時ファイルを一覧表示します。何も変更せずロックも取らないため、読み取り専用のライブラリや LoRA Craft で開いているライブラリにも使えます。問題が見つかった場合の終了コードは 3 です。--repair を指定すると、欠落または破損した保存オリジナルを、インポート元のファイルが同じ内容のまま残っていればそこから読み戻します（書き込みを行うため、ライブラリを単独で使える必要があります）。</translation>
    </message>
    <message>
        <source>Bring back missing or damaged originals from their import source.</source>
        <translation>欠落または破損したオリジナルをインポート元から復元します。</translation>
    </message>
    <message>
        <source>Remove stored images that no item uses.</source>
        <translation>どの項目からも使われていない保存画像を削除します。</translation>
    </message>
    <message>
        <source>Remove stored images and thumbnails that no item references (items in the trash keep theirs), orphan files and leftover temporary files. Refuses to run on a catalog that fails its integrity check, or one that knows no stored images while objects/ holds some.</source>
        <translation>どの項目からも参照されていない保存画像とサムネイル（ゴミ箱内の項目のものは保持）、孤立ファイル、残存する一時ファイルを削除します。整合性チェックに失敗したカタログや、objects/ に画像があるのに保存画像を記録していないカタログでは実行を拒否します。</translation>
    </message>
    <message>
        <source>Only report what would be removed.</source>
        <translation>削除される対象を表示するだけにします。</translation>
    </message>
    <message>
        <source>The item (its id, as `items` lists them).</source>
        <translation>項目（`items` で表示される ID）。</translation>
    </message>
    <message>
        <source>The crop in the image&apos;s upright pixels: left, top, width, height.</source>
        <translation>画像の正立ピクセル座標での切り抜き: 左、上、幅、高さ。</translation>
    </message>
    <message>
        <source>Remove the item&apos;s crop.</source>
        <translation>項目の切り抜きを削除します。</translation>
    </message>
    <message>
        <source>With --auto: the dataset.</source>
        <translation>--auto と併用: データセット。</translation>
    </message>
    <message>
        <source>Propose a crop for every kept image of the dataset that keeps its subject, and apply them.</source>
        <translation>データセットの残すすべての画像について、被写体を保つ切り抜きを提案して適用します。</translation>
    </message>
    <message>
        <source>With --auto: nearest-bucket (default: the trainer&apos;s bucket nearest to each image) or W:H (for example 1:1).</source>
        <translation>--auto と併用: nearest-bucket（既定: 各画像に最も近いトレーナーのバケット）または W:H（例: 1:1）。</translation>
    </message>
    <message>
        <source>With --auto: the trainer whose buckets count (kohya, ai-toolkit, onetrainer, simpletuner, replicate-flux; default kohya).</source>
        <translation>--auto と併用: バケットの基準にするトレーナー（kohya、ai-toolkit、onetrainer、simpletuner、replicate-flux。既定 kohya）。</translation>
    </message>
    <message>
        <source>With --auto: faces (default: faces, else the salient region, else the centre), saliency or center.</source>
        <translation>--auto と併用: faces（既定: 顔、なければ目立つ領域、それもなければ中央）、saliency、center。</translation>
    </message>
    <message>
        <source>With --auto: only list the proposed crops.</source>
        <translation>--auto と併用: 提案された切り抜きを一覧表示するだけにします。</translation>
    </message>
    <message>
        <source>--rect is X,Y,W,H in pixels (for example 0,120,1280,720), not “%1”.</source>
        <translation>--rect はピクセル単位の X,Y,W,H です（例: 0,120,1280,720）。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>A crop needs a width and a height above 0.</source>
        <translation>切り抜きには 0 より大きい幅と高さが必要です。</translation>
    </message>
    <message>
        <source>crop --auto needs --dataset WORKSPACE/DATASET.</source>
        <translation>crop --auto には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>--aspect is nearest-bucket or W:H (for example 1:1 or 3:2), not “%1”.</source>
        <translation>--aspect は nearest-bucket または W:H（例: 1:1、3:2）です。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--trainer is one of %1, not “%2”.</source>
        <translation>--trainer は %1 のいずれかです。「%2」は指定できません。</translation>
    </message>
    <message>
        <source>--subject is faces, saliency or center, not “%1”.</source>
        <translation>--subject は faces、saliency、center のいずれかです。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込み不可</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>顔 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>No face model was found (install OpenCV&apos;s data files, Debian: opencv-data): placed by saliency.</source>
        <translation>顔検出モデルが見つかりませんでした（OpenCV のデータファイルをインストールしてください。Debian: opencv-data）。顕著性に基づいて配置しました。</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) would change (dry run: nothing was written).</source>
        <translation>%2 件中 %1 件の切り抜きが変更されます（ドライラン: 何も書き込まれていません）。</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) changed; undo in the app (Edit → Undo) or with crop --item ID --clear.</source>
        <translation>%2 件中 %1 件の切り抜きを変更しました。アプリ（編集 → 元に戻す）または crop --item ID --clear で元に戻せます。</translation>
    </message>
    <message>
        <source>--dataset goes with --auto; one item&apos;s crop takes --item ID.</source>
        <translation>--dataset は --auto と併用します。1 つの項目の切り抜きには --item ID を指定します。</translation>
    </message>
    <message>
        <source>crop needs --item ID (see `loracraft-cli items`).</source>
        <translation>crop には --item ID が必要です（`loracraft-cli items` を参照）。</translation>
    </message>
    <message>
        <source>Give --rect or --clear, not both.</source>
        <translation>--rect と --clear のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation>項目 #%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 (#%2, %3 × %4) is not cropped.</source>
        <translation>%1 (#%2、%3 × %4) は切り抜かれていません。</translation>
    </message>
    <message>
        <source>%1 (#%2) is cropped to %3 × %4 at %5,%6 (of %7 × %8).</source>
        <translation>%1 (#%2) は %3 × %4（位置 %5,%6、元 %7 × %8）に切り抜かれています。</translation>
    </message>
    <message>
        <source>Show, set or clear an item&apos;s crop, or crop a dataset automatically.</source>
        <translation>項目の切り抜きを表示・設定・クリアするか、データセットを自動で切り抜きます。</translation>
    </message>
    <message>
        <source>An item&apos;s crop is a rectangle in the image&apos;s upright pixels (after its EXIF orientation); the stored picture is never changed, and the export and the bucket simulation crop it. Without --rect or --clear, prints the crop. With --dataset and --auto, every kept image gets the largest crop of the target aspect (each image&apos;s nearest bucket of the trainer, or W:H) placed to keep its subject: the faces together (never cut through one), else the salient region, else the centre; images already of the aspect keep no crop. Faces are found with OpenCV&apos;s Haar cascades (YuNet when its model is installed).</source>
        <translation>項目の切り抜きは、画像の正立ピクセル座標（EXIF の向きを適用した後）での矩形です。保存された画像は変更されず、エクスポートとバケットのシミュレーションで切り抜かれます。--rect も --clear も指定しない場合は、切り抜きを表示します。--dataset と --auto を指定すると、残すすべての画像に、目標の縦横比（各画像に最も近いトレーナーのバケット、または W:H）で最大の切り抜きを、被写体が収まる位置に設定します。顔はまとめて収め（顔の途中で切ることはありません）、顔がなければ目立つ領域、それもなければ中央に配置します。既にその縦横比の画像には切り抜きを設定しません。顔の検出には OpenCV の Haar カスケード（YuNet のモデルがインストールされていればそれ）を使います。</translation>
    </message>
    <message>
        <source>dataset (default): within the dataset; workspace: across every dataset of its workspace.</source>
        <translation>dataset（既定）: データセット内。workspace: そのワークスペースのすべてのデータセットにわたって。</translation>
    </message>
    <message>
        <source>strict, normal (default) or loose.</source>
        <translation>strict、normal（既定）、loose。</translation>
    </message>
    <message>
        <source>keep-best: move every image but each group&apos;s suggested keeper to the trash (restorable).</source>
        <translation>keep-best: 各グループの推奨画像以外をすべてゴミ箱に移動します（復元可能）。</translation>
    </message>
    <message>
        <source>dedup needs --dataset WORKSPACE/DATASET.</source>
        <translation>dedup には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>--scope is dataset or workspace, not “%1”.</source>
        <translation>--scope は dataset または workspace です。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--sensitivity is strict, normal or loose, not “%1”.</source>
        <translation>--sensitivity は strict、normal、loose のいずれかです。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--apply takes keep-best, not “%1”.</source>
        <translation>--apply には keep-best を指定します。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Hashed %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation>このチェックが導入される前に保存された画像 %1 枚のハッシュを（サムネイルから）計算しました。</translation>
    </message>
    <message>
        <source>%1 image(s) left out: their thumbnails cannot be read (run fsck).</source>
        <translation>%1 枚の画像を除外しました。サムネイルを読み込めません（fsck を実行してください）。</translation>
    </message>
    <message>
        <source>Group %1 — keep #%2: %3</source>
        <translation>グループ %1 — #%2 を残す: %3</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>ゴミ箱へ</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation>類似度</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>analyze needs --dataset WORKSPACE/DATASET.</source>
        <translation>analyze には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>Measured %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation>このチェックが導入される前に保存された画像 %1 枚を（サムネイルから）計測しました。</translation>
    </message>
    <message>
        <source>No quality problem among the %1 image(s) of %2.</source>
        <translation>%2 の画像 %1 枚に画質の問題はありません。</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged: %3.</source>
        <translation>%2 枚中 %1 枚に問題あり: %3。</translation>
    </message>
    <message>
        <source>Find near-duplicate images and the one to keep of each group.</source>
        <translation>類似画像と、各グループで残す画像を見つけます。</translation>
    </message>
    <message>
        <source>Group the near-duplicates of a dataset (or, with --scope workspace, of every dataset of its workspace): re-encodes, resizes, recompressions, brightness or contrast changes, small crops and watermarks of one picture. Candidates come from a perceptual hash (DCT) and are confirmed by a second, gradient hash. Each group lists its images with their item id, file name, source, size and similarity, the suggested keeper first (highest resolution, then sharpest, then the largest file). Pairs kept as not duplicates in the app are never proposed again. --apply keep-best moves the others to the trash (restorable).</source>
        <translation>データセット（--scope workspace の場合はそのワークスペースのすべてのデータセット）の類似画像をグループ化します。対象は、同じ画像の再エンコード、リサイズ、再圧縮、明るさやコントラストの変更、小さな切り抜き、透かしです。候補は知覚ハッシュ（DCT）で見つけ、2 つ目の勾配ハッシュで確認します。各グループには、項目 ID、ファイル名、ソース、サイズ、類似度とともに画像が一覧表示され、推奨される残す画像（最高解像度、次に最もシャープ、次に最大のファイル）が先頭に来ます。アプリで重複ではないとして残したペアは、再び提案されません。--apply keep-best を指定すると、その他の画像をゴミ箱に移動します（復元可能）。</translation>
    </message>
    <message>
        <source>List the quality problems of a dataset&apos;s images.</source>
        <translation>データセットの画像の画質の問題を一覧表示します。</translation>
    </message>
    <message>
        <source>Flag each kept or rejected image of the dataset that is below the dataset&apos;s target resolution, looks upscaled (sharp only once reduced), is blurry, under- or overexposed (a quarter of it clipped, or very dark or bright), letterboxed or pillarboxed (with the picture&apos;s box, to crop to), of an extreme aspect ratio (beyond 2.5:1) or a heavily compressed JPEG, and print a summary. The thresholds are those set in the app&apos;s Settings (Quality page). Images stored by an earlier version are measured from their thumbnails first.</source>
        <translation>データセットの残す画像と除外した画像のうち、データセットの目標解像度未満、拡大画像のよう（縮小時のみシャープ）、ぼやけ、露出不足または露出過多（4 分の 1 が白飛び・黒つぶれ、または非常に暗いか明るい）、レターボックスまたはピラーボックス（切り抜き用の画像範囲を表示）、極端な縦横比（2.5:1 超）、強く圧縮された JPEG のものにマークを付け、概要を表示します。しきい値はアプリの設定（画質ページ）で設定したものです。以前のバージョンで保存された画像は、先にサムネイルから計測されます。</translation>
    </message>
    <message>
        <source>edit needs --dataset WORKSPACE/DATASET.</source>
        <translation>edit には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>--status must be active, rejected or trashed, not “%1”.</source>
        <translation>--status は active、rejected、trashed のいずれかです。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--rating must be a number from 0 to 5.</source>
        <translation>--rating は 0～5 の数値で指定してください。</translation>
    </message>
    <message>
        <source>edit needs at least one change: --caption, --append-caption, --add-tag, --remove-tag, --status or --rating.</source>
        <translation>edit には少なくとも 1 つの変更が必要です: --caption、--append-caption、--add-tag、--remove-tag、--status、--rating。</translation>
    </message>
    <message numerus="yes">
        <source>Would edit %n item(s) of “%1”.</source>
        <translation>
            <numerusform>「%1」の項目 %n 件を編集します（予定）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed: edited %n item(s) of “%1”.</source>
        <translation>
            <numerusform>コミット済み:「%1」の項目 %n 件を編集しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change captions, tags, status or rating of many items at once.</source>
        <translation>多数の項目のキャプション、タグ、状態、評価を一括で変更します。</translation>
    </message>
    <message>
        <source>Apply every change given to the dataset&apos;s items (those --filter selects, in the grid&apos;s filter language; without it every kept and rejected item) in one transaction: all of it is saved, or none. A new caption counts as typed by a person. Prints “Committed” once the change is on disk.</source>
        <translation>指定したすべての変更を、データセットの項目（--filter で選択されたもの。書式はグリッドのフィルターと同じ。指定しない場合は残す項目と除外した項目すべて）に 1 つのトランザクションで適用します。すべて保存されるか、何も保存されないかのどちらかです。新しいキャプションは人が入力したものとして扱われます。変更がディスクに書き込まれると「コミット済み」と表示します。</translation>
    </message>
    <message>
        <source>Only the items this filter selects.</source>
        <translation>このフィルターで選択される項目だけを対象にします。</translation>
    </message>
    <message>
        <source>Replace the caption (may be empty).</source>
        <translation>キャプションを置き換えます（空でもかまいません）。</translation>
    </message>
    <message>
        <source>Append to the caption, after “, ”.</source>
        <translation>キャプションの後ろに「, 」を付けて追記します。</translation>
    </message>
    <message>
        <source>Add tags (repeat, or separate with commas).</source>
        <translation>タグを追加します（繰り返し指定、またはカンマ区切り）。</translation>
    </message>
    <message>
        <source>Remove tags (repeat, or separate with commas).</source>
        <translation>タグを削除します（繰り返し指定、またはカンマ区切り）。</translation>
    </message>
    <message>
        <source>active, rejected or trashed.</source>
        <translation>active、rejected、trashed。</translation>
    </message>
    <message>
        <source>Stars, 0 to 5.</source>
        <translation>星の数、0～5。</translation>
    </message>
    <message>
        <source>Only say how many items would change.</source>
        <translation>変更される項目の数だけを表示します。</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 には %2 のいずれかを指定します。</translation>
    </message>
    <message>
        <source>export needs --format (one of: %1).</source>
        <translation>export には --format（%1 のいずれか）が必要です。</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>不明な形式「%1」です。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>export needs --out PATH (a folder, or a file ending in .zip).</source>
        <translation>export には --out PATH（フォルダー、または .zip で終わるファイル）が必要です。</translation>
    </message>
    <message>
        <source>Replicate trainers take a ZIP: give --out a name ending in .zip.</source>
        <translation>Replicate のトレーナーは ZIP を受け付けます。--out には .zip で終わる名前を指定してください。</translation>
    </message>
    <message>
        <source>--resolution needs whole numbers from 256 to 4096, separated by commas.</source>
        <translation>--resolution には 256～4096 の整数をカンマ区切りで指定してください。</translation>
    </message>
    <message>
        <source>--subset needs TAG:REPEATS, e.g. closeup:4 (got “%1”).</source>
        <translation>--subset には TAG:REPEATS（例: closeup:4）を指定してください（指定値:「%1」）。</translation>
    </message>
    <message>
        <source>--background needs a colour such as #ffffff or white.</source>
        <translation>--background には #ffffff や white のような色を指定してください。</translation>
    </message>
    <message>
        <source>--resize is none, long-side:N or bucket.</source>
        <translation>--resize は none、long-side:N、bucket のいずれかです。</translation>
    </message>
    <message>
        <source>--resize long-side:N needs N ≥ 64.</source>
        <translation>--resize long-side:N には N ≥ 64 が必要です。</translation>
    </message>
    <message>
        <source>Pre-flight: %1 image(s) to export as %2.</source>
        <translation>事前チェック: %1 枚の画像を %2 としてエクスポートします。</translation>
    </message>
    <message>
        <source>The export is blocked by the pre-flight errors above; nothing was written.</source>
        <translation>上記の事前チェックのエラーによりエクスポートが中止されました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Exporting %1/%2</source>
        <translation>%1/%2 をエクスポート中</translation>
    </message>
    <message>
        <source>Exported %1 image(s) for %2 to %3 (%4 in %5 s).</source>
        <translation>%2 向けに %1 枚の画像を %3 にエクスポートしました（%4、%5 秒）。</translation>
    </message>
    <message>
        <source>Dataset to export.</source>
        <translation>エクスポートするデータセット。</translation>
    </message>
    <message>
        <source>The trainer&apos;s layout: %1.</source>
        <translation>トレーナーのレイアウト: %1。</translation>
    </message>
    <message>
        <source>Output folder, or a file ending in .zip (must not exist).</source>
        <translation>出力フォルダー、または .zip で終わるファイル（存在してはいけません）。</translation>
    </message>
    <message>
        <source>Trigger word (default: the dataset&apos;s).</source>
        <translation>トリガーワード（既定: データセットの値）。</translation>
    </message>
    <message>
        <source>Class word (default: the dataset&apos;s).</source>
        <translation>クラスワード（既定: データセットの値）。</translation>
    </message>
    <message>
        <source>Repeats per epoch (default: from kohya folders, else 10).</source>
        <translation>エポックあたりのリピート数（既定: kohya のフォルダーから、なければ 10）。</translation>
    </message>
    <message>
        <source>caption, tags or both (default: the dataset&apos;s, see dataset set --caption-source).</source>
        <translation>caption、tags、both（既定: データセットの値。dataset set --caption-source を参照）。</translation>
    </message>
    <message>
        <source>Do not put the trigger word in front of captions that lack it.</source>
        <translation>トリガーワードのないキャプションの先頭にトリガーワードを付けません。</translation>
    </message>
    <message>
        <source>Export rejected images too.</source>
        <translation>除外した画像もエクスポートします。</translation>
    </message>
    <message>
        <source>Export even when the pre-flight finds images the trainer will leave out.</source>
        <translation>トレーナーが除外する画像が事前チェックで見つかってもエクスポートします。</translation>
    </message>
    <message>
        <source>original (sanitized stems, default) or sequential (0001, 0002, …).</source>
        <translation>original（整形した元の名前、既定）または sequential（0001, 0002, …）。</translation>
    </message>
    <message>
        <source>keep (default: original bytes when nothing changes, else PNG), png or jpeg.</source>
        <translation>keep（既定: 変更がなければ元のバイト列、それ以外は PNG）、png、jpeg。</translation>
    </message>
    <message>
        <source>JPEG quality (default 95).</source>
        <translation>JPEG 品質（既定 95）。</translation>
    </message>
    <message>
        <source>Colour transparent pixels are flattened onto (default white).</source>
        <translation>透明ピクセルを合成する背景色（既定 white）。</translation>
    </message>
    <message>
        <source>Keep EXIF/XMP/text metadata in images written as they are.</source>
        <translation>そのまま書き出す画像の EXIF/XMP/テキストメタデータを保持します。</translation>
    </message>
    <message>
        <source>none (default: the trainer sizes the images), long-side:N, or bucket (the trainer&apos;s own bucket at its largest resolution; a centre square for diffusers and replicate-sdxl).</source>
        <translation>none（既定: サイズ調整はトレーナーに任せる）、long-side:N、bucket（最大解像度でのトレーナー自身のバケット。diffusers と replicate-sdxl では中央の正方形）。</translation>
    </message>
    <message>
        <source>With --resize bucket: allow upscaling (kohya without bucket_no_upscale).</source>
        <translation>--resize bucket と併用: 拡大を許可します（bucket_no_upscale なしの kohya）。</translation>
    </message>
    <message>
        <source>Target resolution (default: the dataset&apos;s), or several separated by commas, e.g. 512,768,1024.</source>
        <translation>目標解像度（既定: データセットの値）。カンマ区切りで複数指定できます（例: 512,768,1024）。</translation>
    </message>
    <message>
        <source>Export the images with TAG as a subset with its own repeats (kohya folder, OneTrainer concept, SimpleTuner backend, ai-toolkit dataset); repeatable.</source>
        <translation>TAG を持つ画像を、独自のリピート数を持つサブセットとしてエクスポートします（kohya のフォルダー、OneTrainer のコンセプト、SimpleTuner のバックエンド、ai-toolkit のデータセット）。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Leave out the dataset&apos;s regularization set (dataset set --reg-dataset).</source>
        <translation>データセットの正則化セット（dataset set --reg-dataset）を含めません。</translation>
    </message>
    <message>
        <source>With --caption-source both, for OneTrainer and SimpleTuner: the caption and the tags as two lines, one picked per step.</source>
        <translation>--caption-source both と併用（OneTrainer と SimpleTuner 向け）: キャプションとタグを 2 行で書き出し、ステップごとにどちらかが使われます。</translation>
    </message>
    <message>
        <source>Only run the pre-flight check (exit 3 when it finds errors).</source>
        <translation>事前チェックだけを実行します（エラーが見つかった場合の終了コードは 3）。</translation>
    </message>
    <message>
        <source>Export a dataset for a trainer (folder or ZIP).</source>
        <translation>データセットをトレーナー向けにエクスポートします（フォルダーまたは ZIP）。</translation>
    </message>
    <message>
        <source>Export a dataset in the exact layout a trainer reads, after a pre-flight check: errors (e.g. an empty caption for kohya) block the export, warnings do not. Output goes to PATH.part and is renamed when complete, so a failed or canceled export leaves nothing. The same dataset and options give a byte-identical ZIP.</source>
        <translation>事前チェックの後、トレーナーが読み込むとおりのレイアウトでデータセットをエクスポートします。エラー（例: kohya での空のキャプション）があるとエクスポートは中止されますが、警告では中止されません。出力は PATH.part に書き込まれ、完了すると名前が変更されるため、失敗またはキャンセルされたエクスポートは何も残しません。同じデータセットとオプションからは、バイト単位で同一の ZIP が作成されます。</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 imported, %4 skipped</source>
        <translation>%1/%2 ファイル、インポート %3、スキップ %4</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, got “%2”.</source>
        <translation>--%1 には正の数値が必要です（指定値:「%2」）。</translation>
    </message>
    <message>
        <source>import needs --dataset WORKSPACE/DATASET.</source>
        <translation>import には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>Add --create to create it.</source>
        <translation>作成するには --create を追加してください。</translation>
    </message>
    <message>
        <source>skipped    %1 — %2</source>
        <translation>スキップ   %1 — %2</translation>
    </message>
    <message>
        <source>duplicate  %1 — same image as %2</source>
        <translation>重複       %1 — %2 と同じ画像</translation>
    </message>
    <message>
        <source>note       %1 — %2</source>
        <translation>注記       %1 — %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the inputs hold no images (%1 hidden or system file(s) ignored).</source>
        <translation>何もインポートされませんでした。入力に画像がありません（隠しファイルまたはシステムファイル %1 個を無視しました）。</translation>
    </message>
    <message>
        <source>Target dataset.</source>
        <translation>インポート先のデータセット。</translation>
    </message>
    <message>
        <source>Create the dataset (and workspace) if missing.</source>
        <translation>データセット（とワークスペース）がなければ作成します。</translation>
    </message>
    <message>
        <source>Skip files larger than MB megabytes (default 50).</source>
        <translation>MB メガバイトを超えるファイルをスキップします（既定 50）。</translation>
    </message>
    <message>
        <source>Skip images over MP megapixels (default 100).</source>
        <translation>MP メガピクセルを超える画像をスキップします（既定 100）。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>ワーカースレッド数（既定: コアごとに 1 つ）。</translation>
    </message>
    <message>
        <source>Import images, folders and ZIPs into a dataset.</source>
        <translation>画像、フォルダー、ZIP をデータセットにインポートします。</translation>
    </message>
    <message>
        <source>Import image files, folders (recursively) and ZIP archives into a dataset. Formats are detected by content (JPEG, PNG, WebP, GIF, BMP, TIFF); stem.txt / stem.caption files beside an image become its caption; kohya folders named N_trigger class set repeats. Every input ends as imported, already in the dataset, a duplicate of another input, or skipped with a reason. Ctrl+C cancels; what was imported stays. Exit code 0 when everything was imported or already present, 3 when some inputs were skipped.</source>
        <translation>画像ファイル、フォルダー（再帰的）、ZIP アーカイブをデータセットにインポートします。形式は内容から判別します（JPEG、PNG、WebP、GIF、BMP、TIFF）。画像の横にある stem.txt / stem.caption ファイルはその画像のキャプションになり、N_trigger class という名前の kohya のフォルダーはリピート数を設定します。すべての入力は、インポート済み、データセットに既存、他の入力の重複、理由付きのスキップのいずれかになります。Ctrl+C でキャンセルでき、インポート済みのものは残ります。終了コードは、すべてインポートされたか既に存在した場合は 0、一部の入力がスキップされた場合は 3 です。</translation>
    </message>
    <message>
        <source>Replicate API token (from replicate.com/account/api-tokens): </source>
        <translation>Replicate API トークン（replicate.com/account/api-tokens で取得）: </translation>
    </message>
    <message>
        <source>No token on standard input: paste it, or pipe it in (loracraft-cli replicate login &lt; token.txt).</source>
        <translation>標準入力にトークンがありません。貼り付けるか、パイプで渡してください（loracraft-cli replicate login &lt; token.txt）。</translation>
    </message>
    <message>
        <source>The token works (it belongs to %1), but it cannot be kept in the keychain: %2 Set %3 instead.</source>
        <translation>トークンは有効です（%1 のもの）が、キーチェーンに保管できません: %2 代わりに %3 を設定してください。</translation>
    </message>
    <message>
        <source>Logged in to Replicate as %1; the token is in the keychain.</source>
        <translation>%1 として Replicate にログインしました。トークンはキーチェーンにあります。</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>the environment (%1)</source>
        <translation>環境変数（%1）</translation>
    </message>
    <message>
        <source>%1 (%2), token from %3</source>
        <translation>%1 (%2)、トークンの取得元: %3</translation>
    </message>
    <message>
        <source>The Replicate token is no longer in the keychain.</source>
        <translation>Replicate のトークンはキーチェーンから削除されました。</translation>
    </message>
    <message>
        <source>No Replicate token: run loracraft-cli replicate login, or set %1.</source>
        <translation>Replicate のトークンがありません。loracraft-cli replicate login を実行するか、%1 を設定してください。</translation>
    </message>
    <message>
        <source>Check a Replicate API token and keep it in the keychain.</source>
        <translation>Replicate API トークンを確認してキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>Reads the token from standard input (typed without echo on a terminal, or piped), checks it with Replicate (GET /account) and stores it in the OS keychain, where the GUI and the other commands find it. The token is never taken as an argument: it would sit in the shell history and in ps.</source>
        <translation>トークンを標準入力から読み込み（端末ではエコーなしで入力、またはパイプで渡す）、Replicate で確認（GET /account）してから OS のキーチェーンに保管します。GUI や他のコマンドはそこからトークンを取得します。トークンを引数で受け取ることはありません。シェルの履歴や ps に残ってしまうためです。</translation>
    </message>
    <message>
        <source>Show whose Replicate token is in use.</source>
        <translation>使用中の Replicate トークンの所有者を表示します。</translation>
    </message>
    <message>
        <source>Looks the token up (the keychain, else REPLICATE_API_TOKEN) and asks Replicate who owns it.</source>
        <translation>トークンを探し（キーチェーン、なければ REPLICATE_API_TOKEN）、Replicate に所有者を問い合わせます。</translation>
    </message>
    <message>
        <source>Remove the Replicate token from the keychain.</source>
        <translation>Replicate のトークンをキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>--provider takes %1, not “%2”.</source>
        <translation>--provider には %1 を指定します。「%2」は指定できません。</translation>
    </message>
    <message>
        <source>search needs --query TEXT.</source>
        <translation>search には --query TEXT が必要です。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not “%3”.</source>
        <translation>--%1 には 1～%2 の整数を指定します。「%3」は指定できません。</translation>
    </message>
    <message>
        <source>--orientation takes tall, wide or square.</source>
        <translation>--orientation には tall、wide、square のいずれかを指定します。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>結果 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The search found nothing to import.</source>
        <translation>インポートする検索結果がありません。</translation>
    </message>
    <message>
        <source>openverse (default, no account) or brave (BRAVE_API_KEY or the keychain).</source>
        <translation>openverse（既定、アカウント不要）または brave（BRAVE_API_KEY またはキーチェーン）。</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>検索する内容。</translation>
    </message>
    <message>
        <source>Only these licences (Openverse): cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd, or the families commercial and modification; comma-separated.</source>
        <translation>これらのライセンスのみ（Openverse）: cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd、またはファミリー commercial と modification。カンマ区切り。</translation>
    </message>
    <message>
        <source>Drop results whose shorter side is known to be under PX pixels.</source>
        <translation>短辺が PX ピクセル未満と分かっている結果を除外します。</translation>
    </message>
    <message>
        <source>tall, wide or square.</source>
        <translation>tall、wide、square。</translation>
    </message>
    <message>
        <source>Include results the provider marks as mature.</source>
        <translation>プロバイダーが成人向けと指定した結果も含めます。</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最大 N 件の結果（既定 20）。</translation>
    </message>
    <message>
        <source>Download the results into this dataset, with their licences.</source>
        <translation>結果をライセンス情報とともにこのデータセットにダウンロードします。</translation>
    </message>
    <message>
        <source>Search the web for images (Openverse, Brave); --import adds them to a dataset.</source>
        <translation>Web で画像を検索します（Openverse、Brave）。--import でデータセットに追加します。</translation>
    </message>
    <message>
        <source>Searches Openverse (openly licensed images, no account needed; LORACRAFT_OPENVERSE_BASE_URL) or Brave Image Search (an API key in the keychain or BRAVE_API_KEY; LORACRAFT_BRAVE_BASE_URL) and lists the results with size, licence and source. With --import WORKSPACE/DATASET the results are downloaded (http and https only, at most 5 redirects and 50 MB each, image content types only, no credentials sent) and imported like files: format by content, duplicates found, every image&apos;s source page, licence, creator and attribution kept. Rate limits are respected (Retry-After). Exit code 3 when some results could not be imported.</source>
        <translation>Openverse（オープンライセンスの画像、アカウント不要。LORACRAFT_OPENVERSE_BASE_URL）または Brave Image Search（キーチェーンまたは BRAVE_API_KEY の API キー。LORACRAFT_BRAVE_BASE_URL）を検索し、サイズ、ライセンス、ソースとともに結果を一覧表示します。--import WORKSPACE/DATASET を指定すると、結果をダウンロードし（http と https のみ、リダイレクトは 5 回まで、各 50 MB まで、画像のコンテンツタイプのみ、認証情報は送信しません）、ファイルと同様にインポートします。形式は内容から判別し、重複を検出し、各画像のソースページ、ライセンス、作成者、帰属表示を記録します。レート制限（Retry-After）に従います。一部の結果をインポートできなかった場合の終了コードは 3 です。</translation>
    </message>
    <message>
        <source>%1 item(s) in %2 dataset(s)</source>
        <translation>データセット %2 個に項目 %1 件</translation>
    </message>
    <message>
        <source>No snapshots yet. `loracraft-cli snapshot create` takes one; the app takes one a day while it is open.</source>
        <translation>スナップショットはまだありません。`loracraft-cli snapshot create` で作成できます。アプリは開いている間 1 日に 1 回作成します。</translation>
    </message>
    <message>
        <source>TAKEN</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>--keep needs a number of snapshots of at least 1.</source>
        <translation>--keep には 1 以上のスナップショット数が必要です。</translation>
    </message>
    <message>
        <source>Snapshot %1 written: %2, %3.</source>
        <translation>スナップショット %1 を書き込みました: %2、%3。</translation>
    </message>
    <message>
        <source>Restoring %1 (%2, %3) replaces the catalog; the current one is kept as a new snapshot. Run again with --yes to restore.</source>
        <translation>%1（%2、%3）を復元するとカタログが置き換えられます。現在のカタログは新しいスナップショットとして保存されます。復元するには --yes を付けて再実行してください。</translation>
    </message>
    <message>
        <source>Restored %1 (%2). There was no catalog to keep aside.</source>
        <translation>%1 (%2) を復元しました。退避するカタログはありませんでした。</translation>
    </message>
    <message>
        <source>Restored %1 (%2). The catalog as it was is kept as snapshot %3.</source>
        <translation>%1 (%2) を復元しました。元のカタログはスナップショット %3 として保存されています。</translation>
    </message>
    <message>
        <source>List the catalog&apos;s snapshots.</source>
        <translation>カタログのスナップショットを一覧表示します。</translation>
    </message>
    <message>
        <source>List the snapshots in the library&apos;s snapshots/ folder, newest first, with what each holds. Works while the app has the library open.</source>
        <translation>ライブラリの snapshots/ フォルダーにあるスナップショットを新しい順に、それぞれの内容とともに一覧表示します。アプリでライブラリを開いていても使えます。</translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog now.</source>
        <translation>今すぐカタログのスナップショットを作成します。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the catalog into snapshots/ (it reads only, so it works while the app has the library open), then remove the oldest snapshots beyond the number to keep (Settings → General, default %1). Stored images a snapshot names stay until no snapshot names them.</source>
        <translation>整合性のあるカタログのコピーを snapshots/ に書き込み（読み取りのみのため、アプリでライブラリを開いていても使えます）、保持する数（設定 → 一般、既定 %1）を超える古いスナップショットを削除します。スナップショットから参照されている保存画像は、どのスナップショットからも参照されなくなるまで残ります。</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default: the app&apos;s setting).</source>
        <translation>最新の N 個のスナップショットを保持します（既定: アプリの設定）。</translation>
    </message>
    <message>
        <source>Put a snapshot back as the catalog.</source>
        <translation>スナップショットをカタログとして戻します。</translation>
    </message>
    <message>
        <source>Replace the catalog by a snapshot (its file name from `snapshot list`, or a unique start of it). The current catalog is kept as a new snapshot first, so a restore can itself be undone. Needs --yes, and the library must not be open in the app.</source>
        <translation>カタログをスナップショット（`snapshot list` で表示されるファイル名、またはその一意な先頭部分）で置き換えます。現在のカタログは先に新しいスナップショットとして保存されるため、復元自体も元に戻せます。--yes が必要で、ライブラリがアプリで開かれていてはいけません。</translation>
    </message>
    <message>
        <source>Restore without asking.</source>
        <translation>確認せずに復元します。</translation>
    </message>
    <message>
        <source>%1 needs --dataset WORKSPACE/DATASET.</source>
        <translation>%1 には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>No item of %1 has tags.</source>
        <translation>%1 にタグの付いた項目はありません。</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>No item of %1 has %2 (tags compare case-insensitively); nothing was changed.</source>
        <translation>%1 に %2 の付いた項目はありません（タグの比較は大文字と小文字を区別しません）。何も変更されていません。</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on %3 item(s) of %4.</source>
        <translation>%4 の項目 %3 件で %1 を「%2」に名前変更しました。</translation>
    </message>
    <message>
        <source>Merged %1 into “%2” on %3 item(s) of %4.</source>
        <translation>%4 の項目 %3 件で %1 を「%2」に統合しました。</translation>
    </message>
    <message>
        <source>Deleted %1 from %2 item(s) of %3.</source>
        <translation>%3 の項目 %2 件から %1 を削除しました。</translation>
    </message>
    <message>
        <source>tags merge needs --into TAG, the tag to merge into.</source>
        <translation>tags merge には統合先のタグ --into TAG が必要です。</translation>
    </message>
    <message>
        <source>captions replace needs --find TEXT and --replace TEXT (--replace &quot;&quot; removes what is found).</source>
        <translation>captions replace には --find TEXT と --replace TEXT が必要です（--replace &quot;&quot; で見つかった部分を削除します）。</translation>
    </message>
    <message>
        <source>  before: %1</source>
        <translation>  変更前: %1</translation>
    </message>
    <message>
        <source>  after:  %1</source>
        <translation>  変更後: %1</translation>
    </message>
    <message>
        <source>skipped    %1 — its caption changed after the preview; left as it is</source>
        <translation>スキップ   %1 — プレビュー後にキャプションが変更されたため、そのままにしました</translation>
    </message>
    <message>
        <source>No caption of the %1 checked in %2 changes.</source>
        <translation>%2 でチェックした %1 件のキャプションに変更はありません。</translation>
    </message>
    <message>
        <source>Would change %1 of %2 caption(s) (dry run: nothing was written).</source>
        <translation>%2 件中 %1 件のキャプションが変更されます（ドライラン: 何も書き込まれていません）。</translation>
    </message>
    <message>
        <source>Changed %1 of %2 caption(s).</source>
        <translation>%2 件中 %1 件のキャプションを変更しました。</translation>
    </message>
    <message>
        <source>List a dataset&apos;s tags, most used first.</source>
        <translation>データセットのタグを使用数の多い順に一覧表示します。</translation>
    </message>
    <message>
        <source>The dataset&apos;s tags with how many items (not in the trash) carry each, most used first. Tags compare case-insensitively. Rename, merge and delete them with the sub-commands below.</source>
        <translation>データセットのタグを、それぞれが付いている項目（ゴミ箱以外）の数とともに、使用数の多い順に表示します。タグの比較は大文字と小文字を区別しません。以下のサブコマンドで名前変更、統合、削除ができます。</translation>
    </message>
    <message>
        <source>Rename a tag on every item of a dataset.</source>
        <translation>データセットのすべての項目でタグの名前を変更します。</translation>
    </message>
    <message>
        <source>Rename a tag on every item of the dataset (the trash included). An item that already has the new name keeps one copy, where the first of the two was. The new name is spelled as given: &quot;cat&quot; to &quot;Cat&quot; respells the tag (a tag has one spelling in the library). Exit code 1 when no item has the tag.</source>
        <translation>データセットのすべての項目（ゴミ箱を含む）でタグの名前を変更します。既に新しい名前のタグを持つ項目では、2 つのうち先にあった位置に 1 つだけ残ります。新しい名前は指定どおりの表記になります。&quot;cat&quot; を &quot;Cat&quot; にするとタグの表記が変わります（ライブラリ内でタグの表記は 1 つです）。そのタグを持つ項目がない場合の終了コードは 1 です。</translation>
    </message>
    <message>
        <source>Merge tags into one on every item of a dataset.</source>
        <translation>データセットのすべての項目でタグを 1 つに統合します。</translation>
    </message>
    <message>
        <source>Replace each of the tags with the --into tag on every item of the dataset (the trash included); an item keeps one copy, where the first of them was. Exit code 1 when no item has any of them.</source>
        <translation>データセットのすべての項目（ゴミ箱を含む）で、各タグを --into のタグに置き換えます。項目には、それらのうち最初にあった位置に 1 つだけ残ります。どのタグを持つ項目もない場合の終了コードは 1 です。</translation>
    </message>
    <message>
        <source>The tag to merge into (new or existing).</source>
        <translation>統合先のタグ（新規または既存）。</translation>
    </message>
    <message>
        <source>Remove tags from every item of a dataset.</source>
        <translation>データセットのすべての項目からタグを削除します。</translation>
    </message>
    <message>
        <source>Remove the tags from every item of the dataset (the trash included). Exit code 1 when no item has any of them.</source>
        <translation>データセットのすべての項目（ゴミ箱を含む）からタグを削除します。どのタグを持つ項目もない場合の終了コードは 1 です。</translation>
    </message>
    <message>
        <source>Find and replace text in a dataset&apos;s captions.</source>
        <translation>データセットのキャプション内のテキストを検索して置換します。</translation>
    </message>
    <message>
        <source>Find and replace in the captions of the dataset&apos;s kept and rejected items (not the trash): prints every change (file name, caption before and after), then writes them unless --dry-run. Case-insensitive unless --case-sensitive. With --regex, --find is a Perl-compatible regular expression and in --replace \1 to \99 insert a capture group, \0 the whole match and \\ a backslash. A changed caption counts as typed by a person (provenance manual). A caption edited between the preview and the write is left alone and listed (exit code 3).</source>
        <translation>データセットの残す項目と除外した項目（ゴミ箱以外）のキャプションで検索と置換を行います。すべての変更（ファイル名、変更前後のキャプション）を表示し、--dry-run でなければ書き込みます。--case-sensitive を指定しない限り大文字と小文字を区別しません。--regex を指定すると --find は Perl 互換の正規表現になり、--replace では \1～\99 でキャプチャグループ、\0 で一致全体、\\ でバックスラッシュを挿入します。変更されたキャプションは人が入力したもの（由来 manual）として扱われます。プレビューと書き込みの間に編集されたキャプションはそのままにして一覧表示します（終了コード 3）。</translation>
    </message>
    <message>
        <source>The text (or, with --regex, the expression) to find.</source>
        <translation>検索するテキスト（--regex の場合は正規表現）。</translation>
    </message>
    <message>
        <source>What to put instead (may be empty).</source>
        <translation>置き換える内容（空でもかまいません）。</translation>
    </message>
    <message>
        <source>--find is a regular expression.</source>
        <translation>--find を正規表現として扱います。</translation>
    </message>
    <message>
        <source>Match case exactly.</source>
        <translation>大文字と小文字を正確に区別します。</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>変更内容を表示するだけにします。</translation>
    </message>
    <message>
        <source>training %1 (task %2): %3</source>
        <translation>学習 %1（タスク %2）: %3</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>new version: %1</source>
        <translation>新しいバージョン: %1</translation>
    </message>
    <message>
        <source>weights: %1</source>
        <translation>重み: %1</translation>
    </message>
    <message>
        <source>GPU time: %1 s</source>
        <translation>GPU 時間: %1 秒</translation>
    </message>
    <message>
        <source>lora: %1 (SHA-256 %2)</source>
        <translation>LoRA: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>training %1 started (task %2); follow it with: loracraft-cli train status %1</source>
        <translation>学習 %1 を開始しました（タスク %2）。進行状況の確認: loracraft-cli train status %1</translation>
    </message>
    <message>
        <source>--input takes KEY=VALUE, not “%1”.</source>
        <translation>--input には KEY=VALUE を指定します。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Stopped waiting; the training goes on on Replicate. Follow it with: loracraft-cli train status %1</source>
        <translation>待機を停止しました。学習は Replicate で継続します。進行状況の確認: loracraft-cli train status %1</translation>
    </message>
    <message>
        <source>train start needs --dataset WORKSPACE/DATASET.</source>
        <translation>train start には --dataset WORKSPACE/DATASET が必要です。</translation>
    </message>
    <message>
        <source>train start needs --trainer (flux or sdxl).</source>
        <translation>train start には --trainer（flux または sdxl）が必要です。</translation>
    </message>
    <message>
        <source>train start needs --destination OWNER/NAME: the Replicate model the training adds a version to.</source>
        <translation>train start には --destination OWNER/NAME（学習によってバージョンが追加される Replicate モデル）が必要です。</translation>
    </message>
    <message>
        <source>train download needs --out DIR: the folder for lora.safetensors.</source>
        <translation>train download には --out DIR（lora.safetensors を保存するフォルダー）が必要です。</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation>トレーナー</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>The dataset to train on.</source>
        <translation>学習するデータセット。</translation>
    </message>
    <message>
        <source>flux (ostris/flux-dev-lora-trainer) or sdxl (stability-ai/sdxl).</source>
        <translation>flux (ostris/flux-dev-lora-trainer) または sdxl (stability-ai/sdxl)。</translation>
    </message>
    <message>
        <source>The Replicate model that receives the trained version.</source>
        <translation>学習したバージョンを受け取る Replicate モデル。</translation>
    </message>
    <message>
        <source>Create the destination model (private) when it does not exist.</source>
        <translation>出力先モデルが存在しない場合は作成します（非公開）。</translation>
    </message>
    <message>
        <source>A trainer input over LoRA Craft&apos;s values, e.g. steps=1500 (repeatable).</source>
        <translation>LoRA Craft の値を上書きするトレーナーの入力（例: steps=1500）。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>Follow the training to its end (exit 0 when it succeeded, 3 when it failed or was canceled).</source>
        <translation>学習の終了まで追跡します（成功した場合の終了コードは 0、失敗またはキャンセルされた場合は 3）。</translation>
    </message>
    <message>
        <source>Train a LoRA on Replicate from a dataset.</source>
        <translation>データセットから Replicate で LoRA を学習します。</translation>
    </message>
    <message>
        <source>Checks the dataset (the export&apos;s pre-flight for the trainer&apos;s layout, at most 100 MB), the token, the trainer&apos;s current version and the destination, then exports the dataset as a ZIP, uploads it to Replicate, starts the training and prints its id. LoRA Craft fills in the trigger word, steps sized to the dataset and the resolution; --input overrides any trainer input. Each stage is recorded: a training interrupted here goes on on Replicate, and train status continues following it. Ctrl+C while waiting stops waiting, not the training (train cancel does).</source>
        <translation>データセット（トレーナーのレイアウトでのエクスポートの事前チェック、最大 100 MB）、トークン、トレーナーの現在のバージョン、出力先をチェックした後、データセットを ZIP としてエクスポートして Replicate にアップロードし、学習を開始してその ID を表示します。LoRA Craft はトリガーワード、データセットに合わせたステップ数、解像度を入力します。--input で任意のトレーナー入力を上書きできます。各段階は記録されます。ここで中断された学習も Replicate では継続し、train status で追跡を再開できます。待機中の Ctrl+C は待機を停止するだけで、学習は停止しません（停止するには train cancel を使います）。</translation>
    </message>
    <message>
        <source>Ask Replicate where a training is.</source>
        <translation>学習の状態を Replicate に問い合わせます。</translation>
    </message>
    <message>
        <source>ID is the training&apos;s id on Replicate (or its task number). Records the answer in the library; --wait follows the training to its end.</source>
        <translation>ID は Replicate 上の学習 ID（またはタスク番号）です。応答をライブラリに記録します。--wait を指定すると学習の終了まで追跡します。</translation>
    </message>
    <message>
        <source>Follow the training to its end.</source>
        <translation>学習の終了まで追跡します。</translation>
    </message>
    <message>
        <source>Cancel a training on Replicate.</source>
        <translation>Replicate の学習をキャンセルします。</translation>
    </message>
    <message>
        <source>Stops the training (and its billing) on Replicate and records how it ended.</source>
        <translation>Replicate の学習（とその課金）を停止し、終了状態を記録します。</translation>
    </message>
    <message>
        <source>The trainings started from this library.</source>
        <translation>このライブラリから開始した学習。</translation>
    </message>
    <message>
        <source>Newest first: task, training id, trainer, destination, status and the version it made.</source>
        <translation>新しい順に、タスク、学習 ID、トレーナー、出力先、状態、作成されたバージョンを表示します。</translation>
    </message>
    <message>
        <source>Only this dataset&apos;s trainings.</source>
        <translation>このデータセットの学習だけを表示します。</translation>
    </message>
    <message>
        <source>Download a trained LoRA.</source>
        <translation>学習した LoRA をダウンロードします。</translation>
    </message>
    <message>
        <source>Downloads the training&apos;s trained_model.tar and extracts lora.safetensors (and SDXL&apos;s embeddings.pti and special_params.json) into --out, all or nothing; prints where and its SHA-256.</source>
        <translation>学習の trained_model.tar をダウンロードし、lora.safetensors（SDXL の場合は embeddings.pti と special_params.json も）を --out に展開します（すべて成功するか何もしないかのどちらか）。保存先とその SHA-256 を表示します。</translation>
    </message>
    <message>
        <source>The folder for the weights (created if missing).</source>
        <translation>重みを保存するフォルダー（なければ作成します）。</translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1.</source>
        <translation>buckets には --trainer（%1 のいずれか）が必要です。</translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1 (not “%2”).</source>
        <translation>buckets には --trainer（%1 のいずれか）が必要です（「%2」ではありません）。</translation>
    </message>
    <message>
        <source>%1  fewer than the batch size</source>
        <translation>%1  バッチサイズ未満</translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s · %5 s left</source>
        <translation>%1/%2 · 失敗 %3 · %4/秒 · 残り %5 秒</translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s</source>
        <translation>%1/%2 · 失敗 %3 · %4/秒</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1%2

%3
</source>
        <translation>使い方: loracraft-cli [--library DIR] [--json] %1%2

%3
</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2

%3
</source>
        <translation>使い方: loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2

%3
</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of the workspace %1 (%2).</source>
        <translation>
            <numerusform>ワークスペース %1 の画像 %n 枚に類似画像はありません（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of %1 (%2).</source>
        <translation>
            <numerusform>%1 の画像 %n 枚に類似画像はありません（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of the workspace %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>ワークスペース %2 の画像 %n 枚に類似画像のグループが %1 個あります（%3）: グループごとに 1 枚を超える画像が %4 枚あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>%2 の画像 %n 枚に類似画像のグループが %1 個あります（%3）: グループごとに 1 枚を超える画像が %4 枚あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash; restore them from the trash in the app.</source>
        <translation>
            <numerusform>%n 枚の画像をゴミ箱に移動しました。アプリのゴミ箱から復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, and %2 more)</source>
        <translation>（%1、ほか %2 件）</translation>
    </message>
    <message>
        <source>imported %1 · already in dataset %2 · duplicates %3 · skipped %4 · %5 in %6 s</source>
        <translation>インポート %1 · データセットに既存 %2 · 重複 %3 · スキップ %4 · %5（%6 秒）</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（キャンセル済み）</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>downloading %1 MB / %2 MB</source>
        <translation>ダウンロード中 %1 MB / %2 MB</translation>
    </message>
    <message>
        <source>extracting %1 MB / %2 MB</source>
        <translation>展開中 %1 MB / %2 MB</translation>
    </message>
    <message>
        <source>downloading %1 MB</source>
        <translation>ダウンロード中 %1 MB</translation>
    </message>
    <message>
        <source>extracting %1 MB</source>
        <translation>展開中 %1 MB</translation>
    </message>
</context>
<context>
    <name>CropTr</name>
    <message>
        <source>Auto-crop of %1/%2</source>
        <translation>%1/%2 の自動切り抜き</translation>
    </message>
    <message>
        <source>Finding subjects</source>
        <translation>被写体を検出中</translation>
    </message>
    <message>
        <source>Canceled; nothing was cropped.</source>
        <translation>キャンセルしました。何も切り抜かれていません。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) proposed</source>
        <translation>%2 枚中 %1 枚の切り抜きを提案</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s)</source>
        <translation>
            <numerusform>読み込めない画像 %n 枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>Quality check of %1/%2</source>
        <translation>%1/%2 の画質チェック</translation>
    </message>
    <message>
        <source>Measuring images</source>
        <translation>画像を計測中</translation>
    </message>
    <message>
        <source>Canceled; the images measured so far are not kept.</source>
        <translation>キャンセルしました。ここまでの計測結果は保存されません。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) measured</source>
        <translation>
            <numerusform>%n 枚の画像を計測</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flagged</source>
        <translation>%2 枚中 %1 枚に問題あり</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable thumbnail(s)</source>
        <translation>
            <numerusform>読み込めないサムネイル %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>highest resolution (%1 × %2)</source>
        <translation>最高解像度（%1 × %2）</translation>
    </message>
    <message>
        <source>same resolution, sharpest</source>
        <translation>同じ解像度で最もシャープ</translation>
    </message>
    <message>
        <source>same resolution and sharpness, largest file (least compressed)</source>
        <translation>解像度とシャープネスが同じで、ファイルが最大（圧縮が最も少ない）</translation>
    </message>
    <message>
        <source>alike in resolution, sharpness and size: the first imported</source>
        <translation>解像度・シャープネス・サイズが同等: 最初にインポートしたもの</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Store image hashes</source>
        <translation>画像のハッシュを保存</translation>
    </message>
    <message>
        <source>Move duplicates to the trash</source>
        <translation>重複をゴミ箱に移動</translation>
    </message>
    <message>
        <source>Keep as not duplicates</source>
        <translation>重複ではないものとして残す</translation>
    </message>
    <message>
        <source>Low resolution</source>
        <translation>低解像度</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>拡大画像</translation>
    </message>
    <message>
        <source>Blurry</source>
        <translation>ぼやけ</translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation>暗すぎ</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>明るすぎ</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>帯</translation>
    </message>
    <message>
        <source>Extreme aspect</source>
        <translation>極端な縦横比</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>圧縮劣化</translation>
    </message>
    <message>
        <source>low resolution (%1 × %2 for a %3 px target)</source>
        <translation>低解像度（目標 %3 px に対して %1 × %2）</translation>
    </message>
    <message>
        <source>looks upscaled (sharp only when reduced; sharpness %1, %2, %3)</source>
        <translation>拡大画像の可能性（縮小時のみシャープ。シャープネス %1、%2、%3）</translation>
    </message>
    <message>
        <source>blurry (sharpness %1, %2, %3)</source>
        <translation>ぼやけ（シャープネス %1、%2、%3）</translation>
    </message>
    <message>
        <source>underexposed (%1 % black, mean %2)</source>
        <translation>露出不足（黒 %1 %、平均 %2）</translation>
    </message>
    <message>
        <source>overexposed (%1 % white, mean %2)</source>
        <translation>露出過多（白 %1 %、平均 %2）</translation>
    </message>
    <message>
        <source>bars around the picture (content %1 % × %2 %)</source>
        <translation>画像の周囲に帯（内容 %1 % × %2 %）</translation>
    </message>
    <message>
        <source>bars around the picture</source>
        <translation>画像の周囲に帯</translation>
    </message>
    <message>
        <source>extreme aspect ratio (%1 × %2)</source>
        <translation>極端な縦横比（%1 × %2）</translation>
    </message>
    <message>
        <source>heavily compressed (%1 bits a pixel)</source>
        <translation>強い圧縮（%1 ビット/ピクセル）</translation>
    </message>
    <message>
        <source>Store quality measurements</source>
        <translation>画質の計測結果を保存</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Edit Caption</source>
        <translation>キャプションを編集</translation>
    </message>
    <message>
        <source>Edit %1 Captions</source>
        <translation>%1 件のキャプションを編集</translation>
    </message>
    <message>
        <source>Replace “%1” in a Caption</source>
        <translation>キャプション内の「%1」を置換</translation>
    </message>
    <message>
        <source>Replace “%1” in %2 Captions</source>
        <translation>%2 件のキャプション内の「%1」を置換</translation>
    </message>
    <message>
        <source>Apply Caption Template to an Image</source>
        <translation>画像にキャプションテンプレートを適用</translation>
    </message>
    <message>
        <source>Apply Caption Template to %1 Images</source>
        <translation>%1 枚の画像にキャプションテンプレートを適用</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo generated captions</source>
        <translation>生成されたキャプションをやり直す</translation>
    </message>
    <message>
        <source>Undo generated captions</source>
        <translation>生成されたキャプションを元に戻す</translation>
    </message>
    <message>
        <source>“%1” was not brought back, so it cannot be deleted again.</source>
        <translation>「%1」は復元されていないため、再度削除できません。</translation>
    </message>
    <message>
        <source>Delete Dataset “%1”</source>
        <translation>データセット「%1」を削除</translation>
    </message>
    <message>
        <source>Restore dataset</source>
        <translation>データセットを復元</translation>
    </message>
    <message>
        <source>Delete Workspace “%1”</source>
        <translation>ワークスペース「%1」を削除</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>ワークスペースを復元</translation>
    </message>
    <message>
        <source>Rename Dataset to “%1”</source>
        <translation>データセット名を「%1」に変更</translation>
    </message>
    <message>
        <source>Rename Workspace to “%1”</source>
        <translation>ワークスペース名を「%1」に変更</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>キャプションを編集</translation>
    </message>
    <message>
        <source>Undo caption edit</source>
        <translation>キャプションの編集を元に戻す</translation>
    </message>
    <message>
        <source>Restore Image from Trash</source>
        <translation>画像をゴミ箱から戻す</translation>
    </message>
    <message>
        <source>Restore %1 Images from Trash</source>
        <translation>%1 枚の画像をゴミ箱から戻す</translation>
    </message>
    <message>
        <source>Keep Image</source>
        <translation>画像を残す</translation>
    </message>
    <message>
        <source>Keep %1 Images</source>
        <translation>%1 枚の画像を残す</translation>
    </message>
    <message>
        <source>Reject Image</source>
        <translation>画像を除外</translation>
    </message>
    <message>
        <source>Reject %1 Images</source>
        <translation>%1 枚の画像を除外</translation>
    </message>
    <message>
        <source>Move Image to Trash</source>
        <translation>画像をゴミ箱に移動</translation>
    </message>
    <message>
        <source>Move %1 Images to Trash</source>
        <translation>%1 枚の画像をゴミ箱に移動</translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation>評価をクリア</translation>
    </message>
    <message>
        <source>Set Rating to %1</source>
        <translation>評価を %1 に設定</translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>タグ「%1」を「%2」に名前変更</translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>タグ「%1」を「%2」に統合</translation>
    </message>
    <message>
        <source>Merge %1 Tags into “%2”</source>
        <translation>%1 個のタグを「%2」に統合</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>タグ「%1」を削除</translation>
    </message>
    <message>
        <source>Delete %1 Tags</source>
        <translation>%1 個のタグを削除</translation>
    </message>
    <message>
        <source>Generate 1 Caption</source>
        <translation>キャプションを 1 件生成</translation>
    </message>
    <message>
        <source>Generate %1 Captions</source>
        <translation>キャプションを %1 件生成</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 · %2 images · %3</source>
        <translation>%1 · 画像 %2 枚 · %3</translation>
    </message>
    <message>
        <source>%1 · canceled; nothing was written</source>
        <translation>%1 · キャンセルしました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>%1 · failed; nothing was written</source>
        <translation>%1 · 失敗しました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>Record the export</source>
        <translation>エクスポートを記録</translation>
    </message>
    <message>
        <source>The pre-flight check found errors; fix them before exporting.</source>
        <translation>事前チェックでエラーが見つかりました。エクスポートする前に修正してください。</translation>
    </message>
    <message>
        <source>Exporting for %1</source>
        <translation>%1 向けにエクスポート中</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or delete it first; an export never overwrites.</source>
        <translation>%1 は既に存在します。新しい名前を選ぶか、先に削除してください。エクスポートで上書きされることはありません。</translation>
    </message>
    <message>
        <source>Removed %1, left by an export that was interrupted.</source>
        <translation>中断されたエクスポートが残した %1 を削除しました。</translation>
    </message>
    <message>
        <source>Found %1, probably left by an interrupted export of an earlier version; it was left alone.</source>
        <translation>以前のバージョンで中断されたエクスポートが残したと思われる %1 が見つかりました。そのままにしてあります。</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written; `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation>%1: %2 何も書き込まれていません。インポート元のファイルがまだ残っていれば、`loracraft-cli fsck --repair` で復元できます。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); the archive itself is complete.</source>
        <translation>%1 を書き込めませんでした（%2）。アーカイブ自体は完成しています。</translation>
    </message>
    <message>
        <source>The resolution %1 does not fit %2&apos;s bucket limits.</source>
        <translation>解像度 %1 は %2 のバケットの制限に合いません。</translation>
    </message>
    <message>
        <source>There is nothing to export: the dataset has no kept images.</source>
        <translation>エクスポートするものがありません。データセットに残す画像がありません。</translation>
    </message>
    <message>
        <source>%1 image(s) are smaller than 64 px on a side.</source>
        <translation>%1 枚の画像は一辺が 64 px 未満です。</translation>
    </message>
    <message>
        <source>%1 caption(s) contain the trigger “%2” inside a longer word: trainers that look for the trigger as text (ai-toolkit, Replicate) take it as present, and Replicate SDXL replaces it inside that word. Reword them, or choose a trigger no word contains.</source>
        <translation>%1 件のキャプションで、トリガー「%2」がより長い単語の一部に含まれています。トリガーをテキストとして探すトレーナー（ai-toolkit、Replicate）はそれを含むとみなし、Replicate SDXL はその単語内で置き換えます。言い換えるか、どの単語にも含まれないトリガーを選んでください。</translation>
    </message>
    <message>
        <source>SimpleTuner will leave out %1 image(s): their area is below the minimum_image_size of %2 × %2 px. Export anyway with “allow drops”, or leave them out.</source>
        <translation>SimpleTuner は %1 枚の画像を除外します。面積が minimum_image_size の %2 × %2 px 未満です。「allow drops」でそのままエクスポートするか、それらを除いてください。</translation>
    </message>
    <message>
        <source>%1 image(s) fit none of the trainer&apos;s buckets and will be left out.</source>
        <translation>%1 枚の画像はトレーナーのどのバケットにも合わないため、除外されます。</translation>
    </message>
    <message>
        <source>%1 crops every image to a %2 × %2 square: %3 image(s) lose more than a tenth of the picture. Crop them yourself (Image → Edit Crop) to choose what stays.</source>
        <translation>%1 はすべての画像を %2 × %2 の正方形に切り抜きます。%3 枚の画像で画像の 1 割以上が失われます。残す部分を選ぶには自分で切り抜いてください（画像 → 切り抜きを編集）。</translation>
    </message>
    <message>
        <source>%2&apos;s buckets cut more than a tenth off %1 image(s) (see the Buckets panel for each one).</source>
        <translation>%2 のバケットにより、%1 枚の画像で 1 割以上が切り落とされます（各画像はバケットパネルで確認できます）。</translation>
    </message>
    <message>
        <source>%2 enlarges %1 image(s) by more than 1.5× to fill its bucket at %3 px; they will train soft.</source>
        <translation>%2 は %1 枚の画像を %3 px のバケットに合わせるため 1.5 倍を超えて拡大します。学習結果がぼやける可能性があります。</translation>
    </message>
    <message>
        <source>%1 has no subsets with their own repeats: %2 image(s) of other subsets are exported with the rest.</source>
        <translation>%1 には独自のリピート数を持つサブセットがありません。他のサブセットの画像 %2 枚は残りと一緒にエクスポートされます。</translation>
    </message>
    <message>
        <source>%1 takes no regularization set: the %2 image(s) of “%3” are left out.</source>
        <translation>%1 は正則化セットに対応していません。「%3」の画像 %2 枚は除外されます。</translation>
    </message>
    <message>
        <source>Caption variants need captions and tags as the source and OneTrainer or SimpleTuner, which read each line as a variant; the captions are written on one line.</source>
        <translation>キャプションのバリエーションを使うには、ソースがキャプションとタグで、各行をバリエーションとして読む OneTrainer または SimpleTuner である必要があります。キャプションは 1 行で書き出されます。</translation>
    </message>
    <message>
        <source>%1 trains at one resolution: its commands use %2 px.</source>
        <translation>%1 は 1 つの解像度で学習します。コマンドでは %2 px を使います。</translation>
    </message>
    <message>
        <source>%1 trains at %2 px and buckets each image itself at every one: the files are sized for %3 px, the largest. Leaving the size to the trainer (Original size) loses nothing.</source>
        <translation>%1 は %2 px で学習し、それぞれの解像度で各画像を自身でバケットに振り分けます。ファイルは最大の %3 px に合わせたサイズになります。サイズをトレーナーに任せても（元のサイズ）失うものはありません。</translation>
    </message>
    <message>
        <source>%1 has no aspect buckets: the files are cropped to its %2 × %2 centre square, as it would do itself.</source>
        <translation>%1 には縦横比バケットがありません。トレーナー自身と同様に、ファイルは中央の %2 × %2 の正方形に切り抜かれます。</translation>
    </message>
    <message>
        <source>%1 caption(s) do not contain the trigger word “%2”.</source>
        <translation>%1 件のキャプションにトリガーワード「%2」が含まれていません。</translation>
    </message>
    <message>
        <source>%1 image(s) have fewer than half the pixels of the %2 × %2 px target (LOW RES).</source>
        <translation>%1 枚の画像は、目標 %2 × %2 px のピクセル数の半分未満です（低解像度）。</translation>
    </message>
    <message>
        <source>%1 image(s) are more than %2 times as long as they are wide.</source>
        <translation>%1 枚の画像は、長さが幅の %2 倍を超えています。</translation>
    </message>
    <message>
        <source>%1 image(s) look upscaled (detail only once reduced).</source>
        <translation>%1 枚の画像は拡大画像のようです（縮小したときにだけ精細）。</translation>
    </message>
    <message>
        <source>%1 image(s) are blurry.</source>
        <translation>%1 枚の画像がぼやけています。</translation>
    </message>
    <message>
        <source>%1 image(s) are underexposed (too dark).</source>
        <translation>%1 枚の画像が露出不足（暗すぎ）です。</translation>
    </message>
    <message>
        <source>%1 image(s) are overexposed (too bright).</source>
        <translation>%1 枚の画像が露出過多（明るすぎ）です。</translation>
    </message>
    <message>
        <source>%1 image(s) have bars around the picture; crop them to their content.</source>
        <translation>%1 枚の画像の周囲に帯があります。内容に合わせて切り抜いてください。</translation>
    </message>
    <message>
        <source>%1 image(s) are heavily compressed JPEGs.</source>
        <translation>%1 枚の画像は強く圧縮された JPEG です。</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (counted with T5&apos;s tokenizer).</source>
        <translation>%1 件のキャプションが T5 の 512 トークンの枠を超えています（T5 のトークナイザーで計数）。</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (estimated: T5&apos;s tokenizer model is not installed).</source>
        <translation>%1 件のキャプションが T5 の 512 トークンの枠を超えています（推定: T5 のトークナイザーモデルがインストールされていません）。</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed CLIP&apos;s 77-token window (75 after its start and end tokens); the rest is cut off.</source>
        <translation>%1 件のキャプションが CLIP の 77 トークンの枠（開始・終了トークンを除くと 75）を超えています。超えた部分は切り捨てられます。</translation>
    </message>
    <message>
        <source>%1 file name(s) collide after sanitizing and get a numeric suffix.</source>
        <translation>%1 個のファイル名が整形後に重複するため、番号の接尾辞が付きます。</translation>
    </message>
    <message>
        <source>%1 image(s) have a non-commercial licence (NC), and the dataset&apos;s notes say the LoRA is for commercial use.</source>
        <translation>%1 枚の画像は非営利ライセンス（NC）ですが、データセットのメモには LoRA を商用利用すると記載されています。</translation>
    </message>
    <message>
        <source>%1 image(s) have a no-derivatives licence (ND): a LoRA trained on them may count as an adaptation.</source>
        <translation>%1 枚の画像は改変禁止ライセンス（ND）です。それらで学習した LoRA は改変物とみなされる可能性があります。</translation>
    </message>
    <message>
        <source>%1 rejected image(s) are left out.</source>
        <translation>除外した画像 %1 枚は含まれません。</translation>
    </message>
    <message>
        <source>Refusing to write an unsafe file name into the export: %1</source>
        <translation>安全でないファイル名をエクスポートに書き込むことはできません: %1</translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation>空いている一時名がありません</translation>
    </message>
    <message>
        <source>it is no longer empty</source>
        <translation>空ではなくなりました</translation>
    </message>
    <message>
        <source>The stored copy of %4 (%1) is damaged: its content hashes to %2 instead of %3. Nothing was written. `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation>%4（%1）の保存されたコピーが破損しています（内容のハッシュが %3 ではなく %2 です）。何も書き込まれていません。インポート元のファイルがまだ残っていれば、`loracraft-cli fsck --repair` で復元できます。</translation>
    </message>
    <message>
        <source>Two export files are named %1.</source>
        <translation>エクスポートファイルのうち 2 つが %1 という名前です。</translation>
    </message>
    <message>
        <source>libzip error %1</source>
        <translation>libzip エラー %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (permission denied).</source>
        <translation>%1 に書き込めません（アクセスが拒否されました）。</translation>
    </message>
    <message>
        <source>Cannot decode %1: %2</source>
        <translation>%1 をデコードできません: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>%1 をエンコードできません: %2</translation>
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
        <translation>トリガーワードが設定されていないため、kohya のフォルダーにはデータセット名が付けられます。</translation>
    </message>
    <message>
        <source>OneTrainer</source>
        <translation>OneTrainer</translation>
    </message>
    <message>
        <source>Replicate Flux trainer (ZIP)</source>
        <translation>Replicate Flux トレーナー (ZIP)</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).</source>
        <translation>%1 枚の画像にキャプションがありません。Replicate が自動でキャプションを付けます（.txt は書き出されません）。</translation>
    </message>
    <message>
        <source>No trigger word is set; Replicate will use “TOK”.</source>
        <translation>トリガーワードが設定されていないため、Replicate は「TOK」を使います。</translation>
    </message>
    <message>
        <source>Replicate SDXL trainer (ZIP)</source>
        <translation>Replicate SDXL トレーナー (ZIP)</translation>
    </message>
    <message>
        <source>SimpleTuner</source>
        <translation>SimpleTuner</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; this trainer needs one for every image.</source>
        <translation>%1 枚の画像にキャプションがありません。このトレーナーではすべての画像にキャプションが必要です。</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; the trainer will use its default caption.</source>
        <translation>%1 枚の画像にキャプションがありません。トレーナーは既定のキャプションを使います。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1 and %2 more. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n 枚の画像で保存されたオリジナルが失われています: %1、ほか %2 件。何も書き込まれていません。`loracraft-cli fsck --repair` を実行してインポート元から復元するか、ゴミ箱に移動してそれらを除いてエクスポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n 枚の画像で保存されたオリジナルが失われています: %1。何も書き込まれていません。`loracraft-cli fsck --repair` を実行してインポート元から復元するか、ゴミ箱に移動してそれらを除いてエクスポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1: %2</source>
        <translation>エクスポートフォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot use the folder %1: %2</source>
        <translation>フォルダー %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>%1 に一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation>アーカイブ %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>truncated or corrupt %1</source>
        <translation>%1 が途中で切れているか破損しています</translation>
    </message>
    <message>
        <source>no header chunk</source>
        <translation>ヘッダーチャンクがありません</translation>
    </message>
    <message>
        <source>the %1 chunk claims %2 but the file has %3 left</source>
        <translation>%1 チャンクのサイズは %2 とされていますが、ファイルの残りは %3 です</translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation>サポートされていない形式です（%1）</translation>
    </message>
    <message>
        <source>%1 is over the %2 MP limit</source>
        <translation>%1 は %2 MP の上限を超えています</translation>
    </message>
    <message>
        <source>%1 would need %2 of memory to decode, over the %3 limit</source>
        <translation>%1 のデコードには %2 のメモリが必要で、上限の %3 を超えます</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>cannot create a thumbnail</source>
        <translation>サムネイルを作成できません</translation>
    </message>
    <message>
        <source>cannot analyse this %1 (%2)</source>
        <translation>この %1 を解析できません（%2）</translation>
    </message>
    <message>
        <source>cannot analyse this %1</source>
        <translation>この %1 を解析できません</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>テキストファイル</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP アーカイブ</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>unknown file type</source>
        <translation>不明なファイル形式</translation>
    </message>
    <message>
        <source>truncated or corrupt %1 (%2)</source>
        <translation>%1 が途中で切れているか破損しています（%2）</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot store image details</source>
        <translation>画像の詳細を保存できません</translation>
    </message>
    <message>
        <source>Cannot add items</source>
        <translation>項目を追加できません</translation>
    </message>
    <message>
        <source>Record the import</source>
        <translation>インポートを記録</translation>
    </message>
    <message>
        <source>Scanning %1 input(s)</source>
        <translation>%1 件の入力をスキャン中</translation>
    </message>
    <message>
        <source>caption updated from the caption file, which changed since the last import</source>
        <translation>前回のインポート以降に変更されたキャプションファイルから、キャプションを更新しました</translation>
    </message>
    <message>
        <source>caption conflict: the caption file differs from the caption edited in LoRA Craft; the edited caption was kept</source>
        <translation>キャプションの競合: キャプションファイルが LoRA Craft で編集したキャプションと異なります。編集したキャプションを残しました</translation>
    </message>
    <message>
        <source>Add imported images</source>
        <translation>インポートした画像を追加</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>identical to %1, which was skipped for the same reason</source>
        <translation>%1 と同一です（同じ理由でスキップされました）</translation>
    </message>
    <message>
        <source>Take the trigger word from the kohya folder</source>
        <translation>kohya のフォルダーからトリガーワードを取得</translation>
    </message>
    <message>
        <source>Set the dataset&apos;s trigger word to “%1” and class to “%2” from the kohya folder “%3”.</source>
        <translation>kohya のフォルダー「%3」から、データセットのトリガーワードを「%1」、クラスを「%2」に設定します。</translation>
    </message>
    <message>
        <source>The kohya folder “%1” suggests the trigger word “%2”; the dataset keeps “%3”.</source>
        <translation>kohya のフォルダー「%1」はトリガーワード「%2」を示していますが、データセットは「%3」のままです。</translation>
    </message>
    <message>
        <source>caption file not read: %1</source>
        <translation>キャプションファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>caption file read as %1 (not UTF-8)</source>
        <translation>キャプションファイルを %1 として読み込みました（UTF-8 ではありません）</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空のファイル（0 バイト）</translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation>サポートされていない形式です（%1）</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>画像ではありません（%1）</translation>
    </message>
    <message>
        <source>%1 content with a .%2 name; imported as %1</source>
        <translation>.%2 という名前の %1 コンテンツです。%1 としてインポートしました</translation>
    </message>
    <message>
        <source>the library&apos;s stored copy of this image was damaged or missing and has been repaired</source>
        <translation>ライブラリに保存されたこの画像のコピーが破損または欠落していたため、修復しました</translation>
    </message>
    <message>
        <source>internal error while reading (%1)</source>
        <translation>読み込み中の内部エラー（%1）</translation>
    </message>
    <message>
        <source>internal error while reading</source>
        <translation>読み込み中の内部エラー</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 件インポート</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 件は既に存在</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 件は重複</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 件はスキップ</translation>
    </message>
    <message>
        <source>%1 captions updated</source>
        <translation>%1 件のキャプションを更新</translation>
    </message>
    <message>
        <source>%1 caption conflicts</source>
        <translation>%1 件のキャプションの競合</translation>
    </message>
    <message>
        <source>%1 damaged images repaired</source>
        <translation>破損した画像 %1 枚を修復</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ファイルまたはフォルダーが存在しません</translation>
    </message>
    <message>
        <source>path too long for the operating system</source>
        <translation>パスがオペレーティングシステムにとって長すぎます</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>シンボリックリンクの階層が深すぎます</translation>
    </message>
    <message>
        <source>cannot read (input/output error: the disk or network drive may be failing)</source>
        <translation>読み込めません（入出力エラー: ディスクまたはネットワークドライブが故障しかけている可能性があります）</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>読み込めません（%1）</translation>
    </message>
    <message>
        <source>larger than the %1 limit (%2)</source>
        <translation>上限 %1 を超えています（%2）</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>通常のファイルではありません（%1）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>リンク切れのシンボリックリンク</translation>
    </message>
    <message>
        <source>folder already scanned (reached again through a symbolic link)</source>
        <translation>スキャン済みのフォルダー（シンボリックリンク経由で再到達）</translation>
    </message>
    <message>
        <source>archive has %1 entries; the limit is %2</source>
        <translation>アーカイブのエントリ数は %1 件で、上限は %2 件です</translation>
    </message>
    <message>
        <source>archive would expand to %1, over the %2 limit (zip bomb?)</source>
        <translation>アーカイブを展開すると %1 になり、上限 %2 を超えます（ZIP 爆弾？）</translation>
    </message>
    <message>
        <source>unsafe path in ZIP (%1)</source>
        <translation>ZIP 内の安全でないパス（%1）</translation>
    </message>
    <message>
        <source>archive inside an archive (not expanded)</source>
        <translation>アーカイブ内のアーカイブ（展開しません）</translation>
    </message>
    <message>
        <source>compression ratio %1:1 is over the %2:1 limit (zip bomb?)</source>
        <translation>圧縮率 %1:1 が上限の %2:1 を超えています（ZIP 爆弾？）</translation>
    </message>
    <message>
        <source>another caption file with the same name; the first one (entry #%1) is used</source>
        <translation>同じ名前のキャプションファイルが他にもあります。最初のもの（エントリ #%1）を使います</translation>
    </message>
    <message>
        <source>the archive has %1 entries named %2; this is entry #%3</source>
        <translation>アーカイブには %2 という名前のエントリが %1 件あります。これはエントリ #%3 です</translation>
    </message>
    <message>
        <source>nothing to import in the archive (%1 hidden or system file(s) ignored)</source>
        <translation>アーカイブ内にインポートするものがありません（隠しファイルまたはシステムファイル %1 個を無視しました）</translation>
    </message>
    <message>
        <source>nothing to import in the archive (no files)</source>
        <translation>アーカイブ内にインポートするものがありません（ファイルなし）</translation>
    </message>
    <message>
        <source>cannot open the archive (%1)</source>
        <translation>アーカイブを開けません（%1）</translation>
    </message>
    <message>
        <source>not a valid ZIP archive (%1)</source>
        <translation>有効な ZIP アーカイブではありません（%1）</translation>
    </message>
    <message>
        <source>damaged archive entry %1</source>
        <translation>破損したアーカイブエントリ %1</translation>
    </message>
    <message>
        <source>the archive marks this name as UTF-8 but it is not; it was read as CP437</source>
        <translation>アーカイブではこの名前が UTF-8 とされていますが、そうではないため CP437 として読み込みました</translation>
    </message>
    <message>
        <source>cannot read the archive entry (%1)</source>
        <translation>アーカイブエントリを読み込めません（%1）</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>damaged archive entry (%1)</source>
        <translation>破損したアーカイブエントリ（%1）</translation>
    </message>
    <message>
        <source>the server has no image at this address (HTTP %1)</source>
        <translation>サーバーのこのアドレスに画像がありません（HTTP %1）</translation>
    </message>
    <message>
        <source>the image host refused the download (HTTP %1)</source>
        <translation>画像ホストがダウンロードを拒否しました（HTTP %1）</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot make a folder for the downloads in %1: %2</source>
        <translation>%1 にダウンロード用のフォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>Record where the images came from</source>
        <translation>画像の取得元を記録</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（キャンセル済み）</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1（エントリ #%2）</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>permission denied or read-only disk</source>
        <translation>アクセスが拒否されたか、読み取り専用のディスクです</translation>
    </message>
    <message>
        <source>The library %1 is locked by a library.lock file that cannot be read or removed. If no LoRA Craft is using this library, delete %2.</source>
        <translation>ライブラリ %1 は、読み込みも削除もできない library.lock ファイルでロックされています。このライブラリを使っている LoRA Craft がなければ、%2 を削除してください。</translation>
    </message>
    <message>
        <source>The library %1 is in use by another LoRA Craft process (%2, PID %3 on %4). Close it first, or use another library with --library.</source>
        <translation>ライブラリ %1 は別の LoRA Craft プロセスで使用中です（%2、PID %3、%4）。先にそれを閉じるか、--library で別のライブラリを使ってください。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>不明なプログラム</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Cannot write in the library folder %1 (%2). LoRA Craft needs write access to its library; fsck can still check it read-only.</source>
        <translation>ライブラリフォルダー %1 に書き込めません（%2）。LoRA Craft にはライブラリへの書き込み権限が必要です。fsck は読み取り専用でもチェックできます。</translation>
    </message>
    <message>
        <source>cannot create library.lock</source>
        <translation>library.lock を作成できません</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>ライブラリ %1 は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). Nothing was changed. Run fsck, and restore catalog.sqlite from a backup.</source>
        <translation>カタログ %1 が破損しています（%2）。何も変更されていません。fsck を実行し、バックアップから catalog.sqlite を復元してください。</translation>
    </message>
    <message>
        <source>The catalog %1 fails its integrity check (%2). Nothing was changed: LoRA Craft does not write into a damaged catalog. Run fsck, and restore a snapshot (loracraft-cli snapshot restore) or a backup.</source>
        <translation>カタログ %1 が整合性チェックに失敗しました（%2）。何も変更されていません。LoRA Craft は破損したカタログには書き込みません。fsck を実行し、スナップショット（loracraft-cli snapshot restore）またはバックアップから復元してください。</translation>
    </message>
    <message>
        <source>No library folder given.</source>
        <translation>ライブラリフォルダーが指定されていません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a library folder. Choose a folder for --library.</source>
        <translation>%1 はライブラリフォルダーではなくファイルです。--library にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The library %1 has stored images but its catalog.sqlite is missing. Restore the catalog from a snapshot (snapshots/) or a backup; LoRA Craft will not create an empty one over your data.</source>
        <translation>ライブラリ %1 には保存画像がありますが、catalog.sqlite がありません。スナップショット（snapshots/）またはバックアップからカタログを復元してください。LoRA Craft はデータの上に空のカタログを作成しません。</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a LoRA Craft library (no catalog.sqlite). Choose an empty or new folder for --library.</source>
        <translation>%1 は空ではなく、LoRA Craft のライブラリでもありません（catalog.sqlite がありません）。--library には空のフォルダーか新しいフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1. Create a workspace to start one, or pass --library with the folder of an existing library.</source>
        <translation>%1 に LoRA Craft のライブラリはありません。ワークスペースを作成して始めるか、既存のライブラリのフォルダーを --library で指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1: %2</source>
        <translation>ライブラリフォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is empty (0 bytes).</source>
        <translation>カタログ %1 は空（0 バイト）です。</translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1.</source>
        <translation>%1 に LoRA Craft のライブラリはありません。</translation>
    </message>
    <message>
        <source>My Workspace</source>
        <translation>マイワークスペース</translation>
    </message>
    <message>
        <source>No quality flag “%1”.</source>
        <translation>画質マーク「%1」はありません。</translation>
    </message>
    <message>
        <source>No bucket engine for “%1”.</source>
        <translation>「%1」のバケットエンジンはありません。</translation>
    </message>
    <message>
        <source>The stored original is missing: exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation>保存されたオリジナルがないため、この画像はエクスポートできません。loracraft-cli fsck --repair を実行してインポート元から復元してください。</translation>
    </message>
    <message>
        <source>The stored original is damaged (its content changed on disk): exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation>保存されたオリジナルが破損している（ディスク上の内容が変化した）ため、この画像はエクスポートできません。loracraft-cli fsck --repair を実行してインポート元から復元してください。</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>ワークスペースを作成</translation>
    </message>
    <message>
        <source>Create a dataset</source>
        <translation>データセットを作成</translation>
    </message>
    <message>
        <source>Change the dataset&apos;s settings</source>
        <translation>データセットの設定を変更</translation>
    </message>
    <message>
        <source>Rename the workspace</source>
        <translation>ワークスペース名を変更</translation>
    </message>
    <message>
        <source>Rename the dataset</source>
        <translation>データセット名を変更</translation>
    </message>
    <message>
        <source>Move the dataset</source>
        <translation>データセットを移動</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>ゴミ箱を空にする</translation>
    </message>
    <message>
        <source>Set crops</source>
        <translation>切り抜きを設定</translation>
    </message>
    <message>
        <source>Delete the workspace</source>
        <translation>ワークスペースを削除</translation>
    </message>
    <message>
        <source>Delete the dataset</source>
        <translation>データセットを削除</translation>
    </message>
    <message>
        <source>Clean up the library</source>
        <translation>ライブラリをクリーンアップ</translation>
    </message>
    <message>
        <source>Duplicate the dataset</source>
        <translation>データセットを複製</translation>
    </message>
    <message>
        <source>Rename or merge tags</source>
        <translation>タグの名前変更または統合</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Change captions</source>
        <translation>キャプションを変更</translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation>項目を編集</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>テーブル %2 の行 %1 が、%3 に存在しない行を参照しています。</translation>
    </message>
    <message>
        <source>The search index is out of step with the items table.</source>
        <translation>検索インデックスが項目テーブルと一致していません。</translation>
    </message>
    <message>
        <source>The stored image is missing.</source>
        <translation>保存画像がありません。</translation>
    </message>
    <message>
        <source>The stored image has %1 bytes; the catalog expects %2.</source>
        <translation>保存画像は %1 バイトですが、カタログでは %2 バイトのはずです。</translation>
    </message>
    <message>
        <source>The stored image is damaged: its content hashes to %1.</source>
        <translation>保存画像が破損しています（内容のハッシュが %1 になっています）。</translation>
    </message>
    <message>
        <source>The catalog lists an object with an invalid name.</source>
        <translation>カタログに無効な名前のオブジェクトがあります。</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>チェックをキャンセルしました。</translation>
    </message>
    <message>
        <source>The catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. gc will not remove these images.</source>
        <translation>カタログには保存画像が記録されていませんが、objects/ には %1 あります。カタログが切り詰められたか置き換えられた可能性があります。スナップショット（loracraft-cli snapshot restore）またはバックアップから復元してください。gc はこれらの画像を削除しません。</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be repaired.</source>
        <translation>ライブラリは読み取り専用で開かれているため、何も修復できません。</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported</source>
        <translation>%1 はインポート後に変更されています</translation>
    </message>
    <message>
        <source>%1: no item uses this image any more; gc removes its entry.</source>
        <translation>%1: この画像を使う項目がなくなりました。gc がエントリを削除します。</translation>
    </message>
    <message>
        <source>%1: no import source is recorded (it came from a ZIP or was pasted); import the image again.</source>
        <translation>%1: インポート元が記録されていません（ZIP から取り込まれたか、貼り付けられたものです）。画像を再度インポートしてください。</translation>
    </message>
    <message>
        <source>%1: cannot be brought back (%2); import the image again.</source>
        <translation>%1: 復元できません（%2）。画像を再度インポートしてください。</translation>
    </message>
    <message>
        <source>The repair was canceled.</source>
        <translation>修復をキャンセルしました。</translation>
    </message>
    <message>
        <source>gc refused: the catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. Nothing was removed.</source>
        <translation>gc を拒否しました: カタログには保存画像が記録されていませんが、objects/ には %1 あります。カタログが切り詰められたか置き換えられた可能性があります。スナップショット（loracraft-cli snapshot restore）またはバックアップから復元してください。何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds at least %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>カタログ %1 は空（0 バイト）ですが、ライブラリには保存画像が少なくとも %n 枚あります。クラッシュ、同期ツール、ディスク容量不足などで切り詰められた可能性があります。スナップショット（loracraft-cli snapshot restore）またはバックアップから復元してください。LoRA Craft は画像がある状態で空のカタログを始めません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>カタログ %1 は空（0 バイト）ですが、ライブラリには保存画像が %n 枚あります。クラッシュ、同期ツール、ディスク容量不足などで切り詰められた可能性があります。スナップショット（loracraft-cli snapshot restore）またはバックアップから復元してください。LoRA Craft は画像がある状態で空のカタログを始めません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Nothing is listening at %1: is the server running?</source>
        <translation>%1 で待ち受けているものがありません。サーバーは起動していますか？</translation>
    </message>
    <message>
        <source>The host %1 was not found (check the address and the network).</source>
        <translation>ホスト %1 が見つかりません（アドレスとネットワークを確認してください）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 が応答前に接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent, before any answer: it may have arrived.</source>
        <translation>リクエスト送信後、応答が届く前に %1 との接続が切れました。リクエストは届いている可能性があります。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1 へのリクエストに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2): check the API key or token.</source>
        <translation>%1 が認証情報を拒否しました（HTTP %2）。API キーまたはトークンを確認してください。</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP 429).</source>
        <translation>%1 から速度を落とすよう要求されました（HTTP 429）。</translation>
    </message>
    <message>
        <source>%1 timed out (HTTP %2).</source>
        <translation>%1 がタイムアウトしました（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 が失敗しました（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 has no %2 (HTTP 404).</source>
        <translation>%1 に %2 はありません（HTTP 404）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404 to %2: %3</source>
        <translation>%1 が %2 に HTTP 404 を返しました: %3</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 がリクエストを拒否しました（HTTP %2）。</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not “%1”.</source>
        <translation>取得できるのは http と https のアドレスだけです（「%1」は不可）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>コンテンツタイプなし</translation>
    </message>
    <message>
        <source>%1 sent %2, not an image.</source>
        <translation>%1 が送ってきたのは画像ではなく %2 です。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 のリダイレクトが %2 回を超えました。</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is less safe (https to http).</source>
        <translation>%1 が安全性の低いアドレスにリダイレクトしました（https から http）。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived.</source>
        <translation>%1 が応答全体を受信する前に接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB and more).</source>
        <translation>%1 は上限の %2 MB を超えています（%3 MB 以上）。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB).</source>
        <translation>%1 は上限の %2 MB を超えています（%3 MB）。</translation>
    </message>
    <message>
        <source>%1 redirected to “%2”, which is not an http or https address.</source>
        <translation>%1 は http でも https でもないアドレス「%2」へリダイレクトしました。</translation>
    </message>
</context>
<context>
    <name>Replicate</name>
    <message>
        <source>Replicate&apos;s answer to %1 is not JSON (%2).</source>
        <translation>%1 に対する Replicate の応答が JSON ではありません（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a Replicate model: use owner/name or owner/name:version (64 hex digits), for example salesforce/blip.</source>
        <translation>「%1」は Replicate のモデルではありません。owner/name または owner/name:version（16 進数 64 桁）の形式で指定してください（例: salesforce/blip）。</translation>
    </message>
    <message>
        <source>Replicate has no model %1/%2 (or it is private to another account).</source>
        <translation>Replicate にモデル %1/%2 はありません（または別のアカウントの非公開モデルです）。</translation>
    </message>
    <message>
        <source>Replicate did not say whose token this is (no username).</source>
        <translation>Replicate がこのトークンの所有者を返しませんでした（username がありません）。</translation>
    </message>
    <message>
        <source>The destination model %1 does not exist, or this token cannot write to it.</source>
        <translation>出力先モデル %1 が存在しないか、このトークンでは書き込めません。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Replicate accepted the upload but did not say where the file is.</source>
        <translation>Replicate はアップロードを受け付けましたが、ファイルの場所を返しませんでした。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Type something to search for.</source>
        <translation>検索する語句を入力してください。</translation>
    </message>
    <message>
        <source>Brave Image Search takes at most %1 characters and %2 words.</source>
        <translation>Brave Image Search で指定できるのは最大 %1 文字、%2 語です。</translation>
    </message>
    <message>
        <source>Brave Image Search cannot filter by licence, and its results carry none. Search Openverse for openly licensed images, or search Brave without a licence filter and check each image at its source.</source>
        <translation>Brave Image Search はライセンスで絞り込めず、結果にもライセンス情報がありません。オープンライセンスの画像は Openverse で検索するか、ライセンスフィルターなしで Brave を検索して、各画像をソースで確認してください。</translation>
    </message>
    <message>
        <source>Brave Image Search needs an API key (api-dashboard.search.brave.com): add it in Settings → Search, or set %1.</source>
        <translation>Brave Image Search には API キー（api-dashboard.search.brave.com）が必要です。設定 → 検索 で追加するか、%1 を設定してください。</translation>
    </message>
    <message>
        <source>Brave Image Search answered something that is not a list of images.</source>
        <translation>Brave Image Search から画像の一覧ではない応答が返されました。</translation>
    </message>
    <message>
        <source>Brave Image Search refused the API key (%1): check it in Settings → Search or %2.</source>
        <translation>Brave Image Search が API キーを拒否しました（%1）。設定 → 検索 または %2 を確認してください。</translation>
    </message>
    <message>
        <source>The Brave Search API key has used up its monthly quota (QUOTA_LIMITED).</source>
        <translation>Brave Search API キーの月間クォータを使い切りました（QUOTA_LIMITED）。</translation>
    </message>
    <message>
        <source>Brave Image Search asked to slow down (%1) and kept refusing: try again in a minute.</source>
        <translation>Brave Image Search から速度を落とすよう要求され（%1）、拒否が続きました。1 分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Brave Image Search refused the search (HTTP %1, %2): %3</source>
        <translation>Brave Image Search が検索を拒否しました（HTTP %1、%2）: %3</translation>
    </message>
    <message>
        <source>“%1” is not a licence Openverse knows. Use %2, or commercial / modification for every licence that allows commercial use / adaptations.</source>
        <translation>「%1」は Openverse が認識するライセンスではありません。%2 を使うか、商用利用可／改変可のすべてのライセンスを表す commercial / modification を使ってください。</translation>
    </message>
    <message>
        <source>Openverse answered something that is not a list of images.</source>
        <translation>Openverse から画像の一覧ではない応答が返されました。</translation>
    </message>
    <message>
        <source>%1 has no more results for this search.</source>
        <translation>%1 にはこの検索の結果がこれ以上ありません。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>%1: rate limited, retrying in %n s</source>
        <translation>
            <numerusform>%1: レート制限のため %n 秒後に再試行します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), retrying in %n s</source>
        <translation>
            <numerusform>%1 に失敗しました（%2）。%n 秒後に再試行します</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown licence</source>
        <translation>不明なライセンス</translation>
    </message>
    <message>
        <source>This image</source>
        <translation>この画像</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400).</source>
        <translation>Openverse が検索を拒否しました（HTTP 400）。</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400): %1</source>
        <translation>Openverse が検索を拒否しました（HTTP 400）: %1</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP %1): anonymous searches get at most %2 results a page and %3 in all.</source>
        <translation>Openverse が検索を拒否しました（HTTP %1）。匿名での検索は 1 ページあたり最大 %2 件、合計 %3 件までです。</translation>
    </message>
    <message numerus="yes">
        <source>Openverse limits anonymous searches and asked to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>Openverse は匿名での検索を制限しており、%n 秒待つよう求めています。後でもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Openverse limits anonymous searches and asked to wait. Try again later.</source>
        <translation>Openverse は匿名での検索を制限しており、待機を求めています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 by %2 is licensed under %3 (%4).</source>
        <translation>%1（作成者: %2）は %3 ライセンスで提供されています（%4）。</translation>
    </message>
    <message>
        <source>%1 by %2 is licensed under %3.</source>
        <translation>%1（作成者: %2）は %3 ライセンスで提供されています。</translation>
    </message>
    <message>
        <source>%1 is licensed under %2 (%3).</source>
        <translation>%1 は %2 ライセンスで提供されています（%3）。</translation>
    </message>
    <message>
        <source>%1 is licensed under %2.</source>
        <translation>%1 は %2 ライセンスで提供されています。</translation>
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation>%1（作成者: %2）（%3）。</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1（作成者: %2）。</translation>
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
        <translation>キーチェーンにエントリ &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>キーチェーンが &quot;%1&quot; へのアクセスを拒否しました: %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys cannot be stored; set them in the environment instead.</source>
        <translation>利用できるキーチェーンがありません（%1）。キーを保存できないため、代わりに環境変数で設定してください。</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>セッションバスに Secret Service がありません</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>syncfs failed</source>
        <translation>syncfs に失敗しました</translation>
    </message>
    <message>
        <source>Cannot store an object without a valid hash.</source>
        <translation>有効なハッシュのないオブジェクトは保存できません。</translation>
    </message>
    <message>
        <source>run fsck to check the library</source>
        <translation>fsck を実行してライブラリをチェックしてください</translation>
    </message>
    <message>
        <source>The stored image %1 is damaged: its content hashes to %2. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation>保存画像 %1 が破損しています（内容のハッシュが %2 になっています）。修復するにはオリジナルを再度インポートしてください（fsck で破損したすべての画像が一覧表示されます）。</translation>
    </message>
    <message>
        <source>Cannot flush stored images to disk in %1: %2</source>
        <translation>%1 の保存画像をディスクに書き出せません: %2</translation>
    </message>
    <message>
        <source>Stored image is missing: %1: %2</source>
        <translation>保存画像が見つかりません: %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>The trainer&apos;s version does not describe its inputs.</source>
        <translation>このトレーナーのバージョンは入力を記述していません。</translation>
    </message>
    <message>
        <source>%1: the trainer has no such input</source>
        <translation>%1: トレーナーにそのような入力はありません</translation>
    </message>
    <message>
        <source>%1: a number is needed</source>
        <translation>%1: 数値を指定してください</translation>
    </message>
    <message>
        <source>%1: a whole number is needed</source>
        <translation>%1: 整数を指定してください</translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation>%1: %2 以上</translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation>%1: %2 以下</translation>
    </message>
    <message>
        <source>%1: true or false</source>
        <translation>%1: true または false</translation>
    </message>
    <message>
        <source>%1: one of %2</source>
        <translation>%1: %2 のいずれか</translation>
    </message>
    <message>
        <source>%1: text is needed</source>
        <translation>%1: テキストを指定してください</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: 必須</translation>
    </message>
    <message>
        <source>The trainer does not take these inputs:
%1</source>
        <translation>トレーナーは次の入力を受け付けません:
%1</translation>
    </message>
    <message>
        <source>Stopped following the training</source>
        <translation>学習の追跡を停止しました</translation>
    </message>
    <message>
        <source>Canceled before the training started</source>
        <translation>学習の開始前にキャンセルしました</translation>
    </message>
    <message>
        <source>The training was not started</source>
        <translation>学習は開始されませんでした</translation>
    </message>
    <message>
        <source>Stopped following; the training goes on on Replicate</source>
        <translation>追跡を停止しました。学習は Replicate で継続します</translation>
    </message>
    <message>
        <source>Trained %1</source>
        <translation>%1 を学習しました</translation>
    </message>
    <message>
        <source>Extracting the LoRA</source>
        <translation>LoRA を展開中</translation>
    </message>
    <message>
        <source>Downloading the weights</source>
        <translation>重みをダウンロード中</translation>
    </message>
    <message>
        <source>Download canceled; nothing was kept</source>
        <translation>ダウンロードをキャンセルしました。何も保存されていません</translation>
    </message>
    <message>
        <source>The weights were not downloaded</source>
        <translation>重みはダウンロードされませんでした</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Making images with the new LoRA</source>
        <translation>新しい LoRA で画像を生成中</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>画像は生成されませんでした</translation>
    </message>
    <message>
        <source>Exporting the dataset</source>
        <translation>データセットをエクスポート中</translation>
    </message>
    <message>
        <source>Uploading the dataset</source>
        <translation>データセットをアップロード中</translation>
    </message>
    <message>
        <source>Starting the training</source>
        <translation>学習を開始中</translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation>学習中、%1 %</translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation>GPU を待機中</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Trained: %1</source>
        <translation>学習完了: %1</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>%1 を学習中</translation>
    </message>
    <message>
        <source>Record the training&apos;s progress</source>
        <translation>学習の進行状況を記録</translation>
    </message>
    <message>
        <source>Record the training&apos;s end</source>
        <translation>学習の終了を記録</translation>
    </message>
    <message>
        <source>“%1” is not a trainer; use one of: %2.</source>
        <translation>「%1」はトレーナーではありません。%2 のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The destination is a model (owner/name), not a version.</source>
        <translation>出力先はバージョンではなくモデル（owner/name）です。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation>データセットに学習する画像がありません。</translation>
    </message>
    <message>
        <source>The dataset cannot be exported for %1: %2</source>
        <translation>データセットを %1 向けにエクスポートできません: %2</translation>
    </message>
    <message>
        <source>Replicate lists no version of the trainer %1.</source>
        <translation>Replicate にトレーナー %1 のバージョンがありません。</translation>
    </message>
    <message>
        <source>LoRA trained with LoRA Craft from %1/%2</source>
        <translation>%1/%2 から LoRA Craft で学習した LoRA</translation>
    </message>
    <message>
        <source>The destination model %1 does not exist: create it on replicate.com, or let LoRA Craft create it (--create-destination).</source>
        <translation>出力先モデル %1 は存在しません。replicate.com で作成するか、LoRA Craft に作成させてください（--create-destination）。</translation>
    </message>
    <message>
        <source>Record the training</source>
        <translation>学習を記録</translation>
    </message>
    <message>
        <source>Training %1 on %2</source>
        <translation>%2 で %1 を学習中</translation>
    </message>
    <message>
        <source>Task #%1 is not a training.</source>
        <translation>タスク #%1 は学習ではありません。</translation>
    </message>
    <message>
        <source>Canceled before the training started.</source>
        <translation>学習の開始前にキャンセルしました。</translation>
    </message>
    <message>
        <source>The dataset&apos;s ZIP is %1 MB; Replicate takes at most 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them.</source>
        <translation>データセットの ZIP は %1 MB ですが、Replicate の上限は 100 MB です。より小さな画像（LoRA には長辺 1024 または 1536 px で十分です）をエクスポートするか、枚数を減らしてください。</translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation>エクスポート %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Uploading the dataset, %1 %</source>
        <translation>データセットをアップロード中、%1 %</translation>
    </message>
    <message>
        <source>Uploading the dataset again (try %1 of %2), %3 %</source>
        <translation>データセットを再アップロード中（%2 回中 %1 回目）、%3 %</translation>
    </message>
    <message>
        <source>The upload failed %1 times (%2). Nothing was started on Replicate; start the training again when the connection is back.</source>
        <translation>アップロードに %1 回失敗しました（%2）。Replicate では何も開始されていません。接続が回復したら学習を再度開始してください。</translation>
    </message>
    <message>
        <source>Training %1 has no weights: it is %2.</source>
        <translation>学習 %1 には重みがありません。状態は %2 です。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Replicate did not say where training %1&apos;s weights are.</source>
        <translation>Replicate が学習 %1 の重みの場所を返しませんでした。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Record the downloaded weights</source>
        <translation>ダウンロードした重みを記録</translation>
    </message>
    <message>
        <source>Weights in %1</source>
        <translation>重みの保存先: %1</translation>
    </message>
    <message>
        <source>Only a training that succeeded has a version to try.</source>
        <translation>試せるバージョンがあるのは成功した学習だけです。</translation>
    </message>
    <message>
        <source>Replicate did not name the new version of %1.</source>
        <translation>Replicate が %1 の新しいバージョン名を返しませんでした。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The prediction ended %1.</source>
        <translation>予測は %1 で終了しました。</translation>
    </message>
    <message>
        <source>The prediction gave no image.</source>
        <translation>予測で画像が生成されませんでした。</translation>
    </message>
    <message>
        <source>Cannot save the image: %1</source>
        <translation>画像を保存できません: %1</translation>
    </message>
    <message>
        <source>Record a sample of the trained LoRA</source>
        <translation>学習した LoRA のサンプルを記録</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made with %1</source>
        <translation>
            <numerusform>%1 で %n 枚の画像を生成しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 prompts failed: %3</source>
        <translation>%2 個中 %1 個のプロンプトが失敗しました: %3</translation>
    </message>
    <message>
        <source>No training %1 in this library (train list shows them).</source>
        <translation>このライブラリに学習 %1 はありません（train list で一覧表示できます）。</translation>
    </message>
    <message>
        <source>“%1” is not a trainer.</source>
        <translation>「%1」はトレーナーではありません。</translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate (or set REPLICATE_API_TOKEN).</source>
        <translation>Replicate のトークンがありません。設定 → Replicate で追加してください（または REPLICATE_API_TOKEN を設定してください）。</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</source>
        <translation>
            <numerusform>Replicate のトレーナーのページによると、%1 ステップで H100 上約 %n 分です。GPU 時間 1 秒単位で課金されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the header at byte %1)</source>
        <translation>途中で切れています（バイト %1 のヘッダー内で終わっています）</translation>
    </message>
    <message>
        <source>the header at byte %1 is damaged (bad checksum)</source>
        <translation>バイト %1 のヘッダーが破損しています（チェックサム不正）</translation>
    </message>
    <message>
        <source>the header at byte %1 has an unreadable size</source>
        <translation>バイト %1 のヘッダーのサイズを読み取れません</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the extended header at byte %1)</source>
        <translation>途中で切れています（バイト %1 の拡張ヘッダー内で終わっています）</translation>
    </message>
    <message>
        <source>the extended header at byte %1 is implausibly large (%2 bytes)</source>
        <translation>バイト %1 の拡張ヘッダーが異常に大きいです（%2 バイト）</translation>
    </message>
    <message>
        <source>the extended header at byte %1 is damaged</source>
        <translation>バイト %1 の拡張ヘッダーが破損しています</translation>
    </message>
    <message>
        <source>the extended header of %1 has an unreadable size</source>
        <translation>%1 の拡張ヘッダーのサイズを読み取れません</translation>
    </message>
    <message>
        <source>it is truncated (%1 has %2 bytes, the archive holds %3 of them)</source>
        <translation>途中で切れています（%1 は %2 バイトですが、アーカイブには %3 バイトしかありません）</translation>
    </message>
    <message>
        <source>it is truncated (it ends after an extended header)</source>
        <translation>途中で切れています（拡張ヘッダーの後で終わっています）</translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation>アーカイブにファイルがありません</translation>
    </message>
    <message>
        <source>the archive holds %1</source>
        <translation>アーカイブの内容: %1</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside %1)</source>
        <translation>途中で切れています（%1 の内部で終わっています）</translation>
    </message>
    <message>
        <source>Cannot read the weights archive %1: %2</source>
        <translation>重みのアーカイブ %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message numerus="yes">
        <source>the archive holds %1 and %n more file(s)</source>
        <translation>
            <numerusform>アーカイブの内容: %1、ほか %n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>No trained weights (lora.safetensors or unet.safetensors) in %1: %2</source>
        <translation>%1 に学習済みの重み（lora.safetensors または unet.safetensors）がありません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Util</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>ディスククォータを超えました</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>パスが長すぎます</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ファイルまたはフォルダーが存在しません</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation>入出力エラー（ディスクが故障しかけている可能性があります）</translation>
    </message>
    <message>
        <source>a file with that name exists</source>
        <translation>同じ名前のファイルが存在します</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>permission denied or the parent is not a folder</source>
        <translation>アクセスが拒否されたか、親がフォルダーではありません</translation>
    </message>
    <message>
        <source>flush failed</source>
        <translation>フラッシュに失敗しました</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>名前の変更に失敗しました</translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged: its content hashes to %2 instead of %3. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation>保存されたコピー %1 が破損しています（内容のハッシュが %3 ではなく %2 です）。修復するにはオリジナルを再度インポートしてください（fsck で破損したすべての画像が一覧表示されます）。</translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged.</source>
        <translation>保存されたコピー %1 が破損しています。</translation>
    </message>
    <message>
        <source>copy failed</source>
        <translation>コピーに失敗しました</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot open folder %1: %2</source>
        <translation>フォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot sync folder %1: %2</source>
        <translation>フォルダー %1 を同期できません: %2</translation>
    </message>
    <message>
        <source>Not a folder: %1: %2</source>
        <translation>フォルダーではありません: %1: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>%1 に一時ファイルを作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot move a file into place at %1: %2</source>
        <translation>ファイルを所定の場所 %1 に移動できません: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot move into place at %1: %2</source>
        <translation>所定の場所 %1 に移動できません: %2</translation>
    </message>
</context>
<context>
    <name>lc::ExportJob</name>
    <message>
        <source>Export of %1 for %2</source>
        <translation>%2 向け %1 のエクスポート</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>アーカイブを書き込み中</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>画像を準備中</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Failed; nothing was written.</source>
        <translation>失敗しました。何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) · %1</source>
        <translation>
            <numerusform>画像 %n 枚 · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ImportJob</name>
    <message>
        <source>Download images</source>
        <translation>画像をダウンロード</translation>
    </message>
    <message>
        <source>Download into %1</source>
        <translation>%1 にダウンロード</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>%1 にインポート</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>スキャン中</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message numerus="yes">
        <source>Downloading (%n failed)</source>
        <translation>
            <numerusform>ダウンロード中（%n 件失敗）</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
</context>
<context>
    <name>lc::Job</name>
    <message>
        <source>Canceled before it started</source>
        <translation>開始前にキャンセルされました</translation>
    </message>
</context>
<context>
    <name>lc::JobManager</name>
    <message>
        <source>Record interrupted tasks</source>
        <translation>中断されたタスクを記録</translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation>中断: タスクの完了前に LoRA Craft が終了しました。</translation>
    </message>
</context>
<context>
    <name>lc::search::SearchService</name>
    <message>
        <source>There is no search provider named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前の検索プロバイダーはありません。</translation>
    </message>
</context>
<context>
    <name>lc::ui::AboutDialog</name>
    <message>
        <source>About LoRA Craft</source>
        <translation>LoRA Craft について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LoRA Craft %1&lt;/h2&gt;&lt;p&gt;Turn folders of images into training-ready LoRA datasets.&lt;/p&gt;&lt;p&gt;Commit %2, built %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries at run time&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;&lt;p&gt;&lt;b&gt;Bundled&lt;/b&gt;&lt;br&gt;LoRA Craft and its icons: MIT licence.&lt;br&gt;CLIP tokenizer vocabulary and merges: MIT licence, © OpenAI.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/loracraft/loracraft&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;https://github.com/loracraft/loracraft/issues&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Log: %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LoRA Craft %1&lt;/h2&gt;&lt;p&gt;画像フォルダーを学習用の LoRA データセットに変換します。&lt;/p&gt;&lt;p&gt;コミット %2、ビルド日 %3。&lt;/p&gt;&lt;p&gt;&lt;b&gt;実行時のライブラリ&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;&lt;p&gt;&lt;b&gt;同梱物&lt;/b&gt;&lt;br&gt;LoRA Craft とアイコン: MIT ライセンス。&lt;br&gt;CLIP トークナイザーの語彙とマージ: MIT ライセンス、© OpenAI。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/loracraft/loracraft&quot;&gt;Web サイト&lt;/a&gt; · &lt;a href=&quot;https://github.com/loracraft/loracraft/issues&quot;&gt;問題を報告&lt;/a&gt;&lt;/p&gt;&lt;p&gt;ログ: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the log folder cannot be written)</source>
        <translation>なし（ログフォルダーに書き込めません）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the version and the libraries&apos; versions, for a bug report</source>
        <translation>不具合報告用に、バージョンとライブラリのバージョンをコピーします</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>lc::ui::AutoCropOptionsDialog</name>
    <message numerus="yes">
        <source>The %n selected image(s)</source>
        <translation>
            <numerusform>選択した画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kept image of the dataset</source>
        <translation>データセット内の残すすべての画像</translation>
    </message>
    <message>
        <source>Auto-Crop</source>
        <translation>自動切り抜き</translation>
    </message>
    <message>
        <source>Nearest bucket of the trainer</source>
        <translation>トレーナーの最も近いバケット</translation>
    </message>
    <message>
        <source>Faces, else the most salient region</source>
        <translation>顔（なければ最も目立つ領域）</translation>
    </message>
    <message>
        <source>The most salient region</source>
        <translation>最も目立つ領域</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Each image gets the largest crop of the target shape, placed to keep its subject: every face together (never cut through one), else the most salient region, else the centre. Nothing is written until you accept the proposals.</source>
        <translation>各画像は、目標の形で最大の切り抜き範囲を、被写体が収まる位置に配置します。すべての顔をまとめて収め（顔の途中で切ることはありません）、顔がなければ最も目立つ領域、それもなければ中央に配置します。提案を承認するまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>トレーナー:</translation>
    </message>
    <message>
        <source>Keep in frame:</source>
        <translation>フレーム内に残す:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <source>Propose Crops</source>
        <translation>切り抜きを提案</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketHistogram</name>
    <message>
        <source>No images to bucket</source>
        <translation>バケットに振り分ける画像がありません</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>解像度 %1</translation>
    </message>
    <message>
        <source>Click to show these images in the grid.</source>
        <translation>クリックするとこれらの画像をグリッドに表示します。</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketItemsModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>At</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>切り落とし</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>拡大</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketsPanel</name>
    <message numerus="yes">
        <source>%1 at %2: %n image(s), %3 step(s) per epoch</source>
        <translation>
            <numerusform>%1（%2）: 画像 %n 枚、エポックあたり %3 ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer images than the batch size: a short batch every epoch.</source>
        <translation>画像がバッチサイズより少ないため、毎エポック不完全なバッチになります。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外される</translation>
    </message>
    <message>
        <source>upscaled</source>
        <translation>拡大される</translation>
    </message>
    <message>
        <source>Show in Grid</source>
        <translation>グリッドに表示</translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate, exactly as its source computes it</source>
        <translation>バケット振り分けをシミュレートするトレーナー（ソースコードと同じ方法で計算します）</translation>
    </message>
    <message>
        <source>Training resolutions, comma-separated (512,768,1024); empty: as the export configures the trainer for the dataset&apos;s target</source>
        <translation>学習解像度（カンマ区切り: 512,768,1024）。空欄の場合、エクスポートがデータセットの目標に合わせてトレーナーに設定する値を使います</translation>
    </message>
    <message>
        <source>Batches are formed inside a bucket: buckets with fewer images make short batches</source>
        <translation>バッチはバケット内で作られます。画像の少ないバケットは不完全なバッチになります</translation>
    </message>
    <message>
        <source>Dim on each grid tile what the trainer will cut off (%1)</source>
        <translation>トレーナーが切り落とす部分を各グリッドタイル上で暗く表示します（%1）</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>トレーナー:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ:</translation>
    </message>
    <message>
        <source>Double-click an image to select it in the grid</source>
        <translation>画像をダブルクリックするとグリッドで選択します</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>データセットを選択してください。</translation>
    </message>
    <message>
        <source>Resolutions are numbers from 64 to 8192, comma-separated (for example 512,768,1024).</source>
        <translation>解像度は 64～8192 の数値をカンマで区切って指定します（例: 512,768,1024）。</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>シミュレート中…</translation>
    </message>
    <message>
        <source>Cannot simulate the buckets: %1</source>
        <translation>バケットをシミュレートできません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>バケット %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) per epoch at batch size %1</source>
        <translation>
            <numerusform>バッチサイズ %1 でエポックあたり %n ステップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) with fewer images than the batch size</source>
        <translation>
            <numerusform>画像がバッチサイズより少ないバケット %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) upscaled</source>
        <translation>
            <numerusform>拡大される配置 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) left out by the trainer (too small)</source>
        <translation>
            <numerusform>トレーナーに除外される配置 %n 件（小さすぎ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to show its images in the grid.</source>
        <translation>バーをクリックするとその画像をグリッドに表示します。</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionActions</name>
    <message>
        <source>Caption Images…</source>
        <translation>画像のキャプションを生成…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Find and Replace in Captions…</source>
        <translation>キャプションの検索と置換…</translation>
    </message>
    <message>
        <source>Apply Caption Template…</source>
        <translation>キャプションテンプレートを適用…</translation>
    </message>
    <message>
        <source>Generate captions with a vision model (local server or Replicate)</source>
        <translation>ビジョンモデル（ローカルサーバーまたは Replicate）でキャプションを生成します</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>先にデータセットを選択してください。</translation>
    </message>
    <message>
        <source>%1 captions changed; %2 were edited meanwhile and kept.</source>
        <translation>%1 件のキャプションを変更しました。%2 件はその間に編集されていたため、そのまま残しました。</translation>
    </message>
    <message>
        <source>Select a dataset to caption.</source>
        <translation>キャプションを生成するデータセットを選択してください。</translation>
    </message>
    <message>
        <source>Choose a captioning model first (Settings → Captioning).</source>
        <translation>先にキャプション生成モデルを選択してください（設定 → キャプション生成）。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Replace All Captions?</source>
        <translation>すべてのキャプションを置き換えますか？</translation>
    </message>
    <message>
        <source>Every caption in scope is replaced with a generated one, including captions you typed or imported. Edit → Undo brings them back.</source>
        <translation>対象となるすべてのキャプションが生成されたキャプションに置き換えられます。入力またはインポートしたキャプションも含まれます。編集 → 元に戻す で復元できます。</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>すべて置き換え</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>再開できません: %1</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>キャプション生成に失敗しました: %1</translation>
    </message>
    <message>
        <source>Captioning: %1</source>
        <translation>キャプション生成: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>キャプション生成</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionDialog</name>
    <message>
        <source>Caption Images</source>
        <translation>画像のキャプションを生成</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message numerus="yes">
        <source>Selected images (%n)</source>
        <translation>
            <numerusform>選択した画像（%n 枚）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images shown in the grid (%n)</source>
        <translation>
            <numerusform>グリッドに表示中の画像（%n 枚）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every active image of %1 (%n)</source>
        <translation>
            <numerusform>%1 の有効なすべての画像（%n 枚）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill empty captions</source>
        <translation>空のキャプションを埋める</translation>
    </message>
    <message>
        <source>Replace generated captions</source>
        <translation>生成されたキャプションを置き換える</translation>
    </message>
    <message>
        <source>Append to captions</source>
        <translation>キャプションに追記</translation>
    </message>
    <message>
        <source>Replace all captions</source>
        <translation>すべてのキャプションを置き換える</translation>
    </message>
    <message>
        <source>Only images without a caption get one. Nothing is overwritten.</source>
        <translation>キャプションのない画像にのみ付けます。何も上書きされません。</translation>
    </message>
    <message>
        <source>Empty captions and captions a model wrote are (re)generated. Captions you typed or imported stay.</source>
        <translation>空のキャプションと、モデルが書いたキャプションを（再）生成します。入力またはインポートしたキャプションはそのまま残ります。</translation>
    </message>
    <message>
        <source>The model&apos;s caption is added after the existing one.</source>
        <translation>モデルのキャプションを既存のキャプションの後ろに追加します。</translation>
    </message>
    <message>
        <source>Every caption is replaced, including ones you typed. You will be asked to confirm; Undo brings them back.</source>
        <translation>入力したものも含め、すべてのキャプションを置き換えます。確認が求められ、元に戻すで復元できます。</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>バックエンド:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>キャプション:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Start Captioning</source>
        <translation>キャプション生成を開始</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>No model is set yet: open Settings… to choose a server and a model.</source>
        <translation>モデルが未設定です。設定… を開いてサーバーとモデルを選択してください。</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 in flight</source>
        <translation>%1（%2）· 同時実行 %3</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionEditDialog</name>
    <message>
        <source>Selected images (%1)</source>
        <translation>選択した画像（%1 枚）</translation>
    </message>
    <message>
        <source>Every image of %1</source>
        <translation>%1 のすべての画像</translation>
    </message>
    <message>
        <source>Find and Replace in Captions</source>
        <translation>キャプションの検索と置換</translation>
    </message>
    <message>
        <source>Apply Caption Template</source>
        <translation>キャプションテンプレートを適用</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement is the first group)</source>
        <translation>正規表現（置換文字列の \1 は最初のグループ）</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>置換後:</translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation>{trigger}、{class}、{tags}、{filename}、{caption} は画像ごとに置き換えられます。</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Type what to find.</source>
        <translation>検索する文字列を入力してください。</translation>
    </message>
    <message>
        <source>Type a template.</source>
        <translation>テンプレートを入力してください。</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>%1 of %2 captions change.</source>
        <translation>%2 件中 %1 件のキャプションが変更されます。</translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>最初の %1 件を表示しています。</translation>
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
        <translation>llama.cpp サーバー</translation>
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
        <translation>更新</translation>
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
        <translation>「The image shows」のような書き出しを取り除く</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>1 行にする</translation>
    </message>
    <message>
        <source>Trigger word first</source>
        <translation>トリガーワードを先頭に</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server</source>
        <translation>ローカルまたは OpenAI 互換サーバー</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>その他のサーバー</translation>
    </message>
    <message>
        <source>e.g. llava:13b, qwen2.5vl:7b, gemma3:12b</source>
        <translation>例: llava:13b, qwen2.5vl:7b, gemma3:12b</translation>
    </message>
    <message>
        <source>Ask the server which models it has (GET /models)</source>
        <translation>サーバーに利用可能なモデルを問い合わせます（GET /models）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>ベース URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>owner/name or owner/name:version</source>
        <translation>owner/name または owner/name:version</translation>
    </message>
    <message>
        <source>none (the model takes no prompt)</source>
        <translation>なし（モデルがプロンプトを受け付けない）</translation>
    </message>
    <message>
        <source>Replicate model:</source>
        <translation>Replicate モデル:</translation>
    </message>
    <message>
        <source>Image input:</source>
        <translation>画像入力:</translation>
    </message>
    <message>
        <source>Prompt input:</source>
        <translation>プロンプト入力:</translation>
    </message>
    <message>
        <source>Extra inputs (JSON):</source>
        <translation>追加入力 (JSON):</translation>
    </message>
    <message>
        <source>optional, e.g. OPENROUTER_API_KEY</source>
        <translation>任意。例: OPENROUTER_API_KEY</translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation>{trigger}、{class}、{tags}、{filename}、{caption} は画像ごとに置き換えられます。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>Caption with:</source>
        <translation>キャプション生成:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Key from variable:</source>
        <translation>キーを読む変数:</translation>
    </message>
    <message>
        <source>Prompt and requests</source>
        <translation>プロンプトとリクエスト</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>プロンプト:</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>最大トークン数:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度:</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>同時実行数:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <source>Image long side:</source>
        <translation>画像の長辺:</translation>
    </message>
    <message>
        <source>Clean-up of answers</source>
        <translation>応答の整形</translation>
    </message>
    <message>
        <source>Length cap:</source>
        <translation>最大長:</translation>
    </message>
    <message>
        <source>Replicate API token (r8_…)</source>
        <translation>Replicate API トークン (r8_…)</translation>
    </message>
    <message>
        <source>only for servers that need one</source>
        <translation>必要なサーバーの場合のみ</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>キーチェーンを確認中…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it; clear the field and save to remove it.</source>
        <translation>キーチェーンにキーが保存されています。置き換えるには新しいキーを入力し、削除するには欄を空にして保存してください。</translation>
    </message>
    <message>
        <source>No key stored. Keys are kept in the system keychain, never in a settings file.</source>
        <translation>キーは保存されていません。キーは設定ファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>••••••••（保存済み）</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s models: %1</source>
        <translation>サーバーのモデル一覧を取得できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>サーバーには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending a test image…</source>
        <translation>テスト画像を送信中…</translation>
    </message>
    <message>
        <source>Works: %1 answered in %2 s: “%3”</source>
        <translation>成功: %1 が %2 秒で応答しました:「%3」</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::CollectPanel</name>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>licence unknown</source>
        <translation>ライセンス不明</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>すべてのライセンス</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>商用利用可</translation>
    </message>
    <message>
        <source>Commercial use and changes allowed</source>
        <translation>商用利用・改変可</translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation>改変可</translation>
    </message>
    <message>
        <source>Public domain (CC0, PDM)</source>
        <translation>パブリックドメイン (CC0, PDM)</translation>
    </message>
    <message>
        <source>CC0, PDM or CC BY</source>
        <translation>CC0、PDM または CC BY</translation>
    </message>
    <message>
        <source>CC0, PDM, CC BY or CC BY-SA</source>
        <translation>CC0、PDM、CC BY または CC BY-SA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Safe search</source>
        <translation>セーフサーチ</translation>
    </message>
    <message>
        <source>Set API Key…</source>
        <translation>API キーを設定…</translation>
    </message>
    <message>
        <source>Search openly licensed images…</source>
        <translation>オープンライセンスの画像を検索…</translation>
    </message>
    <message>
        <source>Only images under these licences. NC licences forbid commercial use, ND licences forbid adaptations: a LoRA trained on an image is arguably one.</source>
        <translation>これらのライセンスの画像だけを対象にします。NC ライセンスは商用利用を、ND ライセンスは改変を禁止しています。画像で学習した LoRA は改変物とみなされる可能性があります。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>すべてのサイズ</translation>
    </message>
    <message>
        <source>The shorter side at least this long: results known to be smaller are left out.</source>
        <translation>短辺の最小の長さ。これより小さいことが分かっている結果は除外されます。</translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation>すべての形</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>縦長</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>横長</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Search Openverse for openly licensed images, select the ones you want, and add them to the dataset on screen with their licences.</source>
        <translation>Openverse でオープンライセンスの画像を検索し、必要なものを選んで、表示中のデータセットにライセンス情報とともに追加します。</translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation>ソースページを開く</translation>
    </message>
    <message>
        <source>Open Licence</source>
        <translation>ライセンスを開く</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 (the results so far stay)</source>
        <translation>%1（ここまでの結果は残ります）</translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation>見つかりませんでした。別の語句を使うか、フィルターを減らしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n of about %1</source>
        <translation>
            <numerusform>結果: 約 %1 件中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>結果: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller than the minimum size left out</source>
        <translation>
            <numerusform>最小サイズ未満の %n 件を除外</numerusform>
        </translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>これ以上のページはありません</translation>
    </message>
    <message>
        <source>%1 cannot filter by this.</source>
        <translation>%1 ではこの条件で絞り込めません。</translation>
    </message>
    <message>
        <source>%1 results carry no licence: check each image&apos;s source before you use it.</source>
        <translation>%1 件の結果にはライセンス情報がありません。使用する前に各画像のソースを確認してください。</translation>
    </message>
    <message>
        <source>Leave out images marked as mature.</source>
        <translation>成人向けと指定された画像を除外します。</translation>
    </message>
    <message>
        <source>Search images on the web…</source>
        <translation>Web で画像を検索…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Results: %n.</source>
        <translation>
            <numerusform>停止しました。結果: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>検索する語句を入力してください。</translation>
    </message>
    <message>
        <source>Looking for the %1 key in the keychain…</source>
        <translation>キーチェーンで %1 のキーを探しています…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 を検索中…</translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>データセットに追加</translation>
    </message>
    <message>
        <source>Select a dataset in the library first.</source>
        <translation>先にライブラリでデータセットを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n to %1</source>
        <translation>
            <numerusform>%n 件を %1 に追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>Download the selected images into %1/%2, with their licences, as a task.</source>
        <translation>選択した画像をライセンス情報とともに %1/%2 にダウンロードします（タスクとして実行）。</translation>
    </message>
    <message>
        <source>Select the results to add (Ctrl+A selects all).</source>
        <translation>追加する結果を選択してください（Ctrl+A ですべて選択）。</translation>
    </message>
</context>
<context>
    <name>lc::ui::CropDialog</name>
    <message>
        <source>Snap to the bucket step</source>
        <translation>バケットの刻みに吸着</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>%1 を切り抜き</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Nearest bucket</source>
        <translation>最も近いバケット</translation>
    </message>
    <message>
        <source>Widths and heights in multiples of the trainer&apos;s bucket step</source>
        <translation>幅と高さをトレーナーのバケットの刻みの倍数にします</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>The whole image: no crop</source>
        <translation>画像全体: 切り抜きなし</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>トレーナー:</translation>
    </message>
    <message>
        <source>Drag to draw, move or resize the crop · arrow keys nudge it (Shift: 10 px), Shift+Alt+arrows resize it</source>
        <translation>ドラッグで切り抜き範囲を描画・移動・サイズ変更 · 矢印キーで微調整（Shift: 10 px）、Shift+Alt+矢印キーでサイズ変更</translation>
    </message>
    <message>
        <source>%1 leaves this size out at %2</source>
        <translation>%1 は %2 でこのサイズを除外します</translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off</source>
        <translation>%1（%2）: バケット %3 × %4、倍率 %5×、%6 % 切り落とし</translation>
    </message>
    <message>
        <source>Whole image %1 × %2 px</source>
        <translation>画像全体 %1 × %2 px</translation>
    </message>
    <message>
        <source>Crop %1 × %2 px at %3, %4</source>
        <translation>切り抜き %1 × %2 px（位置 %3, %4）</translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off · upscaled</source>
        <translation>%1（%2）: バケット %3 × %4、倍率 %5×、%6 % 切り落とし · 拡大</translation>
    </message>
</context>
<context>
    <name>lc::ui::CropReviewDialog</name>
    <message>
        <source>Review Proposed Crops</source>
        <translation>提案された切り抜きの確認</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) get a new crop. The bright part of each picture is what stays; uncheck the ones to leave as they are.</source>
        <translation>%2 枚中 %1 枚の画像に新しい切り抜きが設定されます。各画像の明るい部分が残る範囲です。そのままにしたい画像はチェックを外してください。</translation>
    </message>
    <message>
        <source>No face model was found (OpenCV&apos;s data files): subjects were placed by saliency.</source>
        <translation>顔検出モデル（OpenCV のデータファイル）が見つからなかったため、被写体は顕著性に基づいて配置されました。</translation>
    </message>
    <message>
        <source>%1
%2 × %3 → %4 × %5 at %6,%7 (%8)</source>
        <translation>%1
%2 × %3 → %4 × %5（位置 %6,%7）(%8)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept</source>
        <translation>
            <numerusform>顔 %n 個を保持</numerusform>
        </translation>
    </message>
    <message>
        <source>salient region</source>
        <translation>目立つ領域</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>すべてチェック</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>すべてチェックを外す</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Crop(s)</source>
        <translation>
            <numerusform>%n 件の切り抜きを適用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::DatasetSettingsDialog</name>
    <message>
        <source>Settings of “%1”</source>
        <translation>「%1」の設定</translation>
    </message>
    <message>
        <source>e.g. ohwx</source>
        <translation>例: ohwx</translation>
    </message>
    <message>
        <source>The rare word the LoRA learns to tie to this concept; exports put it first in every caption.</source>
        <translation>LoRA がこの概念と結び付けて学習する珍しい単語です。エクスポート時には各キャプションの先頭に置かれます。</translation>
    </message>
    <message>
        <source>e.g. woman, dog, style</source>
        <translation>例: woman, dog, style</translation>
    </message>
    <message>
        <source>Training resolution: images with fewer than half its pixels squared get a LOW RES badge, and bucketed exports use it.</source>
        <translation>学習解像度: ピクセル数がこの値の 2 乗の半分に満たない画像には「低解像度」マークが付き、バケット対応のエクスポートでこの値が使われます。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Dataset #%1</source>
        <translation>データセット #%1</translation>
    </message>
    <message>
        <source>Class images exported beside this dataset where the trainer takes a regularization set (kohya reg/, ai-toolkit is_reg, SimpleTuner, diffusers prior preservation, OneTrainer).</source>
        <translation>トレーナーが正則化セットを扱う場合に、このデータセットと並べてエクスポートされるクラス画像です（kohya reg/、ai-toolkit is_reg、SimpleTuner、diffusers prior preservation、OneTrainer）。</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>The tags (joined with commas)</source>
        <translation>タグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>The caption, then the tags</source>
        <translation>キャプションの後にタグ</translation>
    </message>
    <message>
        <source>What each image&apos;s caption file holds for the trainer. The editor shows it, the “no caption” badge and the Uncaptioned filter follow it, and exports use it.</source>
        <translation>各画像のキャプションファイルにトレーナー向けに書き込む内容です。エディターにはこれが表示され、「キャプションなし」マークと「キャプションなし」フィルターもこれに従い、エクスポートでもこれが使われます。</translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation>トリガーワード:</translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation>クラスワード:</translation>
    </message>
    <message>
        <source>Target model:</source>
        <translation>対象モデル:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <source>Trainer reads:</source>
        <translation>トレーナーが読み込む内容:</translation>
    </message>
    <message>
        <source>Regularization set:</source>
        <translation>正則化セット:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Will be saved as %1 px: trainers need a multiple of 64.</source>
        <translation>%1 px として保存されます。トレーナーには 64 の倍数が必要です。</translation>
    </message>
</context>
<context>
    <name>lc::ui::DetailPanel</name>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at 100 % (double-click the preview)</source>
        <translation>画像を 100 % で表示します（プレビューをダブルクリック）</translation>
    </message>
    <message>
        <source>Keep this image in the dataset (Space toggles)</source>
        <translation>この画像をデータセットに残します（Space で切り替え）</translation>
    </message>
    <message>
        <source>Reject: excluded from exports, kept in the library (Space toggles)</source>
        <translation>除外: エクスポートからは外れますが、ライブラリには残ります（Space で切り替え）</translation>
    </message>
    <message>
        <source>Rate %1 (key %1; click again to clear)</source>
        <translation>評価 %1（キー %1。もう一度クリックでクリア）</translation>
    </message>
    <message>
        <source>Describe the image. Saved automatically.</source>
        <translation>画像の説明を入力します。自動的に保存されます。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>The caption file the export writes for this image: the dataset&apos;s caption source (Dataset Settings → Trainer reads) with the trigger word first, and its tokens for the dataset&apos;s model</source>
        <translation>エクスポート時にこの画像用に書き出されるキャプションファイル: データセットのキャプションソース（データセットの設定 → トレーナーが読み込む内容）の先頭にトリガーワードを付けたもの、およびデータセットのモデルでのトークン数</translation>
    </message>
    <message>
        <source>Select tags and press Delete to remove them; drag a tag to move it. With several images selected, each tag shows how many carry it: double-click one to give it to all.</source>
        <translation>タグを選択して Delete キーで削除、ドラッグで移動できます。複数の画像を選択しているときは、各タグにそのタグを持つ画像の数が表示されます。ダブルクリックするとすべての画像に付けられます。</translation>
    </message>
    <message>
        <source>Add to All Selected Images</source>
        <translation>選択したすべての画像に追加</translation>
    </message>
    <message>
        <source>Remove from All Selected Images</source>
        <translation>選択したすべての画像から削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Add tags, comma separated (Enter)</source>
        <translation>タグを追加（カンマ区切り、Enter）</translation>
    </message>
    <message>
        <source>Enter adds the tags as typed; Ctrl+Enter adds the first suggestion; Escape returns to the grid</source>
        <translation>Enter で入力どおりにタグを追加、Ctrl+Enter で最初の候補を追加、Escape でグリッドに戻ります</translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation>選択したタグを削除（Delete）</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>切り抜き…</translation>
    </message>
    <message>
        <source>Draw or change this image&apos;s crop, snapped to the trainer&apos;s buckets (C in the grid)</source>
        <translation>この画像の切り抜きを描画・変更します。トレーナーのバケットに吸着します（グリッドでは C）</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>The image&apos;s details cannot be read: %1</source>
        <translation>画像の詳細を読み込めません: %1</translation>
    </message>
    <message>
        <source>Select an image to see and edit its caption and tags.</source>
        <translation>画像を選択すると、キャプションとタグを表示・編集できます。</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Licence&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;ライセンス&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Creator&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;作成者&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Credit&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;クレジット&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Size&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Source&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;Repeats&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;サイズ&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;ソース&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;リピート数&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>%1 images selected</source>
        <translation>%1 枚の画像を選択中</translation>
    </message>
    <message>
        <source>%1 kept, %2 rejected. Tags below are the ones all of them share; adding or removing applies to every selected image as one undo step.</source>
        <translation>残す %1 枚、除外 %2 枚。下のタグはすべての画像に共通するタグです。追加・削除は選択したすべての画像に適用され、1 回の操作で元に戻せます。</translation>
    </message>
    <message>
        <source>Select a single image to edit its caption.</source>
        <translation>キャプションを編集するには画像を 1 枚だけ選択してください。</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>キャプションはまだありません</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
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
        <translation>まだありません: 画像にキャプションがありません</translation>
    </message>
    <message>
        <source>nothing yet: the image has no tags</source>
        <translation>まだありません: 画像にタグがありません</translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption and no tags</source>
        <translation>まだありません: 画像にキャプションもタグもありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;トレーナーが読み込む内容:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;トレーナーが読み込む内容&lt;/b&gt;（%1）: %2</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>From a caption file</source>
        <translation>キャプションファイルから</translation>
    </message>
    <message>
        <source>Generated by %1 (%2), %3</source>
        <translation>%1 (%2) が生成、%3</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>プロンプト: %1</translation>
    </message>
    <message>
        <source>On %1 of the %2 selected images; double-click to add it to all of them</source>
        <translation>選択した %2 枚中 %1 枚に付いています。ダブルクリックですべてに追加します</translation>
    </message>
</context>
<context>
    <name>lc::ui::DuplicatesDialog</name>
    <message>
        <source>Search Again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>Give it the others&apos; missing tags</source>
        <translation>他の画像にあってこの画像にないタグを付ける</translation>
    </message>
    <message>
        <source>Keep Chosen, Trash Others</source>
        <translation>選択した画像を残し、他をゴミ箱へ</translation>
    </message>
    <message>
        <source>Not Duplicates: Keep All</source>
        <translation>重複ではない: すべて残す</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Duplicates in “%1”</source>
        <translation>「%1」の重複</translation>
    </message>
    <message>
        <source>This dataset</source>
        <translation>このデータセット</translation>
    </message>
    <message>
        <source>Every dataset of “%1”</source>
        <translation>「%1」のすべてのデータセット</translation>
    </message>
    <message>
        <source>Strict: re-encodes and resizes</source>
        <translation>厳密: 再エンコードとリサイズ</translation>
    </message>
    <message>
        <source>Normal: also edits, small crops, watermarks</source>
        <translation>標準: 編集、小さな切り抜き、透かしも含む</translation>
    </message>
    <message>
        <source>Loose: heavier edits (check each group)</source>
        <translation>緩い: 大きな編集も含む（各グループを確認してください）</translation>
    </message>
    <message>
        <source>Keep its caption</source>
        <translation>キャプションをそのまま残す</translation>
    </message>
    <message>
        <source>Take the longest caption of the group</source>
        <translation>グループ内で最も長いキャプションを使う</translation>
    </message>
    <message>
        <source>Enter: keep the chosen image and move the others to the trash (Edit → Undo brings them back).</source>
        <translation>Enter: 選択した画像を残し、他はゴミ箱に移動します（編集 → 元に戻す で復元できます）。</translation>
    </message>
    <message>
        <source>A: these images are different pictures; never propose them as duplicates again.</source>
        <translation>A: これらは別々の画像です。今後、重複として提案しません。</translation>
    </message>
    <message>
        <source>→: the next group, deciding later. ← goes back.</source>
        <translation>→: 次のグループへ（判断は後で）。← で戻ります。</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>検索範囲:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>感度:</translation>
    </message>
    <message>
        <source>Into the kept image:</source>
        <translation>残す画像に対して:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Looking for near-duplicates…</source>
        <translation>類似画像を検索中…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n images · keep %1</source>
        <translation>
            <numerusform>%n 枚 · %1 を残す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s).</source>
        <translation>
            <numerusform>%n 枚の画像の中に類似画像はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group(s) among %2 image(s): %3 image(s) beyond one per group.</source>
        <translation>%2 枚の画像に %1 グループ: グループごとに 1 枚を超える画像が %3 枚あります。</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) stored by an earlier version were hashed first.)</source>
        <translation>
            <numerusform>（以前のバージョンで保存された %n 枚の画像を先にハッシュ化しました。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 of %2 — done: %3</source>
        <translation>グループ %1 / %2 — 完了: %3</translation>
    </message>
    <message>
        <source>Group %1 of %2 — suggested: %3, %4. Choose with 1-%5 or a click; Enter keeps it.</source>
        <translation>グループ %1 / %2 — 推奨: %3、%4。1～%5 キーまたはクリックで選択し、Enter で残します。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</source>
        <translation>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</translation>
    </message>
    <message>
        <source>sharpness %1 · similarity %2 %</source>
        <translation>シャープネス %1 · 類似度 %2 %</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 内</translation>
    </message>
    <message>
        <source>&lt;i&gt;rejected&lt;/i&gt;</source>
        <translation>&lt;i&gt;除外&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation>&lt;i&gt;キャプションなし&lt;/i&gt;</translation>
    </message>
    <message>
        <source>caption (%1 chars): %2</source>
        <translation>キャプション（%1 文字）: %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;suggested&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;推奨&lt;/b&gt;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep 1 of %n Duplicates</source>
        <translation>
            <numerusform>%n 枚の重複から 1 枚を残す</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tags of Duplicates</source>
        <translation>重複画像のタグを追加</translation>
    </message>
    <message numerus="yes">
        <source>kept %1, %n moved to the trash</source>
        <translation>
            <numerusform>%1 を残し、%n 枚をゴミ箱に移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; %n duplicate(s) moved to the trash (Edit → Undo brings them back).</source>
        <translation>
            <numerusform>%1 を残し、重複 %n 枚をゴミ箱に移動しました（編集 → 元に戻す で復元できます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>kept all: not duplicates</source>
        <translation>すべて残す: 重複ではない</translation>
    </message>
    <message>
        <source>Could not remember them as not duplicates: %1</source>
        <translation>重複ではないものとして記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Every group is done. %1</source>
        <translation>すべてのグループが完了しました。%1</translation>
    </message>
</context>
<context>
    <name>lc::ui::ExportDialog</name>
    <message>
        <source>Write a ZIP archive</source>
        <translation>ZIP アーカイブに書き出す</translation>
    </message>
    <message>
        <source>Put the trigger word first when a caption does not start with it</source>
        <translation>キャプションがトリガーワードで始まらない場合は先頭に付ける</translation>
    </message>
    <message>
        <source>Include rejected images</source>
        <translation>除外した画像を含める</translation>
    </message>
    <message>
        <source>Export even though the trainer will leave some images out</source>
        <translation>トレーナーが一部の画像を除外する場合でもエクスポートする</translation>
    </message>
    <message>
        <source>Export the regularization set</source>
        <translation>正則化セットをエクスポート</translation>
    </message>
    <message>
        <source>Caption and tags as two variants (OneTrainer, SimpleTuner)</source>
        <translation>キャプションとタグを 2 つのバリエーションとして書き出す（OneTrainer、SimpleTuner）</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>「%1」をエクスポート</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Repeats per epoch; automatic uses the kohya folder repeats of the images, else 10.</source>
        <translation>エポックあたりのリピート数。自動の場合、画像の kohya フォルダーのリピート数を使い、なければ 10 にします。</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Caption, then tags</source>
        <translation>キャプションの後にタグ</translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption. A setting of the dataset: a change here is kept for it.</source>
        <translation>トレーナーが各画像のキャプションとして読み込む内容です。データセットの設定なので、ここで変更すると保持されます。</translation>
    </message>
    <message>
        <source>Original names (cleaned up)</source>
        <translation>元の名前（整理済み）</translation>
    </message>
    <message>
        <source>Numbers (0001, 0002, …)</source>
        <translation>連番 (0001, 0002, …)</translation>
    </message>
    <message>
        <source>Keep originals when possible, else PNG</source>
        <translation>可能ならオリジナルのまま、それ以外は PNG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>JPEG (quality 95)</source>
        <translation>JPEG（品質 95）</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>元のサイズ</translation>
    </message>
    <message>
        <source>Limit the long side</source>
        <translation>長辺を制限</translation>
    </message>
    <message>
        <source>The trainer&apos;s own bucket at the target resolution</source>
        <translation>目標解像度でのトレーナー自身のバケット</translation>
    </message>
    <message>
        <source>Original size leaves the sizing to the trainer. Bucket resizes and crops each image exactly as the chosen trainer would (a square for trainers without buckets).</source>
        <translation>元のサイズの場合、サイズ調整はトレーナーに任せます。バケットの場合、選択したトレーナーと同じ方法で各画像をリサイズ・切り抜きします（バケットのないトレーナーでは正方形）。</translation>
    </message>
    <message>
        <source>The pre-flight lists the images the trainer would skip (for example below SimpleTuner&apos;s minimum size); check this to export them anyway.</source>
        <translation>事前チェックには、トレーナーがスキップする画像（例: SimpleTuner の最小サイズ未満）が一覧表示されます。それでもエクスポートする場合はチェックしてください。</translation>
    </message>
    <message>
        <source>e.g. closeup:4, full body:2</source>
        <translation>例: closeup:4, full body:2</translation>
    </message>
    <message>
        <source>Images with a tag as a subset with its own repeats: TAG:REPEATS, separated by commas (kohya folders, OneTrainer concepts, SimpleTuner backends, ai-toolkit datasets).</source>
        <translation>タグを持つ画像を、独自のリピート数を持つサブセットにします: TAG:REPEATS をカンマで区切って指定（kohya のフォルダー、OneTrainer のコンセプト、SimpleTuner のバックエンド、ai-toolkit のデータセット）。</translation>
    </message>
    <message>
        <source>the trainer&apos;s own for the target</source>
        <translation>目標に対するトレーナー自身の値</translation>
    </message>
    <message>
        <source>Several training resolutions, e.g. 512, 768, 1024: every image is bucketed at each.</source>
        <translation>複数の学習解像度（例: 512, 768, 1024）。すべての画像がそれぞれの解像度でバケットに振り分けられます。</translation>
    </message>
    <message>
        <source>The class images of the dataset chosen in the dataset&apos;s settings, where the trainer takes them.</source>
        <translation>データセットの設定で選択したデータセットのクラス画像（トレーナーが対応している場合）。</translation>
    </message>
    <message>
        <source>Choose a regularization set in the dataset&apos;s settings.</source>
        <translation>データセットの設定で正則化セットを選択してください。</translation>
    </message>
    <message>
        <source>With captions and tags as the source: write them as two lines, of which OneTrainer and SimpleTuner pick one per step.</source>
        <translation>ソースがキャプションとタグの場合: 2 行に分けて書き出し、OneTrainer と SimpleTuner はステップごとにどちらかを使います。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>トレーナー:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation>トリガーワード:</translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation>クラスワード:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>リピート数:</translation>
    </message>
    <message>
        <source>Captions from:</source>
        <translation>キャプションの取得元:</translation>
    </message>
    <message>
        <source>Subsets:</source>
        <translation>サブセット:</translation>
    </message>
    <message>
        <source>Resolutions:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>ファイル名:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Show These Images in the Grid</source>
        <translation>これらの画像をグリッドに表示</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>データセットを読み込み中…</translation>
    </message>
    <message>
        <source>The dataset cannot be read: %1</source>
        <translation>データセットを読み込めません: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>Double-click or right-click to show these images in the grid</source>
        <translation>ダブルクリックまたは右クリックで、これらの画像をグリッドに表示します</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another name: an export never overwrites anything.</source>
        <translation>%1 は既に存在し、空ではありません。別の名前を選んでください。エクスポートで既存のものが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>エクスポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>The export goes into the empty folder %1.</source>
        <translation>エクスポートは空のフォルダー %1 に書き出されます。</translation>
    </message>
    <message>
        <source>%1 image(s) ready; %2 error(s) must be fixed before exporting.</source>
        <translation>%1 枚の画像が準備できました。エクスポートする前に %2 件のエラーを修正する必要があります。</translation>
    </message>
    <message>
        <source>Fix the errors in the pre-flight check first.</source>
        <translation>先に事前チェックのエラーを修正してください。</translation>
    </message>
    <message>
        <source>Export to ZIP</source>
        <translation>ZIP にエクスポート</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>フォルダーにエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, with %1 warning(s), about %2.</source>
        <translation>
            <numerusform>%n 枚の画像をエクスポートできます（警告 %1 件）。約 %2 です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, about %1.</source>
        <translation>
            <numerusform>%n 枚の画像をエクスポートできます。約 %1 です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::GeneralSettingsPage</name>
    <message>
        <source>Open the library used last when LoRA Craft starts</source>
        <translation>LoRA Craft の起動時に最後に使ったライブラリを開く</translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog once a day while a library is open</source>
        <translation>ライブラリを開いている間、1 日に 1 回カタログのスナップショットを作成する</translation>
    </message>
    <message>
        <source>Clear Recent Libraries</source>
        <translation>最近使ったライブラリをクリア</translation>
    </message>
    <message>
        <source>Snapshots are consistent copies of the catalog in the library&apos;s snapshots folder; File → Restore Snapshot… puts one back</source>
        <translation>スナップショットは、ライブラリの snapshots フォルダーに保存される整合性のあるカタログのコピーです。ファイル → スナップショットを復元… で戻せます</translation>
    </message>
    <message>
        <source> snapshots</source>
        <translation> 個のスナップショット</translation>
    </message>
    <message>
        <source>Older snapshots are removed when a new one is taken; the images they name are kept until no snapshot names them</source>
        <translation>新しいスナップショットを作成すると古いものは削除されます。参照されている画像は、どのスナップショットからも参照されなくなるまで保持されます</translation>
    </message>
    <message>
        <source>Otherwise LoRA Craft opens its default library (or the one given with --library)</source>
        <translation>オフの場合、LoRA Craft は既定のライブラリ（または --library で指定したもの）を開きます</translation>
    </message>
    <message numerus="yes">
        <source>Empty File → Open Recent (%n librar(y/ies) listed); no library is touched</source>
        <translation>
            <numerusform>ファイル → 最近使ったライブラリ を空にします（%n 件のライブラリが登録済み）。ライブラリ自体には影響しません</numerusform>
        </translation>
    </message>
    <message>
        <source>File → Open Library… (Ctrl+O) switches libraries; a second launch of LoRA Craft brings this window to the front instead of opening another.</source>
        <translation>ファイル → ライブラリを開く…（Ctrl+O）でライブラリを切り替えます。LoRA Craft を再度起動すると、別のウィンドウを開かずにこのウィンドウが前面に表示されます。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>最新のものを残す(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalog snapshots&lt;/b&gt;</source>
        <translation>&lt;b&gt;カタログのスナップショット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Applies the next time LoRA Craft starts.</source>
        <translation>LoRA Craft の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>lc::ui::GridPanel</name>
    <message>
        <source>Search or filter: words, tag:smile, stars:&gt;=4, -blur:yes, OR …  (Ctrl+F)</source>
        <translation>検索またはフィルター: 語句, tag:smile, stars:&gt;=4, -blur:yes, OR …  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Uncaptioned</source>
        <translation>キャプションなし</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Any caption</source>
        <translation>すべてのキャプション</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>From caption files</source>
        <translation>キャプションファイル由来</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Show only captions typed by hand, read from caption files, or generated by a model</source>
        <translation>手入力・キャプションファイル由来・モデル生成のいずれかのキャプションだけを表示します</translation>
    </message>
    <message>
        <source>Showing only images with this tag; click to show all</source>
        <translation>このタグを持つ画像だけを表示中。クリックですべて表示</translation>
    </message>
    <message>
        <source>Showing only the images the trainer puts into this bucket; click to show all</source>
        <translation>トレーナーがこのバケットに入れる画像だけを表示中。クリックですべて表示</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>ファイルサイズ</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>シャープネス</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>明るさ</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>並べ替え順</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>順序を反転</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>画質:</translation>
    </message>
    <message>
        <source>Problems measured in the pixels; click one or more to show only those images. Thresholds: Settings → Quality.</source>
        <translation>ピクセルから計測された問題です。1 つ以上クリックすると、該当する画像だけを表示します。しきい値: 設定 → 画質。</translation>
    </message>
    <message>
        <source>Check Them</source>
        <translation>チェックする</translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of the images imported before LoRA Craft measured them</source>
        <translation>LoRA Craft が計測する前にインポートされた画像の、シャープネス・露出・帯を計測します</translation>
    </message>
    <message>
        <source>Tile size (Ctrl++ / Ctrl+-)</source>
        <translation>タイルサイズ (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>ゴミ箱 (%1)</translation>
    </message>
    <message>
        <source>Bucket: %1×%2 at %3  ✕</source>
        <translation>バケット: %1×%2（%3）  ✕</translation>
    </message>
    <message numerus="yes">
        <source>Show only images flagged “%1” (%n image(s))</source>
        <translation>
            <numerusform>「%1」の画像だけを表示（%n 枚）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not checked yet</source>
        <translation>
            <numerusform>未チェックの画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged</source>
        <translation>%2 枚中 %1 枚に問題あり</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>タグ: %1  ✕</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>データセットが選択されていません</translation>
    </message>
    <message>
        <source>1 image in the trash</source>
        <translation>ゴミ箱に画像が 1 枚あります</translation>
    </message>
    <message>
        <source>%1 images in the trash</source>
        <translation>ゴミ箱に画像が %1 枚あります</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 / %2 枚</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 枚</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 枚</translation>
    </message>
    <message>
        <source>The filter cannot be read: %1</source>
        <translation>フィルターを解釈できません: %1</translation>
    </message>
    <message>
        <source>The filter cannot be read</source>
        <translation>フィルターを解釈できません</translation>
    </message>
    <message>
        <source>Cannot list the images</source>
        <translation>画像を一覧表示できません</translation>
    </message>
    <message>
        <source>The images cannot be listed</source>
        <translation>画像を一覧表示できません</translation>
    </message>
    <message>
        <source>Pick a dataset on the left, or create one with Ctrl+N.</source>
        <translation>左側でデータセットを選ぶか、Ctrl+N で作成してください。</translation>
    </message>
    <message>
        <source>No images match “%1”</source>
        <translation>「%1」に一致する画像はありません</translation>
    </message>
    <message>
        <source>Words are looked for in captions, tags and file names; hover over the box for filters.</source>
        <translation>語句はキャプション、タグ、ファイル名から検索されます。フィルターについては入力欄にマウスを重ねてください。</translation>
    </message>
    <message>
        <source>Only this view is searched; try All.</source>
        <translation>検索対象はこの表示だけです。「すべて」で試してください。</translation>
    </message>
    <message>
        <source>No images with these problems here</source>
        <translation>ここにはこれらの問題を持つ画像はありません</translation>
    </message>
    <message>
        <source>Untick the quality chips above to see every image.</source>
        <translation>すべての画像を表示するには、上の画質チップのチェックを外してください。</translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation>ゴミ箱は空です</translation>
    </message>
    <message>
        <source>Images you delete (Del) wait here until you empty the trash.</source>
        <translation>削除した画像（Del）は、ゴミ箱を空にするまでここに保管されます。</translation>
    </message>
    <message>
        <source>Every image has a caption</source>
        <translation>すべての画像にキャプションがあります</translation>
    </message>
    <message>
        <source>No rejected images</source>
        <translation>除外した画像はありません</translation>
    </message>
    <message>
        <source>Press Space on an image to reject it.</source>
        <translation>画像を除外するには、画像上で Space を押します。</translation>
    </message>
    <message>
        <source>Drop images, folders or ZIP files here</source>
        <translation>画像、フォルダー、ZIP ファイルをここにドロップ</translation>
    </message>
    <message>
        <source>LoRA Craft copies them into its library (your originals stay untouched), reads captions from .txt files beside them and skips what it cannot use, telling you why.</source>
        <translation>LoRA Craft はそれらをライブラリにコピーし（元のファイルは変更されません）、横にある .txt ファイルからキャプションを読み込み、使えないものは理由を示してスキップします。</translation>
    </message>
</context>
<context>
    <name>lc::ui::HistoryController</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>%1 again?

You can undo it again until you quit.</source>
        <translation>もう一度「%1」を実行しますか？

終了するまでは再び元に戻せます。</translation>
    </message>
    <message>
        <source>Other edits came after the deletion: use Edit → Undo to go back step by step.</source>
        <translation>削除の後に別の編集が行われています。編集 → 元に戻す で一段階ずつ戻してください。</translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (1 image)</source>
        <translation>データセット「%1」を削除（画像 1 枚）</translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (%2 images)</source>
        <translation>データセット「%1」を削除（画像 %2 枚）</translation>
    </message>
    <message>
        <source>Deleted workspace “%1”</source>
        <translation>ワークスペース「%1」を削除</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>「%2」で%1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>やり直す: %1</translation>
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
        <translation>残す／除外</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>ゴミ箱から戻す</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>キャプションを編集</translation>
    </message>
    <message>
        <source>Copy Tags</source>
        <translation>タグをコピー</translation>
    </message>
    <message>
        <source>Copy the tags of the selected image (of several: the tags they all have) as “a, b, c”</source>
        <translation>選択した画像のタグ（複数選択時はすべてに共通するタグ）を「a, b, c」の形式でコピーします</translation>
    </message>
    <message>
        <source>Paste Tags</source>
        <translation>タグを貼り付け</translation>
    </message>
    <message>
        <source>Add the comma-separated tags on the clipboard to every selected image</source>
        <translation>クリップボードにあるカンマ区切りのタグを、選択したすべての画像に追加します</translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation>評価をクリア</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>評価 %1</translation>
    </message>
    <message>
        <source>Crop to Content</source>
        <translation>内容に合わせて切り抜き</translation>
    </message>
    <message>
        <source>Crop the selected images with bars (BARS) to the picture inside them</source>
        <translation>周囲に帯（「帯」マーク）がある選択画像を、その内側の画像部分に合わせて切り抜きます</translation>
    </message>
    <message>
        <source>Edit Crop…</source>
        <translation>切り抜きを編集…</translation>
    </message>
    <message>
        <source>Draw, move or resize the crop of the current image, snapped to the trainer&apos;s buckets</source>
        <translation>現在の画像の切り抜き範囲を描画・移動・サイズ変更します（トレーナーのバケットに吸着）</translation>
    </message>
    <message>
        <source>Clear Crop</source>
        <translation>切り抜きをクリア</translation>
    </message>
    <message>
        <source>Add Tag “%1”</source>
        <translation>タグ「%1」を追加</translation>
    </message>
    <message>
        <source>Add Tag “%1” to %2 Images</source>
        <translation>タグ「%1」を %2 枚の画像に追加</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>タグ「%1」を削除</translation>
    </message>
    <message>
        <source>Remove Tag “%1” from %2 Images</source>
        <translation>タグ「%1」を %2 枚の画像から削除</translation>
    </message>
    <message>
        <source>Reorder Tags</source>
        <translation>タグを並べ替え</translation>
    </message>
    <message>
        <source>No tags to copy</source>
        <translation>コピーするタグがありません</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s)</source>
        <translation>
            <numerusform>%n 個のタグをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no tags (copy “a, b, c” or use Copy Tags)</source>
        <translation>クリップボードにタグがありません（「a, b, c」をコピーするか「タグをコピー」を使ってください）</translation>
    </message>
    <message>
        <source>Cannot crop: %1</source>
        <translation>切り抜きできません: %1</translation>
    </message>
    <message>
        <source>None of the selected images has bars around it (or it is cropped already).</source>
        <translation>選択した画像には周囲の帯がありません（または既に切り抜き済みです）。</translation>
    </message>
    <message numerus="yes">
        <source>Crop %n Image(s) to Content</source>
        <translation>
            <numerusform>%n 枚の画像を内容に合わせて切り抜き</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s) to the picture inside their bars. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n 枚の画像を帯の内側の画像部分に合わせて切り抜きました。Ctrl+Z で元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Crop of %n Image(s)</source>
        <translation>
            <numerusform>%n 枚の画像の切り抜きをクリア</numerusform>
        </translation>
    </message>
    <message>
        <source>That image is gone.</source>
        <translation>その画像はもうありません。</translation>
    </message>
    <message>
        <source>Cannot open the crop: %1</source>
        <translation>切り抜きを開けません: %1</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>%1 を切り抜き</translation>
    </message>
    <message>
        <source>Clear the Crop of %1</source>
        <translation>%1 の切り抜きをクリア</translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemDelegate</name>
    <message>
        <source>no preview</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>REJ</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>NO CAPTION</source>
        <translation>キャプションなし</translation>
    </message>
    <message>
        <source>NO CAP</source>
        <translation>キャプ無</translation>
    </message>
    <message>
        <source>NO TAGS</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>NO TAG</source>
        <translation>タグ無</translation>
    </message>
    <message>
        <source>NO TEXT</source>
        <translation>テキストなし</translation>
    </message>
    <message>
        <source>NO TXT</source>
        <translation>TXT無</translation>
    </message>
    <message>
        <source>LOW RES</source>
        <translation>低解像度</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>低解像</translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation>切り抜き済</translation>
    </message>
    <message>
        <source>CROP</source>
        <translation>切抜</translation>
    </message>
    <message>
        <source>BLURRY</source>
        <translation>ぼやけ</translation>
    </message>
    <message>
        <source>BLUR</source>
        <translation>ぼけ</translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>UPSC</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>DARK</source>
        <translation>暗い</translation>
    </message>
    <message>
        <source>BRIGHT</source>
        <translation>明るい</translation>
    </message>
    <message>
        <source>BRT</source>
        <translation>明</translation>
    </message>
    <message>
        <source>BARS</source>
        <translation>帯</translation>
    </message>
    <message>
        <source>ASPECT</source>
        <translation>縦横比</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>COMPRESSED</source>
        <translation>圧縮劣化</translation>
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
        <translation>%1 × %2 px に切り抜き済み</translation>
    </message>
    <message>
        <source>Image → Crop to Content removes the bars.</source>
        <translation>画像 → 内容に合わせて切り抜き で帯を除去できます。</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryActions</name>
    <message>
        <source>Import Files…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>フォルダーをインポート…</translation>
    </message>
    <message>
        <source>Import from URLs…</source>
        <translation>URL からインポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Clean Up Library…</source>
        <translation>ライブラリのクリーンアップ…</translation>
    </message>
    <message>
        <source>Check Library…</source>
        <translation>ライブラリをチェック…</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>重複を検索…</translation>
    </message>
    <message>
        <source>Check Image Quality</source>
        <translation>画質をチェック</translation>
    </message>
    <message>
        <source>Auto-Crop…</source>
        <translation>自動切り抜き…</translation>
    </message>
    <message>
        <source>Crop the selected images, or the dataset, to a bucket&apos;s shape around their faces or subject</source>
        <translation>選択した画像またはデータセットを、顔や被写体を中心にバケットの形に切り抜きます</translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of images imported before LoRA Craft measured them</source>
        <translation>LoRA Craft が計測する前にインポートされた画像の、シャープネス・露出・帯を計測します</translation>
    </message>
    <message>
        <source>Near-duplicate images of the dataset, to keep one of each</source>
        <translation>データセット内の類似画像を探して、それぞれ 1 枚だけ残します</translation>
    </message>
    <message>
        <source>Import images, folders or ZIP files into the current dataset (Ctrl+I). You can also drop them anywhere on the window.</source>
        <translation>画像・フォルダー・ZIP ファイルを現在のデータセットにインポートします（Ctrl+I）。ウィンドウのどこにでもドロップすることもできます。</translation>
    </message>
    <message>
        <source>Download images from pasted addresses into the current dataset</source>
        <translation>貼り付けたアドレスから画像を現在のデータセットにダウンロードします</translation>
    </message>
    <message>
        <source>Remove stored images that no dataset uses any more</source>
        <translation>どのデータセットでも使われなくなった保存画像を削除します</translation>
    </message>
    <message>
        <source>Check the catalog and re-read every stored image; bring back lost originals</source>
        <translation>カタログを確認し、保存されたすべての画像を読み直します。失われたオリジナルを復元します</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>ライブラリをチェック</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>• %1 (%2 of %3 done)</source>
        <translation>• %1（%3 件中 %2 件完了）</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Still running:
%1

Quitting cancels it. Images imported so far stay in the dataset, and the Tasks panel offers to resume the import next time. A canceled export leaves nothing behind.</source>
        <translation>実行中のタスクがあります:
%1

終了するとキャンセルされます。それまでにインポートされた画像はデータセットに残り、次回タスクパネルからインポートを再開できます。キャンセルされたエクスポートは何も残しません。</translation>
    </message>
    <message>
        <source>Quit LoRA Craft?</source>
        <translation>LoRA Craft を終了しますか？</translation>
    </message>
    <message>
        <source>Cancel and Quit</source>
        <translation>キャンセルして終了</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>エクスポートをキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Exported %1 images to %2</source>
        <translation>%1 枚の画像を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No crop to propose: every image already has the shape.</source>
        <translation>提案する切り抜きはありません。すべての画像が既にその形です。</translation>
    </message>
    <message numerus="yes">
        <source>Auto-Crop %n Image(s)</source>
        <translation>
            <numerusform>%n 枚の画像を自動切り抜き</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n 枚の画像を切り抜きました。Ctrl+Z で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>先にデータセットを選択してください。</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>フォルダーをインポート</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>画像をインポート</translation>
    </message>
    <message>
        <source>Images and archives (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;All files (*)</source>
        <translation>画像とアーカイブ (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Clean Up is running: import again in a moment.</source>
        <translation>クリーンアップの実行中です。しばらくしてからもう一度インポートしてください。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>Select the dataset to import into first.</source>
        <translation>先にインポート先のデータセットを選択してください。</translation>
    </message>
    <message>
        <source>Clean Up is running: add the images again in a moment.</source>
        <translation>クリーンアップの実行中です。しばらくしてからもう一度画像を追加してください。</translation>
    </message>
    <message>
        <source>Select a dataset to export.</source>
        <translation>エクスポートするデータセットを選択してください。</translation>
    </message>
    <message>
        <source>Clean Up waits until the running tasks have finished.</source>
        <translation>クリーンアップは実行中のタスクが終わるまで待機します。</translation>
    </message>
    <message>
        <source>Clean Up failed: %1</source>
        <translation>クリーンアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Nothing to clean up: every stored image is used by a dataset or can still be brought back by Undo.</source>
        <translation>クリーンアップするものはありません。保存されたすべての画像がデータセットで使われているか、元に戻すで復元可能です。</translation>
    </message>
    <message>
        <source>Remove %1 stored image(s) that no dataset uses any more, and %2 leftover file(s)? This frees %3.

Images that Edit → Undo can still bring back are kept. Removed images cannot be recovered.</source>
        <translation>どのデータセットでも使われなくなった保存画像 %1 枚と、残存ファイル %2 個を削除しますか？ %3 が解放されます。

編集 → 元に戻す で復元できる画像は残されます。削除した画像は復元できません。</translation>
    </message>
    <message>
        <source>Clean Up Library</source>
        <translation>ライブラリのクリーンアップ</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <source>Cleaned up: removed %1 image(s), freed %2.</source>
        <translation>クリーンアップしました: 画像 %1 枚を削除し、%2 を解放しました。</translation>
    </message>
    <message>
        <source>Checking the catalog and every stored image…</source>
        <translation>カタログと保存されたすべての画像をチェックしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>チェックをキャンセルしました。</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>チェックに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked the catalog and %n stored image(s) (%1).</source>
        <translation>
            <numerusform>カタログと保存された %n 枚の画像をチェックしました（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>カタログ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are missing.</source>
        <translation>
            <numerusform>保存されたオリジナル %n 件が見つかりません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are damaged (their content changed on disk).</source>
        <translation>
            <numerusform>保存されたオリジナル %n 件が破損しています（ディスク上の内容が変化しています）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is damaged: File → Restore Snapshot… puts back a sound copy.</source>
        <translation>カタログが破損しています。ファイル → スナップショットを復元… で正常なコピーに戻せます。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Repair reads each of them back from the file it was imported from, when that file is still there with the same content.</source>
        <translation>修復では、インポート元のファイルが同じ内容のまま残っていれば、そこから各画像を読み戻します。</translation>
    </message>
    <message>
        <source>The repair failed: %1</source>
        <translation>修復に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n image(s).</source>
        <translation>
            <numerusform>%n 枚の画像を修復しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be brought back: %1</source>
        <translation>
            <numerusform>%n 件は復元できませんでした: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My Dataset</source>
        <translation>マイデータセット</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>ライブラリを準備できません: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryHealth</name>
    <message>
        <source>Restore Snapshot…</source>
        <translation>スナップショットを復元…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&lt;b&gt;This library is on a network drive (%1).&lt;/b&gt; SQLite cannot lock a catalog reliably there: never open it from two computers at once, and if the drive goes away while LoRA Craft writes, edits can be lost. A library on a local disk is safer; copy the folder there to move it.</source>
        <translation>&lt;b&gt;このライブラリはネットワークドライブ上にあります（%1）。&lt;/b&gt; SQLite はそこでカタログを確実にロックできません。2 台のコンピューターから同時に開かないでください。また、LoRA Craft の書き込み中にドライブが切断されると、編集内容が失われる可能性があります。ローカルディスク上のライブラリのほうが安全です。移動するにはフォルダーをそこへコピーしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The catalog failed its integrity check&lt;/b&gt; (%1). LoRA Craft will not import into it or clean it up until it is sound. Next steps: &lt;b&gt;File → Restore Snapshot…&lt;/b&gt; to go back to a sound copy (the damaged catalog is kept aside), or run &lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; for the full report.</source>
        <translation>&lt;b&gt;カタログが整合性チェックに失敗しました&lt;/b&gt;（%1）。正常に戻るまで、LoRA Craft はインポートもクリーンアップも行いません。対処方法: &lt;b&gt;ファイル → スナップショットを復元…&lt;/b&gt; で正常なコピーに戻す（破損したカタログは別に保管されます）か、&lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; を実行して詳細なレポートを確認してください。</translation>
    </message>
    <message>
        <source>The daily snapshot of the catalog failed: %1</source>
        <translation>カタログの日次スナップショットに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>New dataset or workspace</source>
        <translation>新規データセットまたはワークスペース</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>新規データセット</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新規ワークスペース</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>ライブラリを読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 · %2 at %3 px · trigger “%4”</source>
        <translation>%1 · %2（%3 px）· トリガー「%4」</translation>
    </message>
    <message>
        <source>Delete the empty dataset “%1”?</source>
        <translation>空のデータセット「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Delete the dataset “%1” with its %2 image(s), captions and tags?

You can undo this until you quit. The image files stay in the library until you run File → Clean Up Library.</source>
        <translation>データセット「%1」を、画像 %2 枚、キャプション、タグとともに削除しますか？

終了するまでは元に戻せます。画像ファイルは ファイル → ライブラリのクリーンアップ を実行するまでライブラリに残ります。</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>データセットを削除</translation>
    </message>
    <message>
        <source>Delete the workspace “%1” with its %2 dataset(s) and %3 image(s)?

You can undo this until you quit.</source>
        <translation>ワークスペース「%1」を、データセット %2 個、画像 %3 枚とともに削除しますか？

終了するまでは元に戻せます。</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>ワークスペースを削除</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>Moved “%1” to “%2”</source>
        <translation>「%1」を「%2」に移動しました</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</source>
        <translation>
            <numerusform>「%1」のゴミ箱にある画像 %n 枚を、キャプションとタグとともに完全に削除しますか？

この操作は元に戻せません。画像ファイルは ファイル → ライブラリのクリーンアップ… を実行するまでライブラリに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ゴミ箱を空にする</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) from the trash</source>
        <translation>
            <numerusform>ゴミ箱から %n 枚の画像を削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Move to Workspace</source>
        <translation>ワークスペースへ移動</translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation>ゴミ箱を空にする (%1)…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
<context>
    <name>lc::ui::Lightbox</name>
    <message>
        <source>← → previous / next  ·  double-click: 100 %  ·  Esc, F or Enter: close  ·  select two images to compare them</source>
        <translation>← → 前／次  ·  ダブルクリック: 100 %  ·  Esc・F・Enter: 閉じる  ·  2 枚選択すると比較できます</translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation>&lt;i&gt;キャプションなし&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Showing the first two of %1 selected images</source>
        <translation>選択した %1 枚の画像のうち最初の 2 枚を表示しています</translation>
    </message>
    <message>
        <source>Two selected images side by side  ·  double-click: 100 %  ·  Esc, F or Enter: close</source>
        <translation>選択した 2 枚の画像を並べて表示  ·  ダブルクリック: 100 %  ·  Esc・F・Enter: 閉じる</translation>
    </message>
</context>
<context>
    <name>lc::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Select All Images</source>
        <translation>すべての画像を選択</translation>
    </message>
    <message>
        <source>Invert Selection</source>
        <translation>選択を反転</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Next Image</source>
        <translation>次の画像</translation>
    </message>
    <message>
        <source>Previous Image</source>
        <translation>前の画像</translation>
    </message>
    <message>
        <source>Next Image Without a Caption</source>
        <translation>キャプションのない次の画像</translation>
    </message>
    <message>
        <source>Go to the Grid</source>
        <translation>グリッドへ移動</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>新規データセット</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新規ワークスペース</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>データセット名を変更</translation>
    </message>
    <message>
        <source>Delete Dataset…</source>
        <translation>データセットを削除…</translation>
    </message>
    <message>
        <source>Duplicate Dataset</source>
        <translation>データセットを複製</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>ゴミ箱を空にする…</translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation>ゴミ箱を空にする (%1)…</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ゴミ箱を空にする</translation>
    </message>
    <message>
        <source>Dataset Settings…</source>
        <translation>データセットの設定…</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>画像(&amp;I)</translation>
    </message>
    <message>
        <source>Full-Window Preview</source>
        <translation>ウィンドウ全体でプレビュー</translation>
    </message>
    <message>
        <source>Show the selected image as large as the window allows; select two to compare them side by side</source>
        <translation>選択した画像をウィンドウいっぱいに表示します。2 枚選択すると並べて比較できます</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show All Images</source>
        <translation>すべての画像を表示</translation>
    </message>
    <message>
        <source>Show Images Without a Caption</source>
        <translation>キャプションのない画像を表示</translation>
    </message>
    <message>
        <source>Show Rejected Images</source>
        <translation>除外した画像を表示</translation>
    </message>
    <message>
        <source>Show the Trash</source>
        <translation>ゴミ箱を表示</translation>
    </message>
    <message>
        <source>Larger Thumbnails</source>
        <translation>サムネイルを大きく</translation>
    </message>
    <message>
        <source>Smaller Thumbnails</source>
        <translation>サムネイルを小さく</translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>ダークテーマ</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>ライトテーマ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <source>There is no log: the folder %1 cannot be written.</source>
        <translation>ログがありません: フォルダー %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Open the log file (API keys and tokens in it are redacted)</source>
        <translation>ログファイルを開きます（API キーとトークンは伏せ字になっています）</translation>
    </message>
    <message>
        <source>About LoRA Craft</source>
        <translation>LoRA Craft について</translation>
    </message>
</context>
<context>
    <name>lc::ui::MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>Collect from the Web</source>
        <translation>Web から収集</translation>
    </message>
    <message>
        <source>LoRA Craft</source>
        <translation>LoRA Craft</translation>
    </message>
    <message>
        <source>Search the web for openly licensed images and add them to the dataset</source>
        <translation>オープンライセンスの画像を Web で検索してデータセットに追加します</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>ライブラリ: %1</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>ライブラリを開く…</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近使ったライブラリ</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>最近使ったライブラリはありません</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>一覧をクリア</translation>
    </message>
    <message>
        <source>Restore Snapshot…</source>
        <translation>スナップショットを復元…</translation>
    </message>
    <message>
        <source>Put back the catalog as it was when a snapshot was taken, or take one now</source>
        <translation>スナップショット作成時の状態にカタログを戻すか、今すぐスナップショットを作成します</translation>
    </message>
    <message numerus="yes">
        <source>Downloading into %1: %n selected…</source>
        <translation>
            <numerusform>%1 にダウンロード中: %n 件選択…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Tasks</source>
        <translation>タスクを表示</translation>
    </message>
    <message>
        <source>Every image shown has a caption.</source>
        <translation>表示中のすべての画像にキャプションがあります。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>That dataset no longer exists.</source>
        <translation>そのデータセットはもう存在しません。</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>“%1” is not a LoRA Craft library. Create a new library in it? The files already there are left alone.</source>
        <translation>「%1」は LoRA Craft のライブラリではありません。ここに新しいライブラリを作成しますか？ 既存のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation>ライブラリを作成</translation>
    </message>
    <message>
        <source>LoRA Craft is already open with this library; use File → Open Library… to switch to %1.</source>
        <translation>LoRA Craft はこのライブラリで既に開いています。%1 に切り替えるには ファイル → ライブラリを開く… を使ってください。</translation>
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
        <translation>ダブルクリックで 100 %、ドラッグでスクロール</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>画像が選択されていません</translation>
    </message>
    <message>
        <source>Missing original</source>
        <translation>オリジナルがありません</translation>
    </message>
    <message>
        <source>Damaged original</source>
        <translation>オリジナルが破損しています</translation>
    </message>
</context>
<context>
    <name>lc::ui::QualitySettingsPage</name>
    <message>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <source>An image whose sharpest tiles stay below this is blurry (or upscaled, when it is sharp once reduced). In-focus photos measure about 0.2 and more. %1</source>
        <translation>最もシャープなタイルでもこの値を下回る画像はぼやけています（縮小するとシャープになる場合は拡大画像）。ピントの合った写真はおよそ 0.2 以上になります。%1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Too dark or too bright when this share of the pixels is pure black or pure white. %1</source>
        <translation>ピクセルのうちこの割合が完全な黒または白の場合、暗すぎまたは明るすぎと判定します。%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too dark when the mean brightness (0–255) is below this. %1</source>
        <translation>平均輝度（0～255）がこの値を下回ると暗すぎと判定します。%1</translation>
    </message>
    <message>
        <source>Too bright when the mean brightness (0–255) is above this. %1</source>
        <translation>平均輝度（0～255）がこの値を上回ると明るすぎと判定します。%1</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Images longer than this, either way, are flagged: trainers crop them hard. %1</source>
        <translation>縦横どちらかの比率がこの値を超える画像にマークを付けます。トレーナーが大きく切り抜くためです。%1</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source> bits a pixel</source>
        <translation> ビット/ピクセル</translation>
    </message>
    <message>
        <source>A JPEG with fewer bits a pixel than this is heavily compressed (blocky). Quality-90 photos take 1.5 and more. %1</source>
        <translation>1 ピクセルあたりのビット数がこの値未満の JPEG は強く圧縮されています（ブロックノイズ）。品質 90 の写真は 1.5 以上になります。%1</translation>
    </message>
    <message>
        <source>Quality flags appear as badges in the grid, in the Quality filter above it, in the export pre-flight and in &lt;code&gt;loracraft-cli analyze&lt;/code&gt;. Low resolution follows each dataset&apos;s target resolution (Dataset Settings).</source>
        <translation>画質のマークは、グリッドのバッジ、その上の画質フィルター、エクスポートの事前チェック、&lt;code&gt;loracraft-cli analyze&lt;/code&gt; に表示されます。低解像度の判定は各データセットの目標解像度（データセットの設定）に従います。</translation>
    </message>
    <message>
        <source>Blurry below sharpness:</source>
        <translation>ぼやけ判定（シャープネス下限）:</translation>
    </message>
    <message>
        <source>Clipped when at least:</source>
        <translation>白飛び・黒つぶれ判定（下限）:</translation>
    </message>
    <message>
        <source>Too dark below mean:</source>
        <translation>暗すぎ判定（平均の下限）:</translation>
    </message>
    <message>
        <source>Too bright above mean:</source>
        <translation>明るすぎ判定（平均の上限）:</translation>
    </message>
    <message>
        <source>Extreme aspect beyond:</source>
        <translation>極端な縦横比（上限）:</translation>
    </message>
    <message>
        <source>Compressed JPEG below:</source>
        <translation>圧縮 JPEG 判定（下限）:</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>lc::ui::ReplicateSettingsPage</name>
    <message>
        <source>Verify</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>キーチェーンから削除</translation>
    </message>
    <message>
        <source>r8_…</source>
        <translation>r8_…</translation>
    </message>
    <message>
        <source>Training runs on Replicate with your account. Create a token at &lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; and paste it here: it is kept in the system keychain, never in a settings file, and is sent only to Replicate.</source>
        <translation>学習はお使いのアカウントで Replicate 上で実行されます。&lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; でトークンを作成してここに貼り付けてください。トークンは設定ファイルではなくシステムのキーチェーンに保管され、Replicate にのみ送信されます。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API トークン:</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>トークンをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>キーチェーンを確認中…</translation>
    </message>
    <message>
        <source>A token is stored in the keychain. Type a new one to replace it.</source>
        <translation>キーチェーンにトークンが保存されています。置き換えるには新しいトークンを入力してください。</translation>
    </message>
    <message>
        <source>Using the token in %1 (the environment).</source>
        <translation>%1（環境変数）のトークンを使用しています。</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>トークンはまだ保存されていません。</translation>
    </message>
    <message>
        <source>%1 For Replicate that is %2.</source>
        <translation>%1 Replicate の場合は %2 です。</translation>
    </message>
    <message>
        <source>Asking Replicate…</source>
        <translation>Replicate に問い合わせ中…</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>先にトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Works: the token of the organization %1.</source>
        <translation>成功: 組織 %1 のトークンです。</translation>
    </message>
    <message>
        <source>Works: the token of %1.</source>
        <translation>成功: %1 のトークンです。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::SearchSettingsPage</name>
    <message>
        <source>Remove from Keychain</source>
        <translation>キーチェーンから削除</translation>
    </message>
    <message>
        <source>Brave Search API key</source>
        <translation>Brave Search API キー</translation>
    </message>
    <message>
        <source>View → Collect from the Web searches &lt;b&gt;Openverse&lt;/b&gt; for openly licensed images without an account. &lt;b&gt;Brave Image Search&lt;/b&gt; finds images anywhere on the web, without licences, and needs an API key from &lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt;: it is kept in the system keychain, never in a settings file, and is sent only to Brave.</source>
        <translation>表示 → Web から収集 では、アカウントなしで &lt;b&gt;Openverse&lt;/b&gt; からオープンライセンスの画像を検索します。&lt;b&gt;Brave Image Search&lt;/b&gt; は Web 上のあらゆる画像をライセンス情報なしで検索し、&lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt; の API キーが必要です。キーは設定ファイルではなくシステムのキーチェーンに保管され、Brave にのみ送信されます。</translation>
    </message>
    <message>
        <source>Brave Image Search</source>
        <translation>Brave Image Search</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>キーチェーンを確認中…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it.</source>
        <translation>キーチェーンにキーが保存されています。置き換えるには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Using the key in %1 (the environment).</source>
        <translation>%1（環境変数）のキーを使用しています。</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>キーはまだ保存されていません。</translation>
    </message>
    <message>
        <source>%1 For Brave Image Search that is %2.</source>
        <translation>%1 Brave Image Search の場合は %2 です。</translation>
    </message>
</context>
<context>
    <name>lc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>キャプション生成</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>画質</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Cannot Store the Key</source>
        <translation>キーを保存できません</translation>
    </message>
    <message>
        <source>Cannot Store the Token</source>
        <translation>トークンを保存できません</translation>
    </message>
</context>
<context>
    <name>lc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>In the caption and tag boxes</source>
        <translation>キャプション欄とタグ欄で</translation>
    </message>
    <message>
        <source>Save the caption and return to the grid</source>
        <translation>キャプションを保存してグリッドに戻る</translation>
    </message>
    <message>
        <source>Add the tags as typed</source>
        <translation>入力したとおりにタグを追加</translation>
    </message>
    <message>
        <source>Add the first suggested tag</source>
        <translation>最初の候補タグを追加</translation>
    </message>
    <message>
        <source>Remove the selected tags (tag list)</source>
        <translation>選択したタグを削除（タグ一覧）</translation>
    </message>
</context>
<context>
    <name>lc::ui::SnapshotsDialog</name>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>復元できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>データセット %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take Snapshot Now</source>
        <translation>今すぐスナップショットを作成(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Catalog Snapshots</source>
        <translation>カタログのスナップショット</translation>
    </message>
    <message>
        <source>A snapshot is a consistent copy of the catalog: every workspace, dataset, caption, tag and setting as it was. Restoring one replaces the catalog; the current one is kept as a new snapshot first, so a restore can be undone the same way.</source>
        <translation>スナップショットは、整合性のあるカタログのコピーです。すべてのワークスペース、データセット、キャプション、タグ、設定がその時点の状態で保存されています。復元するとカタログが置き換えられます。現在のカタログは先に新しいスナップショットとして保存されるため、同じ方法で復元を取り消せます。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>スナップショットを読み込み中…</translation>
    </message>
    <message>
        <source>No snapshots yet. LoRA Craft takes one a day while a library is open (Settings → General), and one before every schema upgrade.</source>
        <translation>スナップショットはまだありません。LoRA Craft はライブラリを開いている間 1 日に 1 回（設定 → 一般）、およびスキーマのアップグレード前に毎回スナップショットを作成します。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in %1</source>
        <translation>
            <numerusform>%1 にスナップショット %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation>スナップショットを作成中…</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>スナップショットを復元</translation>
    </message>
    <message>
        <source>Put back the catalog as it was on %1 (%2)?

Edits made since then are replaced. The current catalog is kept as a new snapshot first, so you can go back to it. The library is closed and reopened.</source>
        <translation>カタログを %1 (%2) の状態に戻しますか？

それ以降の編集は置き換えられます。現在のカタログは先に新しいスナップショットとして保存されるため、元に戻すことができます。ライブラリはいったん閉じて開き直されます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
</context>
<context>
    <name>lc::ui::TagPanel</name>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>タグを絞り込み</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Click a tag to show only its images; select several to merge or delete them</source>
        <translation>タグをクリックするとその画像だけを表示します。複数選択して統合・削除できます</translation>
    </message>
    <message>
        <source>Rename the selected tag on every image of the dataset</source>
        <translation>選択したタグの名前をデータセットのすべての画像で変更します</translation>
    </message>
    <message>
        <source>Merge the selected tags into one</source>
        <translation>選択したタグを 1 つに統合します</translation>
    </message>
    <message>
        <source>Remove the selected tags from every image of the dataset</source>
        <translation>選択したタグをデータセットのすべての画像から削除します</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>タグ名を変更</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>Merge %1 tags into:</source>
        <translation>%1 個のタグの統合先:</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Remove %1 from every image of the dataset? Edit → Undo brings them back.</source>
        <translation>%1 をデータセットのすべての画像から削除しますか？ 編集 → 元に戻す で復元できます。</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>タグ %1 個</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>タグはまだありません</translation>
    </message>
</context>
<context>
    <name>lc::ui::TaskStatus</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 件のタスク</numerusform>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>インポートレポート</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1（%2 秒）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>same image as %1</source>
        <translation>%1 と同じ画像</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>既に存在</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>No tasks yet. Imports and exports run here in the background.</source>
        <translation>タスクはまだありません。インポートとエクスポートはここでバックグラウンド実行されます。</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>完了済みをクリア</translation>
    </message>
    <message>
        <source>Remove finished tasks from this list (the history stays in the library)</source>
        <translation>完了したタスクをこの一覧から削除します（履歴はライブラリに残ります）</translation>
    </message>
    <message>
        <source>The task history cannot be read: %1</source>
        <translation>タスク履歴を読み込めません: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>以前</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>キャプション生成</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1（キャンセル済み）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(deleted dataset)</source>
        <translation>（削除されたデータセット）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Caption the rest of %1; images this run captioned are not sent again.</source>
        <translation>%1 の残りのキャプションを生成します。今回の実行でキャプションを付けた画像は再送信されません。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>Import the rest of %n input(s) into %1; images already there are skipped.</source>
        <translation>
            <numerusform>残りの入力 %n 件を %1 にインポートします。既に存在する画像はスキップされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainActions</name>
    <message>
        <source>Train on Replicate…</source>
        <translation>Replicate で学習…</translation>
    </message>
    <message>
        <source>Trainings…</source>
        <translation>学習履歴…</translation>
    </message>
    <message>
        <source>Export the dataset, upload it to Replicate and train a LoRA there</source>
        <translation>データセットをエクスポートして Replicate にアップロードし、そこで LoRA を学習します</translation>
    </message>
    <message>
        <source>The dataset&apos;s trainings: status, inputs, weights</source>
        <translation>データセットの学習: 状態、入力、重み</translation>
    </message>
    <message>
        <source>Select a dataset to train on.</source>
        <translation>学習するデータセットを選択してください。</translation>
    </message>
    <message>
        <source>Train %1 → %2</source>
        <translation>%1 → %2 を学習</translation>
    </message>
    <message>
        <source>The training of %1 has started: follow it in the Tasks panel or in Dataset → Trainings….</source>
        <translation>%1 の学習を開始しました。タスクパネルまたは データセット → 学習履歴… で進行状況を確認できます。</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>先にデータセットを選択してください。</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainDialog</name>
    <message>
        <source>From %1 to %2.</source>
        <translation>%1 ～ %2。</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>%1 以上。</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>%1 以下。</translation>
    </message>
    <message>
        <source>Create it (private) if it does not exist</source>
        <translation>存在しない場合は作成する（非公開）</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Train “%1” on Replicate</source>
        <translation>「%1」を Replicate で学習</translation>
    </message>
    <message>
        <source>owner/model-name</source>
        <translation>owner/model-name</translation>
    </message>
    <message>
        <source>The model on Replicate the training adds a version to. Each training of it adds a new version.</source>
        <translation>学習によってバージョンが追加される Replicate 上のモデルです。学習するたびに新しいバージョンが追加されます。</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>トレーナー(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>出力先(&amp;D):</translation>
    </message>
    <message>
        <source>Trainer inputs</source>
        <translation>トレーナーの入力</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Checking the dataset…</source>
        <translation>データセットをチェック中…</translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs…</source>
        <translation>トレーナーの入力を調べています…</translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs on Replicate…</source>
        <translation>Replicate でトレーナーの入力を調べています…</translation>
    </message>
    <message>
        <source>Inputs of %1, version %2, as Replicate describes them. Our values for this dataset are filled in; hover over a name for what it does.</source>
        <translation>Replicate が示す %1（バージョン %2）の入力です。このデータセット用の値が入力されています。名前にマウスを重ねると説明が表示されます。</translation>
    </message>
    <message>
        <source>The trainer&apos;s inputs could not be looked up (%1). These are LoRA Craft&apos;s values for the dataset.</source>
        <translation>トレーナーの入力を調べられませんでした（%1）。以下はこのデータセット用の LoRA Craft の値です。</translation>
    </message>
    <message>
        <source>This version of the trainer publishes no input schema: LoRA Craft&apos;s values are sent, and Replicate checks them.</source>
        <translation>このバージョンのトレーナーは入力スキーマを公開していません。LoRA Craft の値が送信され、Replicate がそれを検証します。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>not set (secret: Replicate removes it once delivered)</source>
        <translation>未設定（シークレット: 受け渡し後に Replicate が削除します）</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Trainer&apos;s default: %1.</source>
        <translation>トレーナーの既定値: %1。</translation>
    </message>
    <message>
        <source>Filled in by LoRA Craft for this dataset.</source>
        <translation>このデータセット用に LoRA Craft が入力しました。</translation>
    </message>
    <message>
        <source>The dataset cannot be checked: %1</source>
        <translation>データセットをチェックできません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), all captioned</source>
        <translation>
            <numerusform>画像 %n 枚、すべてキャプションあり</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 without a caption</source>
        <translation>
            <numerusform>画像 %n 枚、うち %1 枚はキャプションなし</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP about %1 (Replicate takes up to 100 MB)</source>
        <translation>ZIP は約 %1（Replicate の上限は 100 MB）</translation>
    </message>
    <message>
        <source>The images add up to %1: the ZIP may pass 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them; the size is checked again once the ZIP is made.</source>
        <translation>画像の合計は %1 です。ZIP が 100 MB を超える可能性があります。より小さな画像（LoRA には長辺 1024 または 1536 px で十分です）をエクスポートするか、枚数を減らしてください。ZIP の作成後にサイズを再チェックします。</translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation>データセットに学習する画像がありません。</translation>
    </message>
    <message>
        <source>Fix the errors of the pre-flight first.</source>
        <translation>先に事前チェックのエラーを修正してください。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Name the model the training adds a version to, as owner/name.</source>
        <translation>学習によってバージョンが追加されるモデルの名前を owner/name の形式で指定してください。</translation>
    </message>
    <message>
        <source>Choose a destination model.</source>
        <translation>出力先のモデルを選択してください。</translation>
    </message>
    <message>
        <source>A destination is owner/name: lowercase letters, digits, dots, dashes and underscores.</source>
        <translation>出力先は owner/name の形式です（小文字、数字、ドット、ダッシュ、アンダースコア）。</translation>
    </message>
    <message>
        <source>The destination is not owner/name.</source>
        <translation>出力先が owner/name の形式ではありません。</translation>
    </message>
    <message>
        <source>Checking %1 on Replicate…</source>
        <translation>Replicate で %1 を確認中…</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 を確認できません: %2</translation>
    </message>
    <message>
        <source>%1 exists; the training gives it its first version.</source>
        <translation>%1 は存在します。学習により最初のバージョンが作成されます。</translation>
    </message>
    <message>
        <source>%1 exists; the training adds a new version to it.</source>
        <translation>%1 は存在します。学習により新しいバージョンが追加されます。</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, when the training starts.</source>
        <translation>%1 はまだ存在しません。学習の開始時に非公開で作成されます。</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, if your token may act for %2.</source>
        <translation>%1 はまだ存在しません。トークンが %2 として操作できる場合、非公開で作成されます。</translation>
    </message>
    <message>
        <source>%1 does not exist. Let LoRA Craft create it, or create it on replicate.com.</source>
        <translation>%1 は存在しません。LoRA Craft に作成させるか、replicate.com で作成してください。</translation>
    </message>
    <message>
        <source>The destination does not exist.</source>
        <translation>出力先が存在しません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>Ready: the dataset is exported and uploaded, then the training starts on Replicate (billed to your account).</source>
        <translation>準備完了: データセットをエクスポートしてアップロードした後、Replicate で学習が始まります（料金はお使いのアカウントに請求されます）。</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation>学習中、%1 %</translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation>GPU を待機中</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Download Weights…</source>
        <translation>重みをダウンロード…</translation>
    </message>
    <message>
        <source>Copy Model Name</source>
        <translation>モデル名をコピー</translation>
    </message>
    <message>
        <source>Copy Trigger Word</source>
        <translation>トリガーワードをコピー</translation>
    </message>
    <message>
        <source>Try It…</source>
        <translation>試す…</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>学習をキャンセル</translation>
    </message>
    <message>
        <source>Ask Replicate</source>
        <translation>Replicate に問い合わせ</translation>
    </message>
    <message>
        <source>Trainings of “%1”</source>
        <translation>「%1」の学習履歴</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>トレーナー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>GPU 時間</translation>
    </message>
    <message>
        <source>No training of this dataset yet. Dataset → Train on Replicate… starts one.</source>
        <translation>このデータセットの学習はまだありません。データセット → Replicate で学習… で開始できます。</translation>
    </message>
    <message>
        <source>Ask Replicate where the selected training is now.</source>
        <translation>選択した学習の現在の状態を Replicate に問い合わせます。</translation>
    </message>
    <message>
        <source>Copies owner/name:version, what a prediction or another app takes.</source>
        <translation>予測や他のアプリで使う owner/name:version をコピーします。</translation>
    </message>
    <message>
        <source>Make a few images with the new version on Replicate (billed to your account), with prompts that use the trigger word.</source>
        <translation>トリガーワードを含むプロンプトで、新しいバージョンを使って Replicate 上で数枚の画像を生成します（料金はお使いのアカウントに請求されます）。</translation>
    </message>
    <message>
        <source>Save the LoRA in</source>
        <translation>LoRA の保存先</translation>
    </message>
    <message>
        <source>Try the LoRA</source>
        <translation>LoRA を試す</translation>
    </message>
    <message>
        <source>One image per prompt, made on Replicate with the new version:</source>
        <translation>新しいバージョンを使って Replicate 上でプロンプトごとに 1 枚の画像を生成します:</translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation>%1 を試す</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Copied the trigger word %1</source>
        <translation>トリガーワード %1 をコピーしました</translation>
    </message>
    <message>
        <source>Download the LoRA of %1</source>
        <translation>%1 の LoRA をダウンロード</translation>
    </message>
    <message>
        <source>Replicate says the training is %1.</source>
        <translation>Replicate によると、学習の状態は %1 です。</translation>
    </message>
    <message>
        <source>Could not cancel the training: %1</source>
        <translation>学習をキャンセルできませんでした: %1</translation>
    </message>
    <message>
        <source>Could not reach Replicate: %1</source>
        <translation>Replicate に接続できませんでした: %1</translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate.</source>
        <translation>Replicate のトークンがありません。設定 → Replicate で追加してください。</translation>
    </message>
    <message>
        <source>The trainings cannot be read: %1</source>
        <translation>学習履歴を読み込めません: %1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新しいバージョン</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>トリガーワード</translation>
    </message>
    <message>
        <source>LoRA saved</source>
        <translation>LoRA の保存先</translation>
    </message>
    <message>
        <source>Training id</source>
        <translation>学習 ID</translation>
    </message>
    <message>
        <source>Total time on Replicate</source>
        <translation>Replicate での合計時間</translation>
    </message>
    <message>
        <source>Dataset ZIP</source>
        <translation>データセット ZIP</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1、SHA-256 %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Images from the new version</source>
        <translation>新しいバージョンで生成した画像</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation>ログの最終行</translation>
    </message>
</context>
<context>
    <name>lc::ui::UrlImportDialog</name>
    <message>
        <source>Import from URLs</source>
        <translation>URL からインポート</translation>
    </message>
    <message>
        <source>Paste the addresses of images, one per line. They are downloaded into &lt;b&gt;%1&lt;/b&gt; and imported like any other file: only http and https, at most five redirects, image content only, the import&apos;s size limits, and images already in the dataset are not added twice. Each image keeps the address it came from.</source>
        <translation>画像のアドレスを 1 行に 1 つずつ貼り付けてください。&lt;b&gt;%1&lt;/b&gt; にダウンロードされ、他のファイルと同様にインポートされます。http と https のみ、リダイレクトは 5 回まで、画像コンテンツのみ、インポートのサイズ制限が適用され、データセットに既にある画像は重複して追加されません。各画像には取得元のアドレスが記録されます。</translation>
    </message>
    <message>
        <source>Download and Import</source>
        <translation>ダウンロードしてインポート</translation>
    </message>
    <message>
        <source>No image address yet.</source>
        <translation>画像のアドレスがまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>To download: %n.</source>
        <translation>
            <numerusform>ダウンロード対象: %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, not an http or https address (%n): %1</source>
        <translation>
            <numerusform>http または https のアドレスではないため除外（%n 件）: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build training-ready LoRA datasets.</source>
        <translation>学習用の LoRA データセットを作成します。</translation>
    </message>
    <message>
        <source>Open the library in DIR.</source>
        <translation>DIR にあるライブラリを開きます。</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE and quit.</source>
        <translation>メインウィンドウのスクリーンショットを FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>With --screenshot: select the first N images before the shot.</source>
        <translation>--screenshot と併用: 撮影前に最初の N 枚の画像を選択します。</translation>
    </message>
    <message>
        <source>Save a screenshot of the Export dialog to FILE and quit.</source>
        <translation>エクスポートダイアログのスクリーンショットを FILE に保存して終了します。</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>スナップショットを復元できません</translation>
    </message>
    <message>
        <source>%1

The library is reopened as it was.</source>
        <translation>%1

ライブラリは元の状態で開き直されます。</translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation>スナップショットを復元しました</translation>
    </message>
    <message>
        <source>The snapshot is restored. The catalog as it was before the restore is kept as the snapshot taken at %1 (File → Restore Snapshot… lists it).</source>
        <translation>スナップショットを復元しました。復元前のカタログは %1 に作成されたスナップショットとして保存されています（ファイル → スナップショットを復元… に表示されます）。</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>ライブラリを開けません</translation>
    </message>
    <message>
        <source>A library folder to open, or folders, images and ZIP files to import.</source>
        <translation>開くライブラリフォルダー、またはインポートするフォルダー・画像・ZIP ファイル。</translation>
    </message>
</context>
</TS>
