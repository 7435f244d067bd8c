<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Caption</name>
    <message>
        <source>The server&apos;s answer is not JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein JSON (%1).</translation>
    </message>
    <message>
        <source>The server answered without a caption (no choices).</source>
        <translation>Der Server hat ohne Bildbeschreibung geantwortet (keine „choices“).</translation>
    </message>
    <message>
        <source>The server answered with an empty caption.</source>
        <translation>Der Server hat mit einer leeren Bildbeschreibung geantwortet.</translation>
    </message>
    <message>
        <source>No model is set for captioning.</source>
        <translation>Für die Bildbeschreibung ist kein Modell festgelegt.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; use one like http://localhost:11434/v1.</source>
        <translation>„%1“ ist keine Serveradresse; verwenden Sie eine wie http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Cannot read the image (%1).</source>
        <translation>Das Bild kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot decode the image (%1).</source>
        <translation>Das Bild kann nicht dekodiert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot encode the image as JPEG (%1).</source>
        <translation>Das Bild kann nicht als JPEG kodiert werden (%1).</translation>
    </message>
    <message>
        <source>Task #%1 is not a captioning run (it is “%2”).</source>
        <translation>Aufgabe #%1 ist kein Beschreibungsdurchlauf (sie ist „%2“).</translation>
    </message>
    <message>
        <source>Task #%1 does not record what it was asked to caption.</source>
        <translation>Aufgabe #%1 hält nicht fest, was beschrieben werden sollte.</translation>
    </message>
    <message>
        <source>Record the captioning run</source>
        <translation>Beschreibungsdurchlauf erfassen</translation>
    </message>
    <message>
        <source>Captioning with %1</source>
        <translation>Bildbeschreibung mit %1</translation>
    </message>
    <message>
        <source>Internal error while captioning.</source>
        <translation>Interner Fehler bei der Bildbeschreibung.</translation>
    </message>
    <message>
        <source>Write generated captions</source>
        <translation>Erzeugte Beschreibungen schreiben</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>%1 of %2 captioned</source>
        <translation>%1 von %2 beschrieben</translation>
    </message>
    <message>
        <source>No Replicate API token: store one in Settings → Captioning (it goes to the keychain) or set REPLICATE_API_TOKEN.</source>
        <translation>Kein Replicate-API-Token: Speichern Sie eines unter Einstellungen → Bildbeschreibung (es kommt in den Schlüsselbund) oder setzen Sie REPLICATE_API_TOKEN.</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 min</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>noch %1 h</translation>
    </message>
    <message>
        <source>Caption with %1</source>
        <translation>Mit %1 beschreiben</translation>
    </message>
    <message>
        <source>Caption %1 with %2</source>
        <translation>%1 mit %2 beschreiben</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>%1 s per image</source>
        <translation>%1 s pro Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>BLIP (short captions)</source>
        <translation>BLIP (kurze Beschreibungen)</translation>
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
        <translation>Florence-2 large (ausführliche Beschreibungen)</translation>
    </message>
    <message>
        <source>Any model…</source>
        <translation>Beliebiges Modell…</translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer has no caption in it.</source>
        <translation>Die Antwort von Florence-2 enthält keine Bildbeschreibung.</translation>
    </message>
    <message>
        <source>Florence-2&apos;s answer ends inside the caption.</source>
        <translation>Die Antwort von Florence-2 endet mitten in der Bildbeschreibung.</translation>
    </message>
    <message>
        <source>The model&apos;s output holds no caption that LoRA Craft can read: %1</source>
        <translation>Die Ausgabe des Modells enthält keine Bildbeschreibung, die LoRA Craft lesen kann: %1</translation>
    </message>
    <message>
        <source>The Replicate model %1 has no version to run yet.</source>
        <translation>Das Replicate-Modell %1 hat noch keine ausführbare Version.</translation>
    </message>
    <message>
        <source>The extra inputs for the Replicate model are not a JSON object (%1): %2</source>
        <translation>Die zusätzlichen Eingaben für das Replicate-Modell sind kein JSON-Objekt (%1): %2</translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation>Das Modell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Replicate stopped the prediction (%1).</source>
        <translation>Replicate hat die Vorhersage gestoppt (%1).</translation>
    </message>
    <message>
        <source>Replicate removed the prediction&apos;s output before it was read.</source>
        <translation>Replicate hat die Ausgabe der Vorhersage entfernt, bevor sie gelesen wurde.</translation>
    </message>
    <message>
        <source>Cannot read the CLIP vocabulary %1.</source>
        <translation>Das CLIP-Vokabular %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CLIP vocabulary is damaged.</source>
        <translation>Das CLIP-Vokabular ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot read the T5 tokenizer model %1.</source>
        <translation>Das T5-Tokenizer-Modell %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The T5 tokenizer model is damaged.</source>
        <translation>Das T5-Tokenizer-Modell ist beschädigt.</translation>
    </message>
    <message>
        <source>The tokenizer model is not T5&apos;s.</source>
        <translation>Das Tokenizer-Modell ist nicht das von T5.</translation>
    </message>
    <message>
        <source>This build of LoRA Craft cannot read T5 tokenizer models.</source>
        <translation>Dieser Build von LoRA Craft kann keine T5-Tokenizer-Modelle lesen.</translation>
    </message>
    <message>
        <source>No dataset was given.</source>
        <translation>Es wurde kein Datensatz angegeben.</translation>
    </message>
    <message>
        <source>There is nothing to find: the search text is empty.</source>
        <translation>Es gibt nichts zu finden: Der Suchtext ist leer.</translation>
    </message>
    <message>
        <source>Invalid regular expression “%1” at offset %2: %3.</source>
        <translation>Ungültiger regulärer Ausdruck „%1“ an Position %2: %3.</translation>
    </message>
    <message>
        <source>The replacement uses \%1, but the expression has %2 capture group(s).</source>
        <translation>Die Ersetzung verwendet \%1, aber der Ausdruck hat %2 Gruppe(n).</translation>
    </message>
    <message>
        <source>The caption template is empty.</source>
        <translation>Die Beschreibungsvorlage ist leer.</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 failed, %4 kept (edited meanwhile)</source>
        <translation>%1 von %2 beschrieben, %3 fehlgeschlagen, %4 beibehalten (zwischenzeitlich bearbeitet)</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 failed</source>
        <translation>%1 von %2 beschrieben, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 captioned, %3 kept (edited meanwhile)</source>
        <translation>%1 von %2 beschrieben, %3 beibehalten (zwischenzeitlich bearbeitet)</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1 is not a catalog file (it is a folder).</source>
        <translation>%1 ist keine Katalogdatei (es ist ein Ordner).</translation>
    </message>
    <message>
        <source>There is no catalog at %1.</source>
        <translation>Unter %1 gibt es keinen Katalog.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is empty.</source>
        <translation>Der Katalog %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a LoRA Craft catalog. Choose another library folder.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein LoRA-Craft-Katalog. Wählen Sie einen anderen Bibliotheksordner.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer LoRA Craft (schema version %2; this version reads up to %3). Update LoRA Craft, or open another library with --library.</source>
        <translation>Der Katalog %1 wurde von einer neueren Version von LoRA Craft geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie LoRA Craft oder öffnen Sie mit --library eine andere Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1 for writing (journal mode stays &apos;%2&apos;). Check that the library folder is writable and on a local disk.</source>
        <translation>Der Katalog %1 kann nicht zum Schreiben geöffnet werden (Journalmodus bleibt &apos;%2&apos;). Prüfen Sie, ob der Bibliotheksordner beschreibbar ist und auf einem lokalen Datenträger liegt.</translation>
    </message>
    <message>
        <source>Dataset #%1 does not exist.</source>
        <translation>Datensatz #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Workspace “%1” already has a dataset named “%2”.</source>
        <translation>Arbeitsbereich „%1“ hat bereits einen Datensatz namens „%2“.</translation>
    </message>
    <message>
        <source>The target resolution must be between 256 and 4096 pixels (got %1).</source>
        <translation>Die Zielauflösung muss zwischen 256 und 4096 Pixeln liegen (erhalten: %1).</translation>
    </message>
    <message>
        <source>The target resolution must be a multiple of 64 pixels (got %1).</source>
        <translation>Die Zielauflösung muss ein Vielfaches von 64 Pixeln sein (erhalten: %1).</translation>
    </message>
    <message>
        <source>Trigger and class words must be on one line.</source>
        <translation>Trigger- und Klassenwörter müssen in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>Workspace #%1 does not exist.</source>
        <translation>Arbeitsbereich #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Workspace “%1” has no dataset named “%2”.</source>
        <translation>Arbeitsbereich „%1“ hat keinen Datensatz namens „%2“.</translation>
    </message>
    <message>
        <source>The workspace “%1” no longer exists.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot restore the dataset</source>
        <translation>Der Datensatz kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot bring back “%1”: a stored image it used was removed (gc ran).</source>
        <translation>„%1“ kann nicht zurückgeholt werden: Ein gespeichertes Bild daraus wurde entfernt (gc wurde ausgeführt).</translation>
    </message>
    <message>
        <source>Cannot restore “%1”</source>
        <translation>„%1“ kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot restore tags</source>
        <translation>Tags können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 bereits vorhanden</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 Duplikate</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>Cannot list items</source>
        <translation>Elemente können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation>Element #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>A rating is between 0 and 5 stars.</source>
        <translation>Eine Bewertung liegt zwischen 0 und 5 Sternen.</translation>
    </message>
    <message>
        <source>Expected WORKSPACE/DATASET, got “%1”.</source>
        <translation>ARBEITSBEREICH/DATENSATZ erwartet, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Cannot upgrade the catalog to schema version %1: %2</source>
        <translation>Der Katalog kann nicht auf Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1: the catalog is busy (another process or thread holds a lock). Try again.</source>
        <translation>%1: Der Katalog ist belegt (ein anderer Prozess oder Thread hält eine Sperre). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the catalog is read-only. Check the permissions of the library folder.</source>
        <translation>%1: Der Katalog ist schreibgeschützt. Prüfen Sie die Berechtigungen des Bibliotheksordners.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>%1: cannot read or write the catalog file (%2).</source>
        <translation>%1: Die Katalogdatei kann nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Abfrage kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Catalog query failed</source>
        <translation>Katalogabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot recover interrupted tasks</source>
        <translation>Unterbrochene Aufgaben können nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation>Unterbrochen: LoRA Craft wurde beendet, bevor die Aufgabe fertig war.</translation>
    </message>
    <message>
        <source>A workspace named “%1” already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>No workspace named “%1”.</source>
        <translation>Kein Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot read tags</source>
        <translation>Tags können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot remove unused images</source>
        <translation>Unbenutzte Bilder können nicht entfernt werden</translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>Aufgabe #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Name at least one tag to rename or merge.</source>
        <translation>Geben Sie mindestens ein Tag zum Umbenennen oder Zusammenführen an.</translation>
    </message>
    <message>
        <source>Name at least one tag to delete.</source>
        <translation>Geben Sie mindestens ein Tag zum Löschen an.</translation>
    </message>
    <message>
        <source>The crop %1,%2 %3 × %4 does not fit inside the %5 × %6 image of item #%7.</source>
        <translation>Der Zuschnitt %1,%2 %3 × %4 passt nicht in das %5 × %6 große Bild von Element #%7.</translation>
    </message>
    <message>
        <source>The filter has a “)” without its “(” (at character %1).</source>
        <translation>Der Filter enthält eine „)“ ohne zugehörige „(“ (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>The filter cannot be read from character %1 on.</source>
        <translation>Der Filter kann ab Zeichen %1 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The quote opened at character %1 of the filter is not closed.</source>
        <translation>Das bei Zeichen %1 des Filters geöffnete Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something after it.</source>
        <translation>„OR“ bei Zeichen %1 des Filters braucht etwas danach.</translation>
    </message>
    <message>
        <source>“AND” at character %1 of the filter needs something on each side.</source>
        <translation>„AND“ bei Zeichen %1 des Filters braucht auf beiden Seiten etwas.</translation>
    </message>
    <message>
        <source>“OR” at character %1 of the filter needs something before it.</source>
        <translation>„OR“ bei Zeichen %1 des Filters braucht etwas davor.</translation>
    </message>
    <message>
        <source>The filter has empty parentheses or a “)” without its “(” (at character %1).</source>
        <translation>Der Filter enthält leere Klammern oder eine „)“ ohne zugehörige „(“ (bei Zeichen %1).</translation>
    </message>
    <message>
        <source>The filter ends where something to look for was expected.</source>
        <translation>Der Filter endet, wo ein Suchbegriff erwartet wurde.</translation>
    </message>
    <message>
        <source>“NOT” at character %1 of the filter needs something after it.</source>
        <translation>„NOT“ bei Zeichen %1 des Filters braucht etwas danach.</translation>
    </message>
    <message>
        <source>The “(” at character %1 of the filter is not closed.</source>
        <translation>Die „(“ bei Zeichen %1 des Filters wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>The filter has empty quotes at character %1: put what to look for between them.</source>
        <translation>Der Filter enthält leere Anführungszeichen bei Zeichen %1: Setzen Sie den Suchbegriff dazwischen.</translation>
    </message>
    <message>
        <source>“%1:” takes %2 (got “%3”).</source>
        <translation>„%1:“ erwartet %2 (erhalten: „%3“).</translation>
    </message>
    <message>
        <source>something to look for</source>
        <translation>einen Suchbegriff</translation>
    </message>
    <message>
        <source>something to look for, or &quot;&quot; for an empty caption</source>
        <translation>einen Suchbegriff oder &quot;&quot; für eine leere Beschreibung</translation>
    </message>
    <message>
        <source>a number with =, !=, &lt;, &lt;=, &gt;, &gt;= or a range such as 2..4</source>
        <translation>eine Zahl mit =, !=, &lt;, &lt;=, &gt;, &gt;= oder einen Bereich wie 2..4</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>The filter cannot use “%1:” here.</source>
        <translation>Der Filter kann „%1:“ hier nicht verwenden.</translation>
    </message>
    <message>
        <source>Token counts and quality flags are filtered by the library service.</source>
        <translation>Tokenanzahlen und Qualitätsmarkierungen werden vom Bibliotheksdienst gefiltert.</translation>
    </message>
    <message>
        <source>item numbers separated by commas</source>
        <translation>durch Kommas getrennte Elementnummern</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (only %2 bytes long). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation>Der Katalog %1 ist beschädigt (nur %2 Bytes lang). Stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her, oder verschieben Sie ihn, um eine neue Bibliothek zu beginnen; LoRA Craft überschreibt ihn nicht.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or is not a database (%2). Restore a snapshot (loracraft-cli snapshot restore) or a backup, or move it aside to start a new library; LoRA Craft will not overwrite it.</source>
        <translation>Der Katalog %1 ist beschädigt oder keine Datenbank (%2). Stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her, oder verschieben Sie ihn, um eine neue Bibliothek zu beginnen; LoRA Craft überschreibt ihn nicht.</translation>
    </message>
    <message>
        <source>the file is in use or cannot be written</source>
        <translation>die Datei wird verwendet oder kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>vor einer Schema-Aktualisierung</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Cannot take a snapshot of the catalog: %1</source>
        <translation>Es kann kein Schnappschuss des Katalogs erstellt werden: %1</translation>
    </message>
    <message>
        <source>The snapshot %1 has a name LoRA Craft cannot read back.</source>
        <translation>Der Schnappschuss %1 hat einen Namen, den LoRA Craft nicht zurücklesen kann.</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>not a LoRA Craft catalog</source>
        <translation>kein LoRA-Craft-Katalog</translation>
    </message>
    <message>
        <source>written by a newer LoRA Craft (schema %1)</source>
        <translation>von einer neueren Version von LoRA Craft geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>“%1” names %2 snapshots; give more of the name.</source>
        <translation>„%1“ passt auf %2 Schnappschüsse; geben Sie mehr vom Namen an.</translation>
    </message>
    <message>
        <source>There is no snapshot “%1” in %2.</source>
        <translation>Es gibt keinen Schnappschuss „%1“ in %2.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored: %2. The catalog was not changed.</source>
        <translation>Der Schnappschuss %1 kann nicht wiederhergestellt werden: %2. Der Katalog wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The snapshot %1 fails its integrity check (%2). The catalog was not changed; choose another snapshot.</source>
        <translation>Der Schnappschuss %1 besteht seine Integritätsprüfung nicht (%2). Der Katalog wurde nicht geändert; wählen Sie einen anderen Schnappschuss.</translation>
    </message>
    <message>
        <source>The catalog is still in use; close LoRA Craft&apos;s other windows and try again. The catalog was not changed.</source>
        <translation>Der Katalog wird noch verwendet; schließen Sie die anderen Fenster von LoRA Craft und versuchen Sie es erneut. Der Katalog wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1: the catalog file is damaged (%2). Run fsck, and restore a snapshot (loracraft-cli snapshot list, then snapshot restore) or a backup.</source>
        <translation>%1: Die Katalogdatei ist beschädigt (%2). Führen Sie fsck aus und stellen Sie einen Schnappschuss (loracraft-cli snapshot list, dann snapshot restore) oder eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The filter does not know “%1:”. It knows tag:, caption:, name:, stars:, width:, height:, tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, status:, origin:, format:, has:, license:, source: and id:.</source>
        <translation>Der Filter kennt „%1:“ nicht. Er kennt tag:, caption:, name:, stars:, width:, height:, tags:, tokens:, sharpness:, brightness:, blur:, dark:, bright:, lowres:, quality:, status:, origin:, format:, has:, license:, source: und id:.</translation>
    </message>
    <message>
        <source>something to look for (openverse, brave, url, a site)</source>
        <translation>einen Suchbegriff (openverse, brave, url, eine Website)</translation>
    </message>
    <message>
        <source>Words match anywhere in the caption, a tag or the file name (agon finds hexagon); &quot;quotes&quot; keep spaces.
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by (licence is not CC0/BY)  license:unknown  source:openverse  source:flickr
Combine with spaces (all must match), OR, NOT or -, and parentheses: (tag:cat OR tag:dog) -blur:yes</source>
        <translation>Wörter passen überall in der Beschreibung, einem Tag oder dem Dateinamen (agon findet hexagon); &quot;Anführungszeichen&quot; erhalten Leerzeichen.
tag:smile  tag:smil*  caption:dress  caption:&quot;&quot;  name:IMG_
stars:&gt;=4  width:&gt;512  height:512..1024  tags:&gt;20  tokens:&gt;75
sharpness:&lt;0.1  brightness:&lt;40  blur:yes  dark:yes  bright:yes  lowres:yes  quality:letterboxed
status:rejected  origin:typed|imported|generated|none  format:png  has:caption|tags|crop|text|license|source  id:12,15
license:cc0,by  -license:cc0,by (Lizenz ist nicht CC0/BY)  license:unknown  source:openverse  source:flickr
Kombinieren mit Leerzeichen (alle müssen passen), OR, NOT oder - und Klammern: (tag:cat OR tag:dog) -blur:yes</translation>
    </message>
    <message>
        <source>The library does not store the image %1.</source>
        <translation>Die Bibliothek speichert das Bild %1 nicht.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>A workspace name cannot be empty.</source>
        <translation>Ein Arbeitsbereichsname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A dataset name cannot be empty.</source>
        <translation>Ein Datensatzname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The workspace name is too long (%1 characters; at most %2).</source>
        <translation>Der Arbeitsbereichsname ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The dataset name is too long (%1 characters; at most %2).</source>
        <translation>Der Datensatzname ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>A workspace name cannot contain &apos;/&apos;: “%1”.</source>
        <translation>Ein Arbeitsbereichsname darf kein &apos;/&apos; enthalten: „%1“.</translation>
    </message>
    <message>
        <source>A dataset name cannot contain &apos;/&apos;: “%1”.</source>
        <translation>Ein Datensatzname darf kein &apos;/&apos; enthalten: „%1“.</translation>
    </message>
    <message>
        <source>A workspace name cannot contain control characters.</source>
        <translation>Ein Arbeitsbereichsname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A dataset name cannot contain control characters.</source>
        <translation>Ein Datensatzname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the old snapshot %1: %2</source>
        <translation>Der alte Schnappschuss %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--library needs a folder</source>
        <translation>--library braucht einen Ordner</translation>
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
        <translation>Aufruf: loracraft-cli [--library DIR] [--json] COMMAND [ARGS...]

LoRA Craft %1 auf der Kommandozeile: Arbeitsbereiche und Datensätze einer Bibliothek verwalten.

Globale Optionen:
  --library DIR  der Bibliotheksordner (Standard: $LORACRAFT_LIBRARY, sonst %2)
  --json         maschinenlesbares JSON auf stdout ausgeben
  --help, -h     Hilfe anzeigen; COMMAND --help zeigt die Optionen eines Befehls
  --version      Version ausgeben

Befehle:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 usage or user error, 2 internal error, 3 completed with problems.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Aufruf- oder Benutzerfehler, 2 interner Fehler, 3 mit Problemen abgeschlossen.
</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>see loracraft-cli --help</source>
        <translation>siehe loracraft-cli --help</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli %1 {%2} ...
</source>
        <translation>Aufruf: loracraft-cli %1 {%2} ...
</translation>
    </message>
    <message>
        <source>unknown command “%1 %2”</source>
        <translation>unbekannter Befehl „%1 %2“</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wird einer von: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>see loracraft-cli %1 --help</source>
        <translation>siehe loracraft-cli %1 --help</translation>
    </message>
    <message>
        <source>%1: missing arguments</source>
        <translation>%1: fehlende Argumente</translation>
    </message>
    <message>
        <source>%1: too many arguments</source>
        <translation>%1: zu viele Argumente</translation>
    </message>
    <message>
        <source>usage: loracraft-cli %1 %2</source>
        <translation>Aufruf: loracraft-cli %1 %2</translation>
    </message>
    <message>
        <source>Add --%1 to create it.</source>
        <translation>Fügen Sie --%1 hinzu, um es zu erstellen.</translation>
    </message>
    <message>
        <source>Delete even if it still holds data.</source>
        <translation>Auch löschen, wenn noch Daten enthalten sind.</translation>
    </message>
    <message>
        <source>Trigger word, e.g. &quot;sks&quot;.</source>
        <translation>Triggerwort, z. B. &quot;sks&quot;.</translation>
    </message>
    <message>
        <source>Class word, e.g. &quot;person&quot;.</source>
        <translation>Klassenwort, z. B. &quot;person&quot;.</translation>
    </message>
    <message>
        <source>Target resolution in pixels (multiple of 64; default 1024, 512 for sd15).</source>
        <translation>Zielauflösung in Pixeln (Vielfaches von 64; Standard 1024, 512 für sd15).</translation>
    </message>
    <message>
        <source>Free-form notes.</source>
        <translation>Freie Notizen.</translation>
    </message>
    <message>
        <source>--resolution needs a whole number of pixels, got “%1”.</source>
        <translation>--resolution braucht eine ganze Zahl von Pixeln, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Dataset:     %1/%2</source>
        <translation>Datensatz:   %1/%2</translation>
    </message>
    <message>
        <source>Items:       %1 (%2 rejected, %3 in trash)</source>
        <translation>Elemente:    %1 (%2 aussortiert, %3 im Papierkorb)</translation>
    </message>
    <message>
        <source>Trigger:     %1</source>
        <translation>Trigger:     %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Class:       %1</source>
        <translation>Klasse:      %1</translation>
    </message>
    <message>
        <source>Target:      %1 at %2 px</source>
        <translation>Ziel:        %1 bei %2 px</translation>
    </message>
    <message>
        <source>Notes:       %1</source>
        <translation>Notizen:     %1</translation>
    </message>
    <message>
        <source>Created:     %1</source>
        <translation>Erstellt:    %1</translation>
    </message>
    <message>
        <source>Created workspace “%1”.</source>
        <translation>Arbeitsbereich „%1“ erstellt.</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: loracraft-cli workspace create NAME</source>
        <translation>Noch keine Arbeitsbereiche. Erstellen Sie einen mit: loracraft-cli workspace create NAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DATASETS</source>
        <translation>DATENSÄTZE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>Renamed workspace “%1” to “%2”.</source>
        <translation>Arbeitsbereich „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Workspace “%1” holds %2 dataset(s) with %3 item(s). Add --yes to delete them with it.</source>
        <translation>Arbeitsbereich „%1“ enthält %2 Datensatz/Datensätze mit %3 Element(en). Fügen Sie --yes hinzu, um sie mitzulöschen.</translation>
    </message>
    <message>
        <source>Deleted workspace “%1” (%2 dataset(s), %3 item(s)). Run gc to free the disk space of images no other dataset uses.</source>
        <translation>Arbeitsbereich „%1“ gelöscht (%2 Datensatz/Datensätze, %3 Element(e)). Führen Sie gc aus, um den Speicherplatz von Bildern freizugeben, die kein anderer Datensatz verwendet.</translation>
    </message>
    <message>
        <source>Create it first, or add --parents.</source>
        <translation>Erstellen Sie ihn zuerst oder fügen Sie --parents hinzu.</translation>
    </message>
    <message>
        <source>Created dataset “%1/%2”.</source>
        <translation>Datensatz „%1/%2“ erstellt.</translation>
    </message>
    <message>
        <source>No datasets yet. Create one with: loracraft-cli dataset create WORKSPACE/DATASET</source>
        <translation>Noch keine Datensätze. Erstellen Sie einen mit: loracraft-cli dataset create WORKSPACE/DATASET</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>ELEMENTE</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>AUFLÖSUNG</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>TRIGGER</translation>
    </message>
    <message>
        <source>Renamed dataset “%1/%2” to “%1/%3”.</source>
        <translation>Datensatz „%1/%2“ in „%1/%3“ umbenannt.</translation>
    </message>
    <message>
        <source>Dataset “%1/%2” holds %3 item(s). Add --yes to delete them with it.</source>
        <translation>Datensatz „%1/%2“ enthält %3 Element(e). Fügen Sie --yes hinzu, um sie mitzulöschen.</translation>
    </message>
    <message>
        <source>Deleted dataset “%1/%2” (%3 item(s)).</source>
        <translation>Datensatz „%1/%2“ gelöscht (%3 Element(e)).</translation>
    </message>
    <message>
        <source>Checking stored images: %1/%2</source>
        <translation>Gespeicherte Bilder werden geprüft: %1/%2</translation>
    </message>
    <message>
        <source>Checked the catalog and %1 stored image(s) (%2).</source>
        <translation>Katalog und %1 gespeicherte(s) Bild(er) geprüft (%2).</translation>
    </message>
    <message>
        <source>catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>missing: %1 — %2</source>
        <translation>fehlt: %1 — %2</translation>
    </message>
    <message>
        <source>damaged: %1 — %2</source>
        <translation>beschädigt: %1 — %2</translation>
    </message>
    <message>
        <source>orphan:  %1 (no catalog entry; gc removes it)</source>
        <translation>verwaist:  %1 (kein Katalogeintrag; gc entfernt es)</translation>
    </message>
    <message>
        <source>foreign: %1 (not a LoRA Craft object; left alone)</source>
        <translation>fremd: %1 (kein LoRA-Craft-Objekt; bleibt unangetastet)</translation>
    </message>
    <message>
        <source>temporary: %1 (left by an interrupted import or export; removed on the next open or by gc)</source>
        <translation>temporär: %1 (von einem unterbrochenen Import oder Export hinterlassen; wird beim nächsten Öffnen oder durch gc entfernt)</translation>
    </message>
    <message>
        <source>%1 stored image(s) are no longer used by any item; gc removes them.</source>
        <translation>%1 gespeicherte(s) Bild(er) werden von keinem Element mehr verwendet; gc entfernt sie.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Problems found: %1 catalog, %2 missing, %3 damaged.</source>
        <translation>Probleme gefunden: %1 Katalog, %2 fehlend, %3 beschädigt.</translation>
    </message>
    <message>
        <source>Would remove %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation>Würde %1 unbenutzte(s) Bild(er) und %2 verwaiste Datei(en) entfernen und %3 freigeben.</translation>
    </message>
    <message>
        <source>Removed %1 unused image(s) and %2 orphan file(s), freeing %3.</source>
        <translation>%1 unbenutzte(s) Bild(er) und %2 verwaiste Datei(en) entfernt, %3 freigegeben.</translation>
    </message>
    <message>
        <source>Create a workspace.</source>
        <translation>Einen Arbeitsbereich erstellen.</translation>
    </message>
    <message>
        <source>List workspaces.</source>
        <translation>Arbeitsbereiche auflisten.</translation>
    </message>
    <message>
        <source>Rename a workspace.</source>
        <translation>Einen Arbeitsbereich umbenennen.</translation>
    </message>
    <message>
        <source>Delete a workspace and its datasets.</source>
        <translation>Einen Arbeitsbereich und seine Datensätze löschen.</translation>
    </message>
    <message>
        <source>Delete a workspace with all its datasets and items. A workspace that still holds datasets is only deleted with --yes. Stored images stay until gc removes the ones nothing uses.</source>
        <translation>Einen Arbeitsbereich mit allen Datensätzen und Elementen löschen. Ein Arbeitsbereich, der noch Datensätze enthält, wird nur mit --yes gelöscht. Gespeicherte Bilder bleiben, bis gc die nicht mehr verwendeten entfernt.</translation>
    </message>
    <message>
        <source>Create the workspace too if it does not exist.</source>
        <translation>Auch den Arbeitsbereich erstellen, falls er nicht existiert.</translation>
    </message>
    <message>
        <source>Create a dataset.</source>
        <translation>Einen Datensatz erstellen.</translation>
    </message>
    <message>
        <source>Create a dataset in a workspace, with its training settings.</source>
        <translation>Einen Datensatz in einem Arbeitsbereich erstellen, mit seinen Trainingseinstellungen.</translation>
    </message>
    <message>
        <source>List datasets (of one workspace).</source>
        <translation>Datensätze (eines Arbeitsbereichs) auflisten.</translation>
    </message>
    <message>
        <source>Show a dataset&apos;s settings and counts.</source>
        <translation>Einstellungen und Zahlen eines Datensatzes anzeigen.</translation>
    </message>
    <message>
        <source>Rename a dataset.</source>
        <translation>Einen Datensatz umbenennen.</translation>
    </message>
    <message>
        <source>Change a dataset&apos;s settings.</source>
        <translation>Die Einstellungen eines Datensatzes ändern.</translation>
    </message>
    <message>
        <source>Delete a dataset.</source>
        <translation>Einen Datensatz löschen.</translation>
    </message>
    <message>
        <source>Delete a dataset and its items. A dataset that holds items is only deleted with --yes.</source>
        <translation>Einen Datensatz und seine Elemente löschen. Ein Datensatz mit Elementen wird nur mit --yes gelöscht.</translation>
    </message>
    <message>
        <source>Check the catalog and re-hash every stored image.</source>
        <translation>Den Katalog prüfen und jedes gespeicherte Bild neu hashen.</translation>
    </message>
    <message>
        <source>Remove stored images that no item uses.</source>
        <translation>Gespeicherte Bilder entfernen, die kein Element verwendet.</translation>
    </message>
    <message>
        <source>Remove stored images and thumbnails that no item references (items in the trash keep theirs), orphan files and leftover temporary files. Refuses to run on a catalog that fails its integrity check, or one that knows no stored images while objects/ holds some.</source>
        <translation>Gespeicherte Bilder und Vorschaubilder entfernen, auf die kein Element verweist (Elemente im Papierkorb behalten ihre), sowie verwaiste und übrig gebliebene temporäre Dateien. Läuft nicht bei einem Katalog, der seine Integritätsprüfung nicht besteht oder keine gespeicherten Bilder kennt, während objects/ welche enthält.</translation>
    </message>
    <message>
        <source>Only report what would be removed.</source>
        <translation>Nur melden, was entfernt würde.</translation>
    </message>
    <message>
        <source>export needs --out PATH (a folder, or a file ending in .zip).</source>
        <translation>export braucht --out PATH (einen Ordner oder eine Datei mit der Endung .zip).</translation>
    </message>
    <message>
        <source>Replicate trainers take a ZIP: give --out a name ending in .zip.</source>
        <translation>Replicate-Trainer nehmen ein ZIP: Geben Sie --out einen Namen mit der Endung .zip.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>--background needs a colour such as #ffffff or white.</source>
        <translation>--background braucht eine Farbe wie #ffffff oder white.</translation>
    </message>
    <message>
        <source>--resize long-side:N needs N ≥ 64.</source>
        <translation>--resize long-side:N braucht N ≥ 64.</translation>
    </message>
    <message>
        <source>--resize is none, long-side:N or bucket.</source>
        <translation>--resize ist none, long-side:N oder bucket.</translation>
    </message>
    <message>
        <source>Pre-flight: %1 image(s) to export as %2.</source>
        <translation>Vorabprüfung: %1 Bild(er) zum Export als %2.</translation>
    </message>
    <message>
        <source>The export is blocked by the pre-flight errors above; nothing was written.</source>
        <translation>Der Export wird durch die obigen Fehler der Vorabprüfung blockiert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Exporting %1/%2</source>
        <translation>Export von %1/%2</translation>
    </message>
    <message>
        <source>Exported %1 image(s) for %2 to %3 (%4 in %5 s).</source>
        <translation>%1 Bild(er) für %2 nach %3 exportiert (%4 in %5 s).</translation>
    </message>
    <message>
        <source>Dataset to export.</source>
        <translation>Zu exportierender Datensatz.</translation>
    </message>
    <message>
        <source>Output folder, or a file ending in .zip (must not exist).</source>
        <translation>Ausgabeordner oder eine Datei mit der Endung .zip (darf nicht existieren).</translation>
    </message>
    <message>
        <source>Trigger word (default: the dataset&apos;s).</source>
        <translation>Triggerwort (Standard: das des Datensatzes).</translation>
    </message>
    <message>
        <source>Class word (default: the dataset&apos;s).</source>
        <translation>Klassenwort (Standard: das des Datensatzes).</translation>
    </message>
    <message>
        <source>Repeats per epoch (default: from kohya folders, else 10).</source>
        <translation>Wiederholungen pro Epoche (Standard: aus kohya-Ordnern, sonst 10).</translation>
    </message>
    <message>
        <source>Do not put the trigger word in front of captions that lack it.</source>
        <translation>Das Triggerwort nicht vor Beschreibungen setzen, denen es fehlt.</translation>
    </message>
    <message>
        <source>Export rejected images too.</source>
        <translation>Aussortierte Bilder ebenfalls exportieren.</translation>
    </message>
    <message>
        <source>original (sanitized stems, default) or sequential (0001, 0002, …).</source>
        <translation>original (bereinigte Namensstämme, Standard) oder sequential (0001, 0002, …).</translation>
    </message>
    <message>
        <source>keep (default: original bytes when nothing changes, else PNG), png or jpeg.</source>
        <translation>keep (Standard: Originalbytes, wenn sich nichts ändert, sonst PNG), png oder jpeg.</translation>
    </message>
    <message>
        <source>JPEG quality (default 95).</source>
        <translation>JPEG-Qualität (Standard 95).</translation>
    </message>
    <message>
        <source>Colour transparent pixels are flattened onto (default white).</source>
        <translation>Farbe, auf die transparente Pixel reduziert werden (Standard white).</translation>
    </message>
    <message>
        <source>Keep EXIF/XMP/text metadata in images written as they are.</source>
        <translation>EXIF-/XMP-/Text-Metadaten in unverändert geschriebenen Bildern behalten.</translation>
    </message>
    <message>
        <source>With --resize bucket: allow upscaling (kohya without bucket_no_upscale).</source>
        <translation>Mit --resize bucket: Hochskalieren erlauben (kohya ohne bucket_no_upscale).</translation>
    </message>
    <message>
        <source>Only run the pre-flight check (exit 3 when it finds errors).</source>
        <translation>Nur die Vorabprüfung ausführen (Exit-Code 3, wenn sie Fehler findet).</translation>
    </message>
    <message>
        <source>Export a dataset for a trainer (folder or ZIP).</source>
        <translation>Einen Datensatz für einen Trainer exportieren (Ordner oder ZIP).</translation>
    </message>
    <message>
        <source>Export a dataset in the exact layout a trainer reads, after a pre-flight check: errors (e.g. an empty caption for kohya) block the export, warnings do not. Output goes to PATH.part and is renamed when complete, so a failed or canceled export leaves nothing. The same dataset and options give a byte-identical ZIP.</source>
        <translation>Einen Datensatz nach einer Vorabprüfung genau in der Struktur exportieren, die ein Trainer liest: Fehler (z. B. eine leere Beschreibung bei kohya) blockieren den Export, Warnungen nicht. Die Ausgabe geht nach PATH.part und wird nach Abschluss umbenannt, sodass ein fehlgeschlagener oder abgebrochener Export nichts hinterlässt. Derselbe Datensatz mit denselben Optionen ergibt ein byte-identisches ZIP.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>%1/%2 files, %3 imported, %4 skipped</source>
        <translation>%1/%2 Dateien, %3 importiert, %4 übersprungen</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, got “%2”.</source>
        <translation>--%1 braucht eine positive Zahl, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>import needs --dataset WORKSPACE/DATASET.</source>
        <translation>import braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>Add --create to create it.</source>
        <translation>Fügen Sie --create hinzu, um ihn zu erstellen.</translation>
    </message>
    <message>
        <source>skipped    %1 — %2</source>
        <translation>übersprungen %1 — %2</translation>
    </message>
    <message>
        <source>duplicate  %1 — same image as %2</source>
        <translation>Duplikat     %1 — gleiches Bild wie %2</translation>
    </message>
    <message>
        <source>note       %1 — %2</source>
        <translation>Hinweis      %1 — %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the inputs hold no images (%1 hidden or system file(s) ignored).</source>
        <translation>Nichts importiert: Die Eingaben enthalten keine Bilder (%1 versteckte oder Systemdatei(en) ignoriert).</translation>
    </message>
    <message>
        <source>Target dataset.</source>
        <translation>Zieldatensatz.</translation>
    </message>
    <message>
        <source>Create the dataset (and workspace) if missing.</source>
        <translation>Den Datensatz (und Arbeitsbereich) erstellen, falls er fehlt.</translation>
    </message>
    <message>
        <source>Skip files larger than MB megabytes (default 50).</source>
        <translation>Dateien über MB Megabyte überspringen (Standard 50).</translation>
    </message>
    <message>
        <source>Skip images over MP megapixels (default 100).</source>
        <translation>Bilder über MP Megapixel überspringen (Standard 100).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Import images, folders and ZIPs into a dataset.</source>
        <translation>Bilder, Ordner und ZIPs in einen Datensatz importieren.</translation>
    </message>
    <message>
        <source>Import image files, folders (recursively) and ZIP archives into a dataset. Formats are detected by content (JPEG, PNG, WebP, GIF, BMP, TIFF); stem.txt / stem.caption files beside an image become its caption; kohya folders named N_trigger class set repeats. Every input ends as imported, already in the dataset, a duplicate of another input, or skipped with a reason. Ctrl+C cancels; what was imported stays. Exit code 0 when everything was imported or already present, 3 when some inputs were skipped.</source>
        <translation>Bilddateien, Ordner (rekursiv) und ZIP-Archive in einen Datensatz importieren. Formate werden am Inhalt erkannt (JPEG, PNG, WebP, GIF, BMP, TIFF); stem.txt- / stem.caption-Dateien neben einem Bild werden zu seiner Beschreibung; kohya-Ordner namens N_trigger class legen Wiederholungen fest. Jede Eingabe endet als importiert, bereits im Datensatz, Duplikat einer anderen Eingabe oder mit Grund übersprungen. Ctrl+C bricht ab; bereits Importiertes bleibt. Exit-Code 0, wenn alles importiert wurde oder bereits vorhanden war, 3, wenn Eingaben übersprungen wurden.</translation>
    </message>
    <message>
        <source>export needs --format (one of: %1).</source>
        <translation>export braucht --format (eines von: %1).</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use one of: %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The trainer&apos;s layout: %1.</source>
        <translation>Die Struktur des Trainers: %1.</translation>
    </message>
    <message>
        <source>Target model: %1.</source>
        <translation>Zielmodell: %1.</translation>
    </message>
    <message>
        <source>Unknown target model “%1”; use one of: %2.</source>
        <translation>Unbekanntes Zielmodell „%1“; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>--%1 takes one of: %2.</source>
        <translation>--%1 nimmt eines von: %2.</translation>
    </message>
    <message>
        <source>caption needs --dataset WORKSPACE/DATASET (or --resume TASK_ID).</source>
        <translation>caption braucht --dataset WORKSPACE/DATASET (oder --resume TASK_ID).</translation>
    </message>
    <message>
        <source>caption needs --backend (one of: %1).</source>
        <translation>caption braucht --backend (eines von: %1).</translation>
    </message>
    <message>
        <source>--backend takes one of: %1.</source>
        <translation>--backend nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>caption --backend openai needs --url (e.g. http://localhost:11434/v1 for Ollama).</source>
        <translation>caption --backend openai braucht --url (z. B. http://localhost:11434/v1 für Ollama).</translation>
    </message>
    <message>
        <source>Give --prompt or --prompt-file, not both.</source>
        <translation>Geben Sie --prompt oder --prompt-file an, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot read the prompt file %1: %2</source>
        <translation>Die Prompt-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The prompt is empty.</source>
        <translation>Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>--mode takes one of: %1.</source>
        <translation>--mode nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --api-key-env is not set.</source>
        <translation>Die mit --api-key-env angegebene Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>failed     %1 — %2</source>
        <translation>fehlgeschl.  %1 — %2</translation>
    </message>
    <message>
        <source>task %1: %2 in %3 s</source>
        <translation>Aufgabe %1: %2 in %3 s</translation>
    </message>
    <message>
        <source>Resume with: loracraft-cli caption --resume %1</source>
        <translation>Fortsetzen mit: loracraft-cli caption --resume %1</translation>
    </message>
    <message>
        <source>items needs --dataset WORKSPACE/DATASET.</source>
        <translation>items braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>CAPTION FROM</source>
        <translation>BESCHR. AUS</translation>
    </message>
    <message>
        <source>CAPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>The dataset to caption.</source>
        <translation>Der zu beschreibende Datensatz.</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible base URL, e.g. http://localhost:11434/v1.</source>
        <translation>Die OpenAI-kompatible Basis-URL des Servers, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key.</source>
        <translation>Die Umgebungsvariable, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <source>The prompt; {trigger}, {class}, {tags}, {filename} and {caption} are filled in.</source>
        <translation>Der Prompt; {trigger}, {class}, {tags}, {filename} und {caption} werden ausgefüllt.</translation>
    </message>
    <message>
        <source>Read the prompt from a file.</source>
        <translation>Den Prompt aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>fill-empty (default), replace-auto, append or replace-all.</source>
        <translation>fill-empty (Standard), replace-auto, append oder replace-all.</translation>
    </message>
    <message>
        <source>Requests in flight (default 4).</source>
        <translation>Gleichzeitige Anfragen (Standard 4).</translation>
    </message>
    <message>
        <source>Long side of the image sent, in pixels (default 1024).</source>
        <translation>Lange Seite des gesendeten Bildes in Pixeln (Standard 1024).</translation>
    </message>
    <message>
        <source>Continue an earlier run without sending again what it captioned.</source>
        <translation>Einen früheren Durchlauf fortsetzen, ohne bereits Beschriebenes erneut zu senden.</translation>
    </message>
    <message>
        <source>Caption a dataset&apos;s images with a vision model.</source>
        <translation>Die Bilder eines Datensatzes mit einem Vision-Modell beschreiben.</translation>
    </message>
    <message>
        <source>Sends each image (upright, JPEG, long side --max-side) with the prompt to a vision model and writes the cleaned answer as the caption, recording the backend, model, prompt and time. By default only empty captions are filled; a caption typed by a person or read from a caption file is replaced only with --mode replace-all, and one edited while the run goes on is kept. Ctrl+C stops cleanly; --resume continues. Exit code 0 when every image got its caption, 3 when some failed (listed).</source>
        <translation>Sendet jedes Bild (aufrecht, JPEG, lange Seite --max-side) mit dem Prompt an ein Vision-Modell und schreibt die bereinigte Antwort als Beschreibung; Backend, Modell, Prompt und Zeit werden festgehalten. Standardmäßig werden nur leere Beschreibungen gefüllt; eine von einer Person eingegebene oder aus einer Beschreibungsdatei gelesene Beschreibung wird nur mit --mode replace-all ersetzt, und eine während des Durchlaufs bearbeitete bleibt erhalten. Ctrl+C stoppt sauber; --resume setzt fort. Exit-Code 0, wenn jedes Bild seine Beschreibung erhalten hat, 3, wenn einige fehlgeschlagen sind (aufgelistet).</translation>
    </message>
    <message>
        <source>List a dataset&apos;s items with their captions and where they came from.</source>
        <translation>Die Elemente eines Datensatzes mit ihren Beschreibungen und deren Herkunft auflisten.</translation>
    </message>
    <message>
        <source>Every item of the dataset (the trash included) with its id, file name, SHA-256, caption, the caption&apos;s provenance, tags, status, rating and size.</source>
        <translation>Jedes Element des Datensatzes (einschließlich Papierkorb) mit ID, Dateiname, SHA-256, Beschreibung, Herkunft der Beschreibung, Tags, Status, Bewertung und Größe.</translation>
    </message>
    <message>
        <source>The dataset.</source>
        <translation>Der Datensatz.</translation>
    </message>
    <message>
        <source>caption needs --model (the model&apos;s name on the server, e.g. llava:13b, or a Replicate model such as salesforce/blip).</source>
        <translation>caption braucht --model (den Namen des Modells auf dem Server, z. B. llava:13b, oder ein Replicate-Modell wie salesforce/blip).</translation>
    </message>
    <message>
        <source>--image-input, --prompt-input and --input are for --backend replicate.</source>
        <translation>--image-input, --prompt-input und --input gelten für --backend replicate.</translation>
    </message>
    <message>
        <source>No Replicate API token: set REPLICATE_API_TOKEN, or store the token in the GUI (Settings → Captioning), which keeps it in the keychain.</source>
        <translation>Kein Replicate-API-Token: Setzen Sie REPLICATE_API_TOKEN oder speichern Sie das Token in der GUI (Einstellungen → Bildbeschreibung), die es im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>openai: any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter); replicate: a model on Replicate (token from REPLICATE_API_TOKEN or the keychain).</source>
        <translation>openai: jeder OpenAI-kompatible Server (Ollama, llama.cpp, vLLM, LM Studio, OpenRouter); replicate: ein Modell auf Replicate (Token aus REPLICATE_API_TOKEN oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>The model&apos;s name on the server; for Replicate OWNER/NAME[:VERSION], e.g. salesforce/blip, yorickvp/llava-13b, lucataco/florence-2-large.</source>
        <translation>Der Name des Modells auf dem Server; für Replicate OWNER/NAME[:VERSION], z. B. salesforce/blip, yorickvp/llava-13b, lucataco/florence-2-large.</translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the image (default image).</source>
        <translation>Replicate: die Eingabe des Modells, die das Bild nimmt (Standard image).</translation>
    </message>
    <message>
        <source>Replicate: the model&apos;s input that takes the prompt (LLaVA: prompt; none for BLIP and Florence-2).</source>
        <translation>Replicate: die Eingabe des Modells, die den Prompt nimmt (LLaVA: prompt; none für BLIP und Florence-2).</translation>
    </message>
    <message>
        <source>Replicate: further inputs as a JSON object, e.g. &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;.</source>
        <translation>Replicate: weitere Eingaben als JSON-Objekt, z. B. &apos;{&quot;task_input&quot;:&quot;Caption&quot;}&apos;.</translation>
    </message>
    <message>
        <source>
Sub-commands (each with --help):
</source>
        <translation>
Unterbefehle (jeweils mit --help):
</translation>
    </message>
    <message>
        <source>%1 needs --dataset WORKSPACE/DATASET.</source>
        <translation>%1 braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>No item of %1 has tags.</source>
        <translation>Kein Element von %1 hat Tags.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>No item of %1 has %2 (tags compare case-insensitively); nothing was changed.</source>
        <translation>Kein Element von %1 hat %2 (Tags werden ohne Beachtung der Groß-/Kleinschreibung verglichen); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Renamed %1 to “%2” on %3 item(s) of %4.</source>
        <translation>%1 in „%2“ umbenannt bei %3 Element(en) von %4.</translation>
    </message>
    <message>
        <source>Merged %1 into “%2” on %3 item(s) of %4.</source>
        <translation>%1 zu „%2“ zusammengeführt bei %3 Element(en) von %4.</translation>
    </message>
    <message>
        <source>Deleted %1 from %2 item(s) of %3.</source>
        <translation>%1 von %2 Element(en) von %3 gelöscht.</translation>
    </message>
    <message>
        <source>tags merge needs --into TAG, the tag to merge into.</source>
        <translation>tags merge braucht --into TAG, das Ziel-Tag der Zusammenführung.</translation>
    </message>
    <message>
        <source>captions replace needs --find TEXT and --replace TEXT (--replace &quot;&quot; removes what is found).</source>
        <translation>captions replace braucht --find TEXT und --replace TEXT (--replace &quot;&quot; entfernt das Gefundene).</translation>
    </message>
    <message>
        <source>  before: %1</source>
        <translation>  vorher:  %1</translation>
    </message>
    <message>
        <source>  after:  %1</source>
        <translation>  nachher: %1</translation>
    </message>
    <message>
        <source>skipped    %1 — its caption changed after the preview; left as it is</source>
        <translation>übersprungen %1 — die Beschreibung hat sich nach der Vorschau geändert; bleibt unverändert</translation>
    </message>
    <message>
        <source>No caption of the %1 checked in %2 changes.</source>
        <translation>Keine der %1 geprüften Beschreibungen in %2 ändert sich.</translation>
    </message>
    <message>
        <source>Would change %1 of %2 caption(s) (dry run: nothing was written).</source>
        <translation>Würde %1 von %2 Beschreibung(en) ändern (Probelauf: nichts wurde geschrieben).</translation>
    </message>
    <message>
        <source>Changed %1 of %2 caption(s).</source>
        <translation>%1 von %2 Beschreibung(en) geändert.</translation>
    </message>
    <message>
        <source>List a dataset&apos;s tags, most used first.</source>
        <translation>Die Tags eines Datensatzes auflisten, die häufigsten zuerst.</translation>
    </message>
    <message>
        <source>The dataset&apos;s tags with how many items (not in the trash) carry each, most used first. Tags compare case-insensitively. Rename, merge and delete them with the sub-commands below.</source>
        <translation>Die Tags des Datensatzes mit der Anzahl der Elemente (nicht im Papierkorb), die sie tragen, die häufigsten zuerst. Tags werden ohne Beachtung der Groß-/Kleinschreibung verglichen. Mit den Unterbefehlen unten umbenennen, zusammenführen und löschen.</translation>
    </message>
    <message>
        <source>Rename a tag on every item of a dataset.</source>
        <translation>Ein Tag auf jedem Element eines Datensatzes umbenennen.</translation>
    </message>
    <message>
        <source>Rename a tag on every item of the dataset (the trash included). An item that already has the new name keeps one copy, where the first of the two was. The new name is spelled as given: &quot;cat&quot; to &quot;Cat&quot; respells the tag (a tag has one spelling in the library). Exit code 1 when no item has the tag.</source>
        <translation>Ein Tag auf jedem Element des Datensatzes umbenennen (einschließlich Papierkorb). Ein Element, das den neuen Namen bereits hat, behält eine Kopie an der Stelle der ersten der beiden. Der neue Name wird wie angegeben geschrieben: &quot;cat&quot; zu &quot;Cat&quot; ändert die Schreibweise des Tags (ein Tag hat in der Bibliothek eine Schreibweise). Exit-Code 1, wenn kein Element das Tag hat.</translation>
    </message>
    <message>
        <source>Merge tags into one on every item of a dataset.</source>
        <translation>Tags auf jedem Element eines Datensatzes zu einem zusammenführen.</translation>
    </message>
    <message>
        <source>Replace each of the tags with the --into tag on every item of the dataset (the trash included); an item keeps one copy, where the first of them was. Exit code 1 when no item has any of them.</source>
        <translation>Jedes der Tags auf jedem Element des Datensatzes (einschließlich Papierkorb) durch das --into-Tag ersetzen; ein Element behält eine Kopie an der Stelle des ersten davon. Exit-Code 1, wenn kein Element eines davon hat.</translation>
    </message>
    <message>
        <source>The tag to merge into (new or existing).</source>
        <translation>Das Ziel-Tag der Zusammenführung (neu oder vorhanden).</translation>
    </message>
    <message>
        <source>Remove tags from every item of a dataset.</source>
        <translation>Tags von jedem Element eines Datensatzes entfernen.</translation>
    </message>
    <message>
        <source>Remove the tags from every item of the dataset (the trash included). Exit code 1 when no item has any of them.</source>
        <translation>Die Tags von jedem Element des Datensatzes entfernen (einschließlich Papierkorb). Exit-Code 1, wenn kein Element eines davon hat.</translation>
    </message>
    <message>
        <source>Find and replace text in a dataset&apos;s captions.</source>
        <translation>Text in den Beschreibungen eines Datensatzes suchen und ersetzen.</translation>
    </message>
    <message>
        <source>Find and replace in the captions of the dataset&apos;s kept and rejected items (not the trash): prints every change (file name, caption before and after), then writes them unless --dry-run. Case-insensitive unless --case-sensitive. With --regex, --find is a Perl-compatible regular expression and in --replace \1 to \99 insert a capture group, \0 the whole match and \\ a backslash. A changed caption counts as typed by a person (provenance manual). A caption edited between the preview and the write is left alone and listed (exit code 3).</source>
        <translation>In den Beschreibungen der behaltenen und aussortierten Elemente des Datensatzes (nicht im Papierkorb) suchen und ersetzen: Gibt jede Änderung aus (Dateiname, Beschreibung vorher und nachher) und schreibt sie dann, außer mit --dry-run. Ohne Beachtung der Groß-/Kleinschreibung, außer mit --case-sensitive. Mit --regex ist --find ein Perl-kompatibler regulärer Ausdruck, und in --replace fügen \1 bis \99 eine Gruppe ein, \0 den ganzen Treffer und \\ einen Backslash. Eine geänderte Beschreibung gilt als von einer Person eingegeben (Herkunft manual). Eine zwischen Vorschau und Schreiben bearbeitete Beschreibung bleibt unangetastet und wird aufgelistet (Exit-Code 3).</translation>
    </message>
    <message>
        <source>The text (or, with --regex, the expression) to find.</source>
        <translation>Der zu suchende Text (oder mit --regex der Ausdruck).</translation>
    </message>
    <message>
        <source>What to put instead (may be empty).</source>
        <translation>Der Ersatz (darf leer sein).</translation>
    </message>
    <message>
        <source>--find is a regular expression.</source>
        <translation>--find ist ein regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>Match case exactly.</source>
        <translation>Groß-/Kleinschreibung genau beachten.</translation>
    </message>
    <message>
        <source>Only print what would change.</source>
        <translation>Nur ausgeben, was sich ändern würde.</translation>
    </message>
    <message>
        <source>task %1: captioning %2 image(s); if it stops, continue with: loracraft-cli caption --resume %1</source>
        <translation>Aufgabe %1: %2 Bild(er) werden beschrieben; falls sie abbricht, fortsetzen mit: loracraft-cli caption --resume %1</translation>
    </message>
    <message>
        <source>--resume needs a task id (a whole number): the one a caption run prints when it starts.</source>
        <translation>--resume braucht eine Aufgaben-ID (eine ganze Zahl): die, die ein caption-Durchlauf beim Start ausgibt.</translation>
    </message>
    <message>
        <source>Replicate API token (from replicate.com/account/api-tokens): </source>
        <translation>Replicate-API-Token (von replicate.com/account/api-tokens): </translation>
    </message>
    <message>
        <source>No token on standard input: paste it, or pipe it in (loracraft-cli replicate login &lt; token.txt).</source>
        <translation>Kein Token auf der Standardeingabe: Fügen Sie es ein oder leiten Sie es per Pipe weiter (loracraft-cli replicate login &lt; token.txt).</translation>
    </message>
    <message>
        <source>The token works (it belongs to %1), but it cannot be kept in the keychain: %2 Set %3 instead.</source>
        <translation>Das Token funktioniert (es gehört %1), kann aber nicht im Schlüsselbund aufbewahrt werden: %2 Setzen Sie stattdessen %3.</translation>
    </message>
    <message>
        <source>Logged in to Replicate as %1; the token is in the keychain.</source>
        <translation>Bei Replicate als %1 angemeldet; das Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No Replicate token: run loracraft-cli replicate login, or set %1.</source>
        <translation>Kein Replicate-Token: Führen Sie loracraft-cli replicate login aus oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>the environment (%1)</source>
        <translation>die Umgebung (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), token from %3</source>
        <translation>%1 (%2), Token aus %3</translation>
    </message>
    <message>
        <source>The Replicate token is no longer in the keychain.</source>
        <translation>Das Replicate-Token ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Check a Replicate API token and keep it in the keychain.</source>
        <translation>Ein Replicate-API-Token prüfen und im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>Reads the token from standard input (typed without echo on a terminal, or piped), checks it with Replicate (GET /account) and stores it in the OS keychain, where the GUI and the other commands find it. The token is never taken as an argument: it would sit in the shell history and in ps.</source>
        <translation>Liest das Token von der Standardeingabe (im Terminal ohne Echo eingegeben oder per Pipe), prüft es bei Replicate (GET /account) und speichert es im Schlüsselbund des Betriebssystems, wo die GUI und die anderen Befehle es finden. Das Token wird nie als Argument angenommen: Es stünde sonst in der Shell-History und in ps.</translation>
    </message>
    <message>
        <source>Show whose Replicate token is in use.</source>
        <translation>Anzeigen, wessen Replicate-Token verwendet wird.</translation>
    </message>
    <message>
        <source>Looks the token up (the keychain, else REPLICATE_API_TOKEN) and asks Replicate who owns it.</source>
        <translation>Sucht das Token (im Schlüsselbund, sonst REPLICATE_API_TOKEN) und fragt Replicate, wem es gehört.</translation>
    </message>
    <message>
        <source>Remove the Replicate token from the keychain.</source>
        <translation>Das Replicate-Token aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>training %1 (task %2): %3</source>
        <translation>Training %1 (Aufgabe %2): %3</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>new version: %1</source>
        <translation>neue Version: %1</translation>
    </message>
    <message>
        <source>weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>GPU time: %1 s</source>
        <translation>GPU-Zeit: %1 s</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>training %1 started (task %2); follow it with: loracraft-cli train status %1</source>
        <translation>Training %1 gestartet (Aufgabe %2); verfolgen mit: loracraft-cli train status %1</translation>
    </message>
    <message>
        <source>--input takes KEY=VALUE, not “%1”.</source>
        <translation>--input nimmt KEY=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>train start needs --dataset WORKSPACE/DATASET.</source>
        <translation>train start braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>train start needs --trainer (flux or sdxl).</source>
        <translation>train start braucht --trainer (flux oder sdxl).</translation>
    </message>
    <message>
        <source>train start needs --destination OWNER/NAME: the Replicate model the training adds a version to.</source>
        <translation>train start braucht --destination OWNER/NAME: das Replicate-Modell, dem das Training eine Version hinzufügt.</translation>
    </message>
    <message>
        <source>Stopped waiting; the training goes on on Replicate. Follow it with: loracraft-cli train status %1</source>
        <translation>Warten beendet; das Training läuft auf Replicate weiter. Verfolgen mit: loracraft-cli train status %1</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation>TRAINER</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>The dataset to train on.</source>
        <translation>Der Datensatz, mit dem trainiert wird.</translation>
    </message>
    <message>
        <source>flux (ostris/flux-dev-lora-trainer) or sdxl (stability-ai/sdxl).</source>
        <translation>flux (ostris/flux-dev-lora-trainer) oder sdxl (stability-ai/sdxl).</translation>
    </message>
    <message>
        <source>The Replicate model that receives the trained version.</source>
        <translation>Das Replicate-Modell, das die trainierte Version erhält.</translation>
    </message>
    <message>
        <source>Create the destination model (private) when it does not exist.</source>
        <translation>Das Zielmodell (privat) erstellen, wenn es nicht existiert.</translation>
    </message>
    <message>
        <source>A trainer input over LoRA Craft&apos;s values, e.g. steps=1500 (repeatable).</source>
        <translation>Eine Trainer-Eingabe, die die Werte von LoRA Craft überschreibt, z. B. steps=1500 (wiederholbar).</translation>
    </message>
    <message>
        <source>Follow the training to its end (exit 0 when it succeeded, 3 when it failed or was canceled).</source>
        <translation>Das Training bis zum Ende verfolgen (Exit-Code 0 bei Erfolg, 3 bei Fehlschlag oder Abbruch).</translation>
    </message>
    <message>
        <source>Train a LoRA on Replicate from a dataset.</source>
        <translation>Eine LoRA auf Replicate aus einem Datensatz trainieren.</translation>
    </message>
    <message>
        <source>Checks the dataset (the export&apos;s pre-flight for the trainer&apos;s layout, at most 100 MB), the token, the trainer&apos;s current version and the destination, then exports the dataset as a ZIP, uploads it to Replicate, starts the training and prints its id. LoRA Craft fills in the trigger word, steps sized to the dataset and the resolution; --input overrides any trainer input. Each stage is recorded: a training interrupted here goes on on Replicate, and train status continues following it. Ctrl+C while waiting stops waiting, not the training (train cancel does).</source>
        <translation>Prüft den Datensatz (die Vorabprüfung des Exports für die Struktur des Trainers, höchstens 100 MB), das Token, die aktuelle Version des Trainers und das Ziel, exportiert den Datensatz dann als ZIP, lädt ihn zu Replicate hoch, startet das Training und gibt dessen ID aus. LoRA Craft trägt das Triggerwort, an den Datensatz angepasste Schritte und die Auflösung ein; --input überschreibt jede Trainer-Eingabe. Jede Phase wird festgehalten: Ein hier unterbrochenes Training läuft auf Replicate weiter, und train status verfolgt es weiter. Ctrl+C während des Wartens beendet das Warten, nicht das Training (das tut train cancel).</translation>
    </message>
    <message>
        <source>Ask Replicate where a training is.</source>
        <translation>Replicate nach dem Stand eines Trainings fragen.</translation>
    </message>
    <message>
        <source>ID is the training&apos;s id on Replicate (or its task number). Records the answer in the library; --wait follows the training to its end.</source>
        <translation>ID ist die ID des Trainings auf Replicate (oder seine Aufgabennummer). Hält die Antwort in der Bibliothek fest; --wait verfolgt das Training bis zum Ende.</translation>
    </message>
    <message>
        <source>Follow the training to its end.</source>
        <translation>Das Training bis zum Ende verfolgen.</translation>
    </message>
    <message>
        <source>Cancel a training on Replicate.</source>
        <translation>Ein Training auf Replicate abbrechen.</translation>
    </message>
    <message>
        <source>Stops the training (and its billing) on Replicate and records how it ended.</source>
        <translation>Stoppt das Training (und seine Abrechnung) auf Replicate und hält fest, wie es endete.</translation>
    </message>
    <message>
        <source>The trainings started from this library.</source>
        <translation>Die von dieser Bibliothek aus gestarteten Trainings.</translation>
    </message>
    <message>
        <source>Newest first: task, training id, trainer, destination, status and the version it made.</source>
        <translation>Neueste zuerst: Aufgabe, Trainings-ID, Trainer, Ziel, Status und die erzeugte Version.</translation>
    </message>
    <message>
        <source>Only this dataset&apos;s trainings.</source>
        <translation>Nur die Trainings dieses Datensatzes.</translation>
    </message>
    <message>
        <source>lora: %1 (SHA-256 %2)</source>
        <translation>lora: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>train download needs --out DIR: the folder for lora.safetensors.</source>
        <translation>train download braucht --out DIR: den Ordner für lora.safetensors.</translation>
    </message>
    <message>
        <source>Download a trained LoRA.</source>
        <translation>Eine trainierte LoRA herunterladen.</translation>
    </message>
    <message>
        <source>Downloads the training&apos;s trained_model.tar and extracts lora.safetensors (and SDXL&apos;s embeddings.pti and special_params.json) into --out, all or nothing; prints where and its SHA-256.</source>
        <translation>Lädt trained_model.tar des Trainings herunter und entpackt lora.safetensors (und bei SDXL embeddings.pti und special_params.json) nach --out, ganz oder gar nicht; gibt den Ort und den SHA-256 aus.</translation>
    </message>
    <message>
        <source>The folder for the weights (created if missing).</source>
        <translation>Der Ordner für die Gewichte (wird bei Bedarf erstellt).</translation>
    </message>
    <message>
        <source>dataset (default): within the dataset; workspace: across every dataset of its workspace.</source>
        <translation>dataset (Standard): innerhalb des Datensatzes; workspace: über alle Datensätze seines Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>strict, normal (default) or loose.</source>
        <translation>strict, normal (Standard) oder loose.</translation>
    </message>
    <message>
        <source>keep-best: move every image but each group&apos;s suggested keeper to the trash (restorable).</source>
        <translation>keep-best: jedes Bild außer dem vorgeschlagenen Behalter jeder Gruppe in den Papierkorb verschieben (wiederherstellbar).</translation>
    </message>
    <message>
        <source>dedup needs --dataset WORKSPACE/DATASET.</source>
        <translation>dedup braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>--scope is dataset or workspace, not “%1”.</source>
        <translation>--scope ist dataset oder workspace, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sensitivity is strict, normal or loose, not “%1”.</source>
        <translation>--sensitivity ist strict, normal oder loose, nicht „%1“.</translation>
    </message>
    <message>
        <source>--apply takes keep-best, not “%1”.</source>
        <translation>--apply nimmt keep-best, nicht „%1“.</translation>
    </message>
    <message>
        <source>Hashed %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation>%1 Bild(er) gehasht, die vor Einführung dieser Prüfung gespeichert wurden (aus ihren Vorschaubildern).</translation>
    </message>
    <message>
        <source>%1 image(s) left out: their thumbnails cannot be read (run fsck).</source>
        <translation>%1 Bild(er) ausgelassen: Ihre Vorschaubilder können nicht gelesen werden (führen Sie fsck aus).</translation>
    </message>
    <message>
        <source>Group %1 — keep #%2: %3</source>
        <translation>Gruppe %1 — #%2 behalten: %3</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>trashed</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>SIMILAR</source>
        <translation>ÄHNLICH</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>Find near-duplicate images and the one to keep of each group.</source>
        <translation>Beinahe-Duplikate finden und das zu behaltende Bild jeder Gruppe.</translation>
    </message>
    <message>
        <source>Group the near-duplicates of a dataset (or, with --scope workspace, of every dataset of its workspace): re-encodes, resizes, recompressions, brightness or contrast changes, small crops and watermarks of one picture. Candidates come from a perceptual hash (DCT) and are confirmed by a second, gradient hash. Each group lists its images with their item id, file name, source, size and similarity, the suggested keeper first (highest resolution, then sharpest, then the largest file). Pairs kept as not duplicates in the app are never proposed again. --apply keep-best moves the others to the trash (restorable).</source>
        <translation>Die Beinahe-Duplikate eines Datensatzes gruppieren (oder mit --scope workspace die aller Datensätze seines Arbeitsbereichs): Neukodierungen, Größenänderungen, Neukomprimierungen, Helligkeits- oder Kontraständerungen, kleine Zuschnitte und Wasserzeichen eines Bildes. Kandidaten stammen aus einem perzeptuellen Hash (DCT) und werden durch einen zweiten, Gradienten-Hash bestätigt. Jede Gruppe listet ihre Bilder mit Element-ID, Dateiname, Quelle, Größe und Ähnlichkeit, das vorgeschlagene zu behaltende Bild zuerst (höchste Auflösung, dann am schärfsten, dann die größte Datei). In der App als Nicht-Duplikate behaltene Paare werden nie wieder vorgeschlagen. --apply keep-best verschiebt die anderen in den Papierkorb (wiederherstellbar).</translation>
    </message>
    <message>
        <source>analyze needs --dataset WORKSPACE/DATASET.</source>
        <translation>analyze braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>Measured %1 image(s) stored before this check existed (from their thumbnails).</source>
        <translation>%1 Bild(er) gemessen, die vor Einführung dieser Prüfung gespeichert wurden (aus ihren Vorschaubildern).</translation>
    </message>
    <message>
        <source>No quality problem among the %1 image(s) of %2.</source>
        <translation>Kein Qualitätsproblem unter den %1 Bild(ern) von %2.</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEME</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged: %3.</source>
        <translation>%1 von %2 Bild(ern) markiert: %3.</translation>
    </message>
    <message>
        <source>List the quality problems of a dataset&apos;s images.</source>
        <translation>Die Qualitätsprobleme der Bilder eines Datensatzes auflisten.</translation>
    </message>
    <message>
        <source>Flag each kept or rejected image of the dataset that is below the dataset&apos;s target resolution, looks upscaled (sharp only once reduced), is blurry, under- or overexposed (a quarter of it clipped, or very dark or bright), letterboxed or pillarboxed (with the picture&apos;s box, to crop to), of an extreme aspect ratio (beyond 2.5:1) or a heavily compressed JPEG, and print a summary. The thresholds are those set in the app&apos;s Settings (Quality page). Images stored by an earlier version are measured from their thumbnails first.</source>
        <translation>Jedes behaltene oder aussortierte Bild des Datensatzes markieren, das unter der Zielauflösung des Datensatzes liegt, hochskaliert wirkt (nur verkleinert scharf), unscharf ist, unter- oder überbelichtet ist (ein Viertel davon abgeschnitten oder sehr dunkel oder hell), Letterbox- oder Pillarbox-Balken hat (mit dem Bildbereich zum Zuschneiden), ein extremes Seitenverhältnis hat (über 2,5:1) oder ein stark komprimiertes JPEG ist, und eine Zusammenfassung ausgeben. Die Schwellenwerte sind die in den Einstellungen der App (Seite Qualität) festgelegten. Von einer früheren Version gespeicherte Bilder werden zuerst anhand ihrer Vorschaubilder gemessen.</translation>
    </message>
    <message>
        <source>The item (its id, as `items` lists them).</source>
        <translation>Das Element (seine ID, wie `items` sie auflistet).</translation>
    </message>
    <message>
        <source>The crop in the image&apos;s upright pixels: left, top, width, height.</source>
        <translation>Der Zuschnitt in den aufrechten Pixeln des Bildes: links, oben, Breite, Höhe.</translation>
    </message>
    <message>
        <source>Remove the item&apos;s crop.</source>
        <translation>Den Zuschnitt des Elements entfernen.</translation>
    </message>
    <message>
        <source>--rect is X,Y,W,H in pixels (for example 0,120,1280,720), not “%1”.</source>
        <translation>--rect ist X,Y,W,H in Pixeln (zum Beispiel 0,120,1280,720), nicht „%1“.</translation>
    </message>
    <message>
        <source>A crop needs a width and a height above 0.</source>
        <translation>Ein Zuschnitt braucht eine Breite und eine Höhe über 0.</translation>
    </message>
    <message>
        <source>crop needs --item ID (see `loracraft-cli items`).</source>
        <translation>crop braucht --item ID (siehe `loracraft-cli items`).</translation>
    </message>
    <message>
        <source>Give --rect or --clear, not both.</source>
        <translation>Geben Sie --rect oder --clear an, nicht beides.</translation>
    </message>
    <message>
        <source>Item #%1 does not exist.</source>
        <translation>Element #%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 (#%2, %3 × %4) is not cropped.</source>
        <translation>%1 (#%2, %3 × %4) ist nicht zugeschnitten.</translation>
    </message>
    <message>
        <source>%1 (#%2) is cropped to %3 × %4 at %5,%6 (of %7 × %8).</source>
        <translation>%1 (#%2) ist auf %3 × %4 bei %5,%6 zugeschnitten (von %7 × %8).</translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate: kohya, ai-toolkit, onetrainer, simpletuner or replicate-flux.</source>
        <translation>Der Trainer, dessen Bucketing simuliert wird: kohya, ai-toolkit, onetrainer, simpletuner oder replicate-flux.</translation>
    </message>
    <message>
        <source>The training resolution(s), comma-separated (default: as the export configures the trainer for the dataset&apos;s target).</source>
        <translation>Die Trainingsauflösung(en), durch Kommas getrennt (Standard: wie der Export den Trainer für das Ziel des Datensatzes konfiguriert).</translation>
    </message>
    <message>
        <source>The batch size (default 1).</source>
        <translation>Die Batchgröße (Standard 1).</translation>
    </message>
    <message>
        <source>buckets needs --dataset WORKSPACE/DATASET.</source>
        <translation>buckets braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>--resolution takes numbers from 64 to 8192, comma-separated (for example 512,768,1024), not “%1”.</source>
        <translation>--resolution nimmt Zahlen von 64 bis 8192, durch Kommas getrennt (zum Beispiel 512,768,1024), nicht „%1“.</translation>
    </message>
    <message>
        <source>--batch-size is a number from 1 to 4096, not “%1”.</source>
        <translation>--batch-size ist eine Zahl von 1 bis 4096, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 has no image to bucket.</source>
        <translation>%1 hat kein Bild für Buckets.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>CROP</source>
        <translation>ZUSCHNITT</translation>
    </message>
    <message>
        <source>RES</source>
        <translation>AUFL</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>SKALIERUNG</translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation>ABGESCHNITTEN</translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation>HOCHSKALIERT</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>BILDER</translation>
    </message>
    <message>
        <source>%1 at %2: %3 image(s) in %4 bucket(s), %5 step(s) per epoch at batch size %6.</source>
        <translation>%1 bei %2: %3 Bild(er) in %4 Bucket(s), %5 Schritt(e) pro Epoche bei Batchgröße %6.</translation>
    </message>
    <message>
        <source>%1 placement(s) scale the image up.</source>
        <translation>%1 Platzierung(en) skalieren das Bild hoch.</translation>
    </message>
    <message>
        <source>%1 placement(s) are left out by the trainer (too small).</source>
        <translation>%1 Platzierung(en) werden vom Trainer ausgelassen (zu klein).</translation>
    </message>
    <message>
        <source>%1 bucket(s) hold fewer images than the batch size.</source>
        <translation>%1 Bucket(s) enthalten weniger Bilder als die Batchgröße.</translation>
    </message>
    <message>
        <source>Show which bucket each image falls into for a trainer.</source>
        <translation>Anzeigen, in welchen Bucket jedes Bild bei einem Trainer fällt.</translation>
    </message>
    <message>
        <source>Simulate the trainer&apos;s own aspect-ratio bucketing of the dataset&apos;s kept images (their crops applied), exactly as its source computes it: per image the bucket, the scale factor, the share of pixels the trainer&apos;s crop cuts off and whether it is scaled up; then the histogram of buckets, those with fewer images than the batch size, and the steps one epoch takes (each image once, batched per bucket). kohya is simulated with bucket_no_upscale, as the export configures it; SimpleTuner with pixel_area and crop off; ai-toolkit and the Replicate Flux trainer train every image at each resolution.</source>
        <translation>Das eigene Seitenverhältnis-Bucketing des Trainers für die behaltenen Bilder des Datensatzes simulieren (mit ihren Zuschnitten), genau wie sein Quellcode es berechnet: pro Bild der Bucket, der Skalierungsfaktor, der Anteil der Pixel, den der Zuschnitt des Trainers abschneidet, und ob es hochskaliert wird; dann das Histogramm der Buckets, die mit weniger Bildern als die Batchgröße und die Schritte einer Epoche (jedes Bild einmal, in Batches pro Bucket). kohya wird mit bucket_no_upscale simuliert, wie der Export es konfiguriert; SimpleTuner mit pixel_area und ohne Zuschnitt; ai-toolkit und der Replicate-Flux-Trainer trainieren jedes Bild bei jeder Auflösung.</translation>
    </message>
    <message>
        <source>With --auto: the dataset.</source>
        <translation>Mit --auto: der Datensatz.</translation>
    </message>
    <message>
        <source>Propose a crop for every kept image of the dataset that keeps its subject, and apply them.</source>
        <translation>Für jedes behaltene Bild des Datensatzes einen Zuschnitt vorschlagen, der sein Motiv erhält, und anwenden.</translation>
    </message>
    <message>
        <source>With --auto: nearest-bucket (default: the trainer&apos;s bucket nearest to each image) or W:H (for example 1:1).</source>
        <translation>Mit --auto: nearest-bucket (Standard: der jeweils nächste Bucket des Trainers) oder W:H (zum Beispiel 1:1).</translation>
    </message>
    <message>
        <source>With --auto: the trainer whose buckets count (kohya, ai-toolkit, onetrainer, simpletuner, replicate-flux; default kohya).</source>
        <translation>Mit --auto: der Trainer, dessen Buckets zählen (kohya, ai-toolkit, onetrainer, simpletuner, replicate-flux; Standard kohya).</translation>
    </message>
    <message>
        <source>With --auto: faces (default: faces, else the salient region, else the centre), saliency or center.</source>
        <translation>Mit --auto: faces (Standard: Gesichter, sonst der auffällige Bereich, sonst die Mitte), saliency oder center.</translation>
    </message>
    <message>
        <source>With --auto: only list the proposed crops.</source>
        <translation>Mit --auto: die vorgeschlagenen Zuschnitte nur auflisten.</translation>
    </message>
    <message>
        <source>crop --auto needs --dataset WORKSPACE/DATASET.</source>
        <translation>crop --auto braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>--aspect is nearest-bucket or W:H (for example 1:1 or 3:2), not “%1”.</source>
        <translation>--aspect ist nearest-bucket oder W:H (zum Beispiel 1:1 oder 3:2), nicht „%1“.</translation>
    </message>
    <message>
        <source>--subject is faces, saliency or center, not “%1”.</source>
        <translation>--subject ist faces, saliency oder center, nicht „%1“.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n Gesicht</numerusform>
            <numerusform>%n Gesichter</numerusform>
        </translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>VORHER</translation>
    </message>
    <message>
        <source>KEPT</source>
        <translation>BEHALTEN</translation>
    </message>
    <message>
        <source>No face model was found (install OpenCV&apos;s data files, Debian: opencv-data): placed by saliency.</source>
        <translation>Kein Gesichtsmodell gefunden (installieren Sie die Datendateien von OpenCV, Debian: opencv-data): nach Auffälligkeit platziert.</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) would change (dry run: nothing was written).</source>
        <translation>%1 von %2 Zuschnitt(en) würden sich ändern (Probelauf: nichts wurde geschrieben).</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) changed; undo in the app (Edit → Undo) or with crop --item ID --clear.</source>
        <translation>%1 von %2 Zuschnitt(en) geändert; rückgängig in der App (Bearbeiten → Rückgängig) oder mit crop --item ID --clear.</translation>
    </message>
    <message>
        <source>--dataset goes with --auto; one item&apos;s crop takes --item ID.</source>
        <translation>--dataset gehört zu --auto; der Zuschnitt eines Elements braucht --item ID.</translation>
    </message>
    <message>
        <source>Show, set or clear an item&apos;s crop, or crop a dataset automatically.</source>
        <translation>Den Zuschnitt eines Elements anzeigen, festlegen oder entfernen oder einen Datensatz automatisch zuschneiden.</translation>
    </message>
    <message>
        <source>An item&apos;s crop is a rectangle in the image&apos;s upright pixels (after its EXIF orientation); the stored picture is never changed, and the export and the bucket simulation crop it. Without --rect or --clear, prints the crop. With --dataset and --auto, every kept image gets the largest crop of the target aspect (each image&apos;s nearest bucket of the trainer, or W:H) placed to keep its subject: the faces together (never cut through one), else the salient region, else the centre; images already of the aspect keep no crop. Faces are found with OpenCV&apos;s Haar cascades (YuNet when its model is installed).</source>
        <translation>Der Zuschnitt eines Elements ist ein Rechteck in den aufrechten Pixeln des Bildes (nach seiner EXIF-Ausrichtung); das gespeicherte Bild wird nie verändert, der Export und die Bucket-Simulation schneiden es zu. Ohne --rect oder --clear wird der Zuschnitt ausgegeben. Mit --dataset und --auto erhält jedes behaltene Bild den größten Zuschnitt im Zielseitenverhältnis (der nächste Bucket des Trainers für jedes Bild oder W:H), so platziert, dass das Motiv erhalten bleibt: die Gesichter zusammen (nie durch eines hindurch), sonst der auffällige Bereich, sonst die Mitte; Bilder, die das Seitenverhältnis schon haben, erhalten keinen Zuschnitt. Gesichter werden mit den Haar-Kaskaden von OpenCV gefunden (YuNet, wenn dessen Modell installiert ist).</translation>
    </message>
    <message>
        <source>--trainer is one of %1, not “%2”.</source>
        <translation>--trainer ist einer von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Export even when the pre-flight finds images the trainer will leave out.</source>
        <translation>Auch exportieren, wenn die Vorabprüfung Bilder findet, die der Trainer auslässt.</translation>
    </message>
    <message>
        <source>none (default: the trainer sizes the images), long-side:N, or bucket (the trainer&apos;s own bucket at its largest resolution; a centre square for diffusers and replicate-sdxl).</source>
        <translation>none (Standard: der Trainer bemisst die Bilder), long-side:N oder bucket (der eigene Bucket des Trainers bei seiner größten Auflösung; ein mittleres Quadrat bei diffusers und replicate-sdxl).</translation>
    </message>
    <message>
        <source>The dataset whose images are exported as this one&apos;s regularization (class) set, or &quot;none&quot;.</source>
        <translation>Der Datensatz, dessen Bilder als Regularisierungsset (Klassenbilder) dieses Datensatzes exportiert werden, oder &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Reg. set:    dataset #%1</source>
        <translation>Reg.-Set:    Datensatz #%1</translation>
    </message>
    <message>
        <source>A dataset cannot be its own regularization set.</source>
        <translation>Ein Datensatz kann nicht sein eigenes Regularisierungsset sein.</translation>
    </message>
    <message>
        <source>--resolution needs whole numbers from 256 to 4096, separated by commas.</source>
        <translation>--resolution braucht ganze Zahlen von 256 bis 4096, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>--subset needs TAG:REPEATS, e.g. closeup:4 (got “%1”).</source>
        <translation>--subset braucht TAG:REPEATS, z. B. closeup:4 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Target resolution (default: the dataset&apos;s), or several separated by commas, e.g. 512,768,1024.</source>
        <translation>Zielauflösung (Standard: die des Datensatzes) oder mehrere, durch Kommas getrennt, z. B. 512,768,1024.</translation>
    </message>
    <message>
        <source>Export the images with TAG as a subset with its own repeats (kohya folder, OneTrainer concept, SimpleTuner backend, ai-toolkit dataset); repeatable.</source>
        <translation>Die Bilder mit TAG als Teilmenge mit eigenen Wiederholungen exportieren (kohya-Ordner, OneTrainer-Konzept, SimpleTuner-Backend, ai-toolkit-Datensatz); wiederholbar.</translation>
    </message>
    <message>
        <source>Leave out the dataset&apos;s regularization set (dataset set --reg-dataset).</source>
        <translation>Das Regularisierungsset des Datensatzes auslassen (dataset set --reg-dataset).</translation>
    </message>
    <message>
        <source>With --caption-source both, for OneTrainer and SimpleTuner: the caption and the tags as two lines, one picked per step.</source>
        <translation>Mit --caption-source both, für OneTrainer und SimpleTuner: Beschreibung und Tags als zwei Zeilen, von denen pro Schritt eine gewählt wird.</translation>
    </message>
    <message>
        <source>Only the items this filter selects, as in the grid&apos;s search box: words, tag:smile, caption:dress, stars:&gt;=4, width:&gt;512, tokens:&gt;75, blur:yes, status:rejected, has:crop, NOT/-, OR, parentheses. Without status: the trash is left out.</source>
        <translation>Nur die Elemente, die dieser Filter auswählt, wie im Suchfeld des Rasters: Wörter, tag:smile, caption:dress, stars:&gt;=4, width:&gt;512, tokens:&gt;75, blur:yes, status:rejected, has:crop, NOT/-, OR, Klammern. Ohne status: wird der Papierkorb ausgelassen.</translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption: caption (default), tags or both (caption, then tags).</source>
        <translation>Was der Trainer als Beschreibung jedes Bildes liest: caption (Standard), tags oder both (Beschreibung, dann Tags).</translation>
    </message>
    <message>
        <source>--caption-source takes one of: %1 (got “%2”).</source>
        <translation>--caption-source nimmt eines von: %1 (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>Trainer reads: %1</source>
        <translation>Trainer liest: %1</translation>
    </message>
    <message>
        <source>Moved dataset “%1/%2” to workspace “%3”.</source>
        <translation>Datensatz „%1/%2“ in den Arbeitsbereich „%3“ verschoben.</translation>
    </message>
    <message>
        <source>The trash of “%1/%2” holds %3 item(s). Add --yes to delete them for good.</source>
        <translation>Der Papierkorb von „%1/%2“ enthält %3 Element(e). Fügen Sie --yes hinzu, um sie endgültig zu löschen.</translation>
    </message>
    <message>
        <source>Deleted %1 item(s) from the trash of “%2/%3”. Run gc to free the disk space of images nothing uses.</source>
        <translation>%1 Element(e) aus dem Papierkorb von „%2/%3“ gelöscht. Führen Sie gc aus, um den Speicherplatz nicht mehr verwendeter Bilder freizugeben.</translation>
    </message>
    <message>
        <source>Move a dataset to another workspace.</source>
        <translation>Einen Datensatz in einen anderen Arbeitsbereich verschieben.</translation>
    </message>
    <message>
        <source>Move a dataset and its items to another workspace; its name must be free there.</source>
        <translation>Einen Datensatz mit seinen Elementen in einen anderen Arbeitsbereich verschieben; sein Name muss dort frei sein.</translation>
    </message>
    <message>
        <source>Delete the items in a dataset&apos;s trash for good.</source>
        <translation>Die Elemente im Papierkorb eines Datensatzes endgültig löschen.</translation>
    </message>
    <message>
        <source>Delete the dataset&apos;s trashed items (only with --yes when there are any). Their stored images stay until gc removes the ones nothing uses.</source>
        <translation>Die Elemente im Papierkorb des Datensatzes löschen (falls vorhanden, nur mit --yes). Ihre gespeicherten Bilder bleiben, bis gc die nicht mehr verwendeten entfernt.</translation>
    </message>
    <message>
        <source>caption, tags or both (default: the dataset&apos;s, see dataset set --caption-source).</source>
        <translation>caption, tags oder both (Standard: die Einstellung des Datensatzes, siehe dataset set --caption-source).</translation>
    </message>
    <message>
        <source>warning: the library %1 is on a network file system (%2). SQLite&apos;s locking is not reliable there: never open it from two computers at once, and keep a local copy.</source>
        <translation>Warnung: Die Bibliothek %1 liegt auf einem Netzwerkdateisystem (%2). Die Sperren von SQLite sind dort nicht zuverlässig: Öffnen Sie sie nie von zwei Computern gleichzeitig, und behalten Sie eine lokale Kopie.</translation>
    </message>
    <message>
        <source>Duplicated dataset “%1/%2” as “%1/%3” (%4 item(s)).</source>
        <translation>Datensatz „%1/%2“ als „%1/%3“ dupliziert (%4 Element(e)).</translation>
    </message>
    <message>
        <source>%1 stored image(s) are kept because a catalog snapshot names them.</source>
        <translation>%1 gespeicherte(s) Bild(er) bleiben erhalten, weil ein Katalog-Schnappschuss sie nennt.</translation>
    </message>
    <message>
        <source>Copy a dataset in its workspace.</source>
        <translation>Einen Datensatz innerhalb seines Arbeitsbereichs kopieren.</translation>
    </message>
    <message>
        <source>Copy a dataset with its settings and items (captions, tags, crops, ratings); the images are shared, not copied.</source>
        <translation>Einen Datensatz mit seinen Einstellungen und Elementen kopieren (Beschreibungen, Tags, Zuschnitte, Bewertungen); die Bilder werden gemeinsam genutzt, nicht kopiert.</translation>
    </message>
    <message>
        <source>edit needs --dataset WORKSPACE/DATASET.</source>
        <translation>edit braucht --dataset WORKSPACE/DATASET.</translation>
    </message>
    <message>
        <source>--status must be active, rejected or trashed, not “%1”.</source>
        <translation>--status muss active, rejected oder trashed sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--rating must be a number from 0 to 5.</source>
        <translation>--rating muss eine Zahl von 0 bis 5 sein.</translation>
    </message>
    <message>
        <source>edit needs at least one change: --caption, --append-caption, --add-tag, --remove-tag, --status or --rating.</source>
        <translation>edit braucht mindestens eine Änderung: --caption, --append-caption, --add-tag, --remove-tag, --status oder --rating.</translation>
    </message>
    <message numerus="yes">
        <source>Would edit %n item(s) of “%1”.</source>
        <translation>
            <numerusform>Würde %n Element von „%1“ bearbeiten.</numerusform>
            <numerusform>Würde %n Elemente von „%1“ bearbeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed: edited %n item(s) of “%1”.</source>
        <translation>
            <numerusform>Übernommen: %n Element von „%1“ bearbeitet.</numerusform>
            <numerusform>Übernommen: %n Elemente von „%1“ bearbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change captions, tags, status or rating of many items at once.</source>
        <translation>Beschreibungen, Tags, Status oder Bewertung vieler Elemente auf einmal ändern.</translation>
    </message>
    <message>
        <source>Apply every change given to the dataset&apos;s items (those --filter selects, in the grid&apos;s filter language; without it every kept and rejected item) in one transaction: all of it is saved, or none. A new caption counts as typed by a person. Prints “Committed” once the change is on disk.</source>
        <translation>Jede angegebene Änderung auf die Elemente des Datensatzes anwenden (die von --filter ausgewählten, in der Filtersprache des Rasters; ohne ihn alle behaltenen und aussortierten Elemente), in einer Transaktion: Alles wird gespeichert oder nichts. Eine neue Beschreibung gilt als von einer Person eingegeben. Gibt „Übernommen“ aus, sobald die Änderung auf dem Datenträger ist.</translation>
    </message>
    <message>
        <source>Only the items this filter selects.</source>
        <translation>Nur die Elemente, die dieser Filter auswählt.</translation>
    </message>
    <message>
        <source>Replace the caption (may be empty).</source>
        <translation>Die Beschreibung ersetzen (darf leer sein).</translation>
    </message>
    <message>
        <source>Append to the caption, after “, ”.</source>
        <translation>An die Beschreibung anhängen, nach „, “.</translation>
    </message>
    <message>
        <source>Add tags (repeat, or separate with commas).</source>
        <translation>Tags hinzufügen (wiederholen oder durch Kommas trennen).</translation>
    </message>
    <message>
        <source>Remove tags (repeat, or separate with commas).</source>
        <translation>Tags entfernen (wiederholen oder durch Kommas trennen).</translation>
    </message>
    <message>
        <source>active, rejected or trashed.</source>
        <translation>active, rejected oder trashed.</translation>
    </message>
    <message>
        <source>Stars, 0 to 5.</source>
        <translation>Sterne, 0 bis 5.</translation>
    </message>
    <message>
        <source>Only say how many items would change.</source>
        <translation>Nur angeben, wie viele Elemente sich ändern würden.</translation>
    </message>
    <message>
        <source>%1 item(s) in %2 dataset(s)</source>
        <translation>%1 Element(e) in %2 Datensatz/Datensätzen</translation>
    </message>
    <message>
        <source>No snapshots yet. `loracraft-cli snapshot create` takes one; the app takes one a day while it is open.</source>
        <translation>Noch keine Schnappschüsse. `loracraft-cli snapshot create` erstellt einen; die App erstellt täglich einen, während sie geöffnet ist.</translation>
    </message>
    <message>
        <source>TAKEN</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>ANLASS</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>INHALT</translation>
    </message>
    <message>
        <source>--keep needs a number of snapshots of at least 1.</source>
        <translation>--keep braucht eine Anzahl von mindestens 1 Schnappschuss.</translation>
    </message>
    <message>
        <source>Snapshot %1 written: %2, %3.</source>
        <translation>Schnappschuss %1 geschrieben: %2, %3.</translation>
    </message>
    <message>
        <source>Restoring %1 (%2, %3) replaces the catalog; the current one is kept as a new snapshot. Run again with --yes to restore.</source>
        <translation>Die Wiederherstellung von %1 (%2, %3) ersetzt den Katalog; der aktuelle wird als neuer Schnappschuss aufbewahrt. Führen Sie den Befehl zum Wiederherstellen erneut mit --yes aus.</translation>
    </message>
    <message>
        <source>Restored %1 (%2). There was no catalog to keep aside.</source>
        <translation>%1 (%2) wiederhergestellt. Es gab keinen Katalog zum Beiseitelegen.</translation>
    </message>
    <message>
        <source>Restored %1 (%2). The catalog as it was is kept as snapshot %3.</source>
        <translation>%1 (%2) wiederhergestellt. Der vorherige Katalog wird als Schnappschuss %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>List the catalog&apos;s snapshots.</source>
        <translation>Die Schnappschüsse des Katalogs auflisten.</translation>
    </message>
    <message>
        <source>List the snapshots in the library&apos;s snapshots/ folder, newest first, with what each holds. Works while the app has the library open.</source>
        <translation>Die Schnappschüsse im Ordner snapshots/ der Bibliothek auflisten, neueste zuerst, mit ihrem Inhalt. Funktioniert auch, während die App die Bibliothek geöffnet hat.</translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog now.</source>
        <translation>Jetzt einen Schnappschuss des Katalogs erstellen.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the catalog into snapshots/ (it reads only, so it works while the app has the library open), then remove the oldest snapshots beyond the number to keep (Settings → General, default %1). Stored images a snapshot names stay until no snapshot names them.</source>
        <translation>Eine konsistente Kopie des Katalogs in snapshots/ schreiben (nur lesend, funktioniert also, während die App die Bibliothek geöffnet hat), dann die ältesten Schnappschüsse über die zu behaltende Anzahl hinaus entfernen (Einstellungen → Allgemein, Standard %1). Gespeicherte Bilder, die ein Schnappschuss nennt, bleiben, bis kein Schnappschuss sie mehr nennt.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots (default: the app&apos;s setting).</source>
        <translation>Die neuesten N Schnappschüsse behalten (Standard: die Einstellung der App).</translation>
    </message>
    <message>
        <source>Put a snapshot back as the catalog.</source>
        <translation>Einen Schnappschuss als Katalog zurückspielen.</translation>
    </message>
    <message>
        <source>Replace the catalog by a snapshot (its file name from `snapshot list`, or a unique start of it). The current catalog is kept as a new snapshot first, so a restore can itself be undone. Needs --yes, and the library must not be open in the app.</source>
        <translation>Den Katalog durch einen Schnappschuss ersetzen (sein Dateiname aus `snapshot list` oder ein eindeutiger Anfang davon). Der aktuelle Katalog wird zuvor als neuer Schnappschuss aufbewahrt, sodass sich auch eine Wiederherstellung rückgängig machen lässt. Braucht --yes, und die Bibliothek darf nicht in der App geöffnet sein.</translation>
    </message>
    <message>
        <source>Restore without asking.</source>
        <translation>Ohne Nachfrage wiederherstellen.</translation>
    </message>
    <message>
        <source>repaired: %1 — read back from %2</source>
        <translation>repariert: %1 — zurückgelesen aus %2</translation>
    </message>
    <message>
        <source>not repaired: %1</source>
        <translation>nicht repariert: %1</translation>
    </message>
    <message>
        <source>Run fsck --repair to bring back missing or damaged originals from where they were imported.</source>
        <translation>Führen Sie fsck --repair aus, um fehlende oder beschädigte Originale von ihrem Importort zurückzuholen.</translation>
    </message>
    <message>
        <source>Check the catalog&apos;s integrity, that every stored image exists and re-hashes to its name, and list orphan and temporary files. Changes nothing and takes no lock: it works on a read-only library and on one that LoRA Craft has open. Exit code 3 when problems are found. With --repair, stored originals that are missing or damaged are read back from where they were imported when the file there still has the same content (this writes, so it needs the library to itself).</source>
        <translation>Die Integrität des Katalogs prüfen, ob jedes gespeicherte Bild existiert und seinem Namen entsprechend hasht, und verwaiste sowie temporäre Dateien auflisten. Ändert nichts und setzt keine Sperre: Funktioniert bei einer schreibgeschützten Bibliothek und bei einer, die LoRA Craft geöffnet hat. Exit-Code 3, wenn Probleme gefunden werden. Mit --repair werden fehlende oder beschädigte gespeicherte Originale von ihrem Importort zurückgelesen, wenn die Datei dort noch denselben Inhalt hat (das schreibt und braucht daher die Bibliothek exklusiv).</translation>
    </message>
    <message>
        <source>Bring back missing or damaged originals from their import source.</source>
        <translation>Fehlende oder beschädigte Originale von ihrer Importquelle zurückholen.</translation>
    </message>
    <message>
        <source>--provider takes %1, not “%2”.</source>
        <translation>--provider nimmt %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>search needs --query TEXT.</source>
        <translation>search braucht --query TEXT.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not “%3”.</source>
        <translation>--%1 nimmt eine ganze Zahl von 1 bis %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>--orientation takes tall, wide or square.</source>
        <translation>--orientation nimmt tall, wide oder square.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>openverse (default, no account) or brave (BRAVE_API_KEY or the keychain).</source>
        <translation>openverse (Standard, kein Konto) oder brave (BRAVE_API_KEY oder Schlüsselbund).</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>Wonach gesucht wird.</translation>
    </message>
    <message>
        <source>Only these licences (Openverse): cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd, or the families commercial and modification; comma-separated.</source>
        <translation>Nur diese Lizenzen (Openverse): cc0, pdm, by, by-sa, by-nd, by-nc, by-nc-sa, by-nc-nd oder die Familien commercial und modification; durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Drop results whose shorter side is known to be under PX pixels.</source>
        <translation>Ergebnisse verwerfen, deren kürzere Seite bekanntermaßen unter PX Pixeln liegt.</translation>
    </message>
    <message>
        <source>tall, wide or square.</source>
        <translation>tall, wide oder square.</translation>
    </message>
    <message>
        <source>Include results the provider marks as mature.</source>
        <translation>Ergebnisse einschließen, die der Anbieter als nicht jugendfrei markiert.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Höchstens N Ergebnisse (Standard 20).</translation>
    </message>
    <message>
        <source>Download the results into this dataset, with their licences.</source>
        <translation>Die Ergebnisse mit ihren Lizenzen in diesen Datensatz herunterladen.</translation>
    </message>
    <message>
        <source>Search the web for images (Openverse, Brave); --import adds them to a dataset.</source>
        <translation>Im Web nach Bildern suchen (Openverse, Brave); --import fügt sie einem Datensatz hinzu.</translation>
    </message>
    <message>
        <source>Searches Openverse (openly licensed images, no account needed; LORACRAFT_OPENVERSE_BASE_URL) or Brave Image Search (an API key in the keychain or BRAVE_API_KEY; LORACRAFT_BRAVE_BASE_URL) and lists the results with size, licence and source. With --import WORKSPACE/DATASET the results are downloaded (http and https only, at most 5 redirects and 50 MB each, image content types only, no credentials sent) and imported like files: format by content, duplicates found, every image&apos;s source page, licence, creator and attribution kept. Rate limits are respected (Retry-After). Exit code 3 when some results could not be imported.</source>
        <translation>Durchsucht Openverse (frei lizenzierte Bilder, kein Konto nötig; LORACRAFT_OPENVERSE_BASE_URL) oder Brave Image Search (ein API-Schlüssel im Schlüsselbund oder BRAVE_API_KEY; LORACRAFT_BRAVE_BASE_URL) und listet die Ergebnisse mit Größe, Lizenz und Quelle. Mit --import WORKSPACE/DATASET werden die Ergebnisse heruntergeladen (nur http und https, höchstens 5 Weiterleitungen und je 50 MB, nur Bild-Inhaltstypen, keine Zugangsdaten gesendet) und wie Dateien importiert: Format nach Inhalt, Duplikaterkennung, Quellseite, Lizenz, Urheber und Quellenangabe jedes Bildes bleiben erhalten. Anfragelimits werden beachtet (Retry-After). Exit-Code 3, wenn einige Ergebnisse nicht importiert werden konnten.</translation>
    </message>
    <message>
        <source>The search found nothing to import.</source>
        <translation>Die Suche hat nichts zum Importieren gefunden.</translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1.</source>
        <translation>buckets braucht --trainer, einen von %1.</translation>
    </message>
    <message>
        <source>buckets needs --trainer, one of %1 (not “%2”).</source>
        <translation>buckets braucht --trainer, einen von %1 (nicht „%2“).</translation>
    </message>
    <message>
        <source>%1  fewer than the batch size</source>
        <translation>%1  weniger als die Batchgröße</translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s · %5 s left</source>
        <translation>%1/%2 · %3 fehlgeschlagen · %4/s · noch %5 s</translation>
    </message>
    <message>
        <source>%1/%2 · %3 failed · %4/s</source>
        <translation>%1/%2 · %3 fehlgeschlagen · %4/s</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1%2

%3
</source>
        <translation>Aufruf: loracraft-cli [--library DIR] [--json] %1%2

%3
</translation>
    </message>
    <message>
        <source>Usage: loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2

%3
</source>
        <translation>Aufruf: loracraft-cli [--library DIR] [--json] %1 [OPTIONS]%2

%3
</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of the workspace %1 (%2).</source>
        <translation>
            <numerusform>Keine Beinahe-Duplikate unter %n Bild des Arbeitsbereichs %1 (%2).</numerusform>
            <numerusform>Keine Beinahe-Duplikate unter den %n Bildern des Arbeitsbereichs %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s) of %1 (%2).</source>
        <translation>
            <numerusform>Keine Beinahe-Duplikate unter %n Bild von %1 (%2).</numerusform>
            <numerusform>Keine Beinahe-Duplikate unter den %n Bildern von %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of the workspace %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>%1 Gruppe(n) von Beinahe-Duplikaten unter %n Bild des Arbeitsbereichs %2 (%3): %4 Bild(er) über eines pro Gruppe hinaus.</numerusform>
            <numerusform>%1 Gruppe(n) von Beinahe-Duplikaten unter den %n Bildern des Arbeitsbereichs %2 (%3): %4 Bild(er) über eines pro Gruppe hinaus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 group(s) of near-duplicates among the %n image(s) of %2 (%3): %4 image(s) beyond one per group.</source>
        <translation>
            <numerusform>%1 Gruppe(n) von Beinahe-Duplikaten unter %n Bild von %2 (%3): %4 Bild(er) über eines pro Gruppe hinaus.</numerusform>
            <numerusform>%1 Gruppe(n) von Beinahe-Duplikaten unter den %n Bildern von %2 (%3): %4 Bild(er) über eines pro Gruppe hinaus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash; restore them from the trash in the app.</source>
        <translation>
            <numerusform>%n Bild in den Papierkorb verschoben; stellen Sie es in der App aus dem Papierkorb wieder her.</numerusform>
            <numerusform>%n Bilder in den Papierkorb verschoben; stellen Sie sie in der App aus dem Papierkorb wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1, and %2 more)</source>
        <translation>(%1 und %2 weitere)</translation>
    </message>
    <message>
        <source>imported %1 · already in dataset %2 · duplicates %3 · skipped %4 · %5 in %6 s</source>
        <translation>importiert %1 · bereits im Datensatz %2 · Duplikate %3 · übersprungen %4 · %5 in %6 s</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>downloading %1 MB / %2 MB</source>
        <translation>Herunterladen: %1 MB / %2 MB</translation>
    </message>
    <message>
        <source>extracting %1 MB / %2 MB</source>
        <translation>Entpacken: %1 MB / %2 MB</translation>
    </message>
    <message>
        <source>downloading %1 MB</source>
        <translation>Herunterladen: %1 MB</translation>
    </message>
    <message>
        <source>extracting %1 MB</source>
        <translation>Entpacken: %1 MB</translation>
    </message>
</context>
<context>
    <name>CropTr</name>
    <message>
        <source>Auto-crop of %1/%2</source>
        <translation>Automatischer Zuschnitt von %1/%2</translation>
    </message>
    <message>
        <source>Finding subjects</source>
        <translation>Motive werden gesucht</translation>
    </message>
    <message>
        <source>Canceled; nothing was cropped.</source>
        <translation>Abgebrochen; nichts wurde zugeschnitten.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 crop(s) proposed</source>
        <translation>%1 von %2 Zuschnitt(en) vorgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable image(s)</source>
        <translation>
            <numerusform>%n unlesbares Bild</numerusform>
            <numerusform>%n unlesbare Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>highest resolution (%1 × %2)</source>
        <translation>höchste Auflösung (%1 × %2)</translation>
    </message>
    <message>
        <source>same resolution, sharpest</source>
        <translation>gleiche Auflösung, am schärfsten</translation>
    </message>
    <message>
        <source>same resolution and sharpness, largest file (least compressed)</source>
        <translation>gleiche Auflösung und Schärfe, größte Datei (am wenigsten komprimiert)</translation>
    </message>
    <message>
        <source>alike in resolution, sharpness and size: the first imported</source>
        <translation>gleich in Auflösung, Schärfe und Größe: das zuerst importierte</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Store image hashes</source>
        <translation>Bild-Hashes speichern</translation>
    </message>
    <message>
        <source>Move duplicates to the trash</source>
        <translation>Duplikate in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Keep as not duplicates</source>
        <translation>Als Nicht-Duplikate behalten</translation>
    </message>
    <message>
        <source>low resolution (%1 × %2 for a %3 px target)</source>
        <translation>niedrige Auflösung (%1 × %2 bei einem Ziel von %3 px)</translation>
    </message>
    <message>
        <source>looks upscaled (sharp only when reduced; sharpness %1, %2, %3)</source>
        <translation>wirkt hochskaliert (nur verkleinert scharf; Schärfe %1, %2, %3)</translation>
    </message>
    <message>
        <source>blurry (sharpness %1, %2, %3)</source>
        <translation>unscharf (Schärfe %1, %2, %3)</translation>
    </message>
    <message>
        <source>underexposed (%1 % black, mean %2)</source>
        <translation>unterbelichtet (%1 % schwarz, Mittelwert %2)</translation>
    </message>
    <message>
        <source>overexposed (%1 % white, mean %2)</source>
        <translation>überbelichtet (%1 % weiß, Mittelwert %2)</translation>
    </message>
    <message>
        <source>bars around the picture (content %1 % × %2 %)</source>
        <translation>Balken um das Bild (Inhalt %1 % × %2 %)</translation>
    </message>
    <message>
        <source>bars around the picture</source>
        <translation>Balken um das Bild</translation>
    </message>
    <message>
        <source>extreme aspect ratio (%1 × %2)</source>
        <translation>extremes Seitenverhältnis (%1 × %2)</translation>
    </message>
    <message>
        <source>heavily compressed (%1 bits a pixel)</source>
        <translation>stark komprimiert (%1 Bit pro Pixel)</translation>
    </message>
    <message>
        <source>Store quality measurements</source>
        <translation>Qualitätsmessungen speichern</translation>
    </message>
    <message>
        <source>Quality check of %1/%2</source>
        <translation>Qualitätsprüfung von %1/%2</translation>
    </message>
    <message>
        <source>Measuring images</source>
        <translation>Bilder werden gemessen</translation>
    </message>
    <message>
        <source>Canceled; the images measured so far are not kept.</source>
        <translation>Abgebrochen; die bisher gemessenen Bilder werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) measured</source>
        <translation>
            <numerusform>%n Bild gemessen</numerusform>
            <numerusform>%n Bilder gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 flagged</source>
        <translation>%1 von %2 markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable thumbnail(s)</source>
        <translation>
            <numerusform>%n unlesbares Vorschaubild</numerusform>
            <numerusform>%n unlesbare Vorschaubilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Low resolution</source>
        <translation>Niedrige Auflösung</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Hochskaliert</translation>
    </message>
    <message>
        <source>Blurry</source>
        <translation>Unscharf</translation>
    </message>
    <message>
        <source>Too dark</source>
        <translation>Zu dunkel</translation>
    </message>
    <message>
        <source>Too bright</source>
        <translation>Zu hell</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Extreme aspect</source>
        <translation>Extremes Seitenverhältnis</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>“%1” was not brought back, so it cannot be deleted again.</source>
        <translation>„%1“ wurde nicht zurückgeholt und kann daher nicht erneut gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete Dataset “%1”</source>
        <translation>Datensatz „%1“ löschen</translation>
    </message>
    <message>
        <source>Restore dataset</source>
        <translation>Datensatz wiederherstellen</translation>
    </message>
    <message>
        <source>Delete Workspace “%1”</source>
        <translation>Arbeitsbereich „%1“ löschen</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Arbeitsbereich wiederherstellen</translation>
    </message>
    <message>
        <source>Rename Dataset to “%1”</source>
        <translation>Datensatz in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Rename Workspace to “%1”</source>
        <translation>Arbeitsbereich in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Undo caption edit</source>
        <translation>Rückgängig: Beschreibungsänderung</translation>
    </message>
    <message>
        <source>Restore Image from Trash</source>
        <translation>Bild aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1 Images from Trash</source>
        <translation>%1 Bilder aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Keep Image</source>
        <translation>Bild behalten</translation>
    </message>
    <message>
        <source>Keep %1 Images</source>
        <translation>%1 Bilder behalten</translation>
    </message>
    <message>
        <source>Reject Image</source>
        <translation>Bild aussortieren</translation>
    </message>
    <message>
        <source>Reject %1 Images</source>
        <translation>%1 Bilder aussortieren</translation>
    </message>
    <message>
        <source>Move Image to Trash</source>
        <translation>Bild in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move %1 Images to Trash</source>
        <translation>%1 Bilder in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Set Rating to %1</source>
        <translation>Bewertung auf %1 setzen</translation>
    </message>
    <message>
        <source>Redo generated captions</source>
        <translation>Wiederholen: erzeugte Beschreibungen</translation>
    </message>
    <message>
        <source>Undo generated captions</source>
        <translation>Rückgängig: erzeugte Beschreibungen</translation>
    </message>
    <message>
        <source>Edit %1 Captions</source>
        <translation>%1 Beschreibungen bearbeiten</translation>
    </message>
    <message>
        <source>Replace “%1” in a Caption</source>
        <translation>„%1“ in einer Beschreibung ersetzen</translation>
    </message>
    <message>
        <source>Replace “%1” in %2 Captions</source>
        <translation>„%1“ in %2 Beschreibungen ersetzen</translation>
    </message>
    <message>
        <source>Apply Caption Template to an Image</source>
        <translation>Beschreibungsvorlage auf ein Bild anwenden</translation>
    </message>
    <message>
        <source>Apply Caption Template to %1 Images</source>
        <translation>Beschreibungsvorlage auf %1 Bilder anwenden</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>Tag „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>Tag „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 Tags into “%2”</source>
        <translation>%1 Tags zu „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>Tag „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete %1 Tags</source>
        <translation>%1 Tags löschen</translation>
    </message>
    <message>
        <source>Generate 1 Caption</source>
        <translation>1 Beschreibung erzeugen</translation>
    </message>
    <message>
        <source>Generate %1 Captions</source>
        <translation>%1 Beschreibungen erzeugen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 · %2 images · %3</source>
        <translation>%1 · %2 Bilder · %3</translation>
    </message>
    <message>
        <source>%1 · canceled; nothing was written</source>
        <translation>%1 · abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 · failed; nothing was written</source>
        <translation>%1 · fehlgeschlagen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Record the export</source>
        <translation>Export erfassen</translation>
    </message>
    <message>
        <source>The pre-flight check found errors; fix them before exporting.</source>
        <translation>Die Vorabprüfung hat Fehler gefunden; beheben Sie sie vor dem Export.</translation>
    </message>
    <message>
        <source>Exporting for %1</source>
        <translation>Export für %1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name, or delete it first; an export never overwrites.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Namen oder löschen Sie es zuerst; ein Export überschreibt nie.</translation>
    </message>
    <message>
        <source>Removed %1, left by an export that was interrupted.</source>
        <translation>%1 entfernt, das ein unterbrochener Export hinterlassen hatte.</translation>
    </message>
    <message>
        <source>Found %1, probably left by an interrupted export of an earlier version; it was left alone.</source>
        <translation>%1 gefunden, vermutlich von einem unterbrochenen Export einer früheren Version hinterlassen; es wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); the archive itself is complete.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); das Archiv selbst ist vollständig.</translation>
    </message>
    <message>
        <source>There is nothing to export: the dataset has no kept images.</source>
        <translation>Es gibt nichts zu exportieren: Der Datensatz hat keine behaltenen Bilder.</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; this trainer needs one for every image.</source>
        <translation>%1 Bild(er) ohne Beschreibung; dieser Trainer braucht eine für jedes Bild.</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; Replicate will autocaption them (no .txt is written).</source>
        <translation>%1 Bild(er) ohne Beschreibung; Replicate beschreibt sie automatisch (es wird keine .txt geschrieben).</translation>
    </message>
    <message>
        <source>%1 image(s) have no caption; the trainer will use its default caption.</source>
        <translation>%1 Bild(er) ohne Beschreibung; der Trainer verwendet seine Standardbeschreibung.</translation>
    </message>
    <message>
        <source>%1 image(s) are smaller than 64 px on a side.</source>
        <translation>%1 Bild(er) sind an einer Seite kleiner als 64 px.</translation>
    </message>
    <message>
        <source>%1 caption(s) do not contain the trigger word “%2”.</source>
        <translation>%1 Beschreibung(en) enthalten das Triggerwort „%2“ nicht.</translation>
    </message>
    <message>
        <source>%1 image(s) have fewer than half the pixels of the %2 × %2 px target (LOW RES).</source>
        <translation>%1 Bild(er) haben weniger als die Hälfte der Pixel des Ziels von %2 × %2 px (NIEDR. AUFL.).</translation>
    </message>
    <message>
        <source>%1 file name(s) collide after sanitizing and get a numeric suffix.</source>
        <translation>%1 Dateiname(n) kollidieren nach der Bereinigung und erhalten ein numerisches Suffix.</translation>
    </message>
    <message>
        <source>No trigger word is set; Replicate will use “TOK”.</source>
        <translation>Kein Triggerwort festgelegt; Replicate verwendet „TOK“.</translation>
    </message>
    <message>
        <source>No trigger word is set; the kohya folder is named after the dataset.</source>
        <translation>Kein Triggerwort festgelegt; der kohya-Ordner wird nach dem Datensatz benannt.</translation>
    </message>
    <message>
        <source>%1 rejected image(s) are left out.</source>
        <translation>%1 aussortierte(s) Bild(er) werden ausgelassen.</translation>
    </message>
    <message>
        <source>Refusing to write an unsafe file name into the export: %1</source>
        <translation>Ein unsicherer Dateiname wird nicht in den Export geschrieben: %1</translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation>kein freier temporärer Name</translation>
    </message>
    <message>
        <source>it is no longer empty</source>
        <translation>er ist nicht mehr leer</translation>
    </message>
    <message>
        <source>Two export files are named %1.</source>
        <translation>Zwei Exportdateien heißen %1.</translation>
    </message>
    <message>
        <source>libzip error %1</source>
        <translation>libzip-Fehler %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write in %1 (permission denied).</source>
        <translation>In %1 kann nicht geschrieben werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>Cannot decode %1: %2</source>
        <translation>%1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1: %2</source>
        <translation>%1 kann nicht kodiert werden: %2</translation>
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
        <source>OneTrainer</source>
        <translation>OneTrainer</translation>
    </message>
    <message>
        <source>Replicate Flux trainer (ZIP)</source>
        <translation>Replicate Flux-Trainer (ZIP)</translation>
    </message>
    <message>
        <source>Replicate SDXL trainer (ZIP)</source>
        <translation>Replicate SDXL-Trainer (ZIP)</translation>
    </message>
    <message>
        <source>SimpleTuner</source>
        <translation>SimpleTuner</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (counted with T5&apos;s tokenizer).</source>
        <translation>%1 Beschreibung(en) überschreiten das 512-Token-Fenster von T5 (mit dem Tokenizer von T5 gezählt).</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed T5&apos;s 512-token window (estimated: T5&apos;s tokenizer model is not installed).</source>
        <translation>%1 Beschreibung(en) überschreiten das 512-Token-Fenster von T5 (geschätzt: das Tokenizer-Modell von T5 ist nicht installiert).</translation>
    </message>
    <message>
        <source>%1 caption(s) exceed CLIP&apos;s 77-token window (75 after its start and end tokens); the rest is cut off.</source>
        <translation>%1 Beschreibung(en) überschreiten das 77-Token-Fenster von CLIP (75 nach Start- und End-Token); der Rest wird abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 image(s) are more than %2 times as long as they are wide.</source>
        <translation>%1 Bild(er) sind mehr als %2-mal so lang wie breit.</translation>
    </message>
    <message>
        <source>%1 image(s) look upscaled (detail only once reduced).</source>
        <translation>%1 Bild(er) wirken hochskaliert (Details erst nach Verkleinerung).</translation>
    </message>
    <message>
        <source>%1 image(s) are blurry.</source>
        <translation>%1 Bild(er) sind unscharf.</translation>
    </message>
    <message>
        <source>%1 image(s) are underexposed (too dark).</source>
        <translation>%1 Bild(er) sind unterbelichtet (zu dunkel).</translation>
    </message>
    <message>
        <source>%1 image(s) are overexposed (too bright).</source>
        <translation>%1 Bild(er) sind überbelichtet (zu hell).</translation>
    </message>
    <message>
        <source>%1 image(s) have bars around the picture; crop them to their content.</source>
        <translation>%1 Bild(er) haben Balken um das Bild; schneiden Sie sie auf ihren Inhalt zu.</translation>
    </message>
    <message>
        <source>%1 image(s) are heavily compressed JPEGs.</source>
        <translation>%1 Bild(er) sind stark komprimierte JPEGs.</translation>
    </message>
    <message>
        <source>The resolution %1 does not fit %2&apos;s bucket limits.</source>
        <translation>Die Auflösung %1 passt nicht in die Bucket-Grenzen von %2.</translation>
    </message>
    <message>
        <source>%1 caption(s) contain the trigger “%2” inside a longer word: trainers that look for the trigger as text (ai-toolkit, Replicate) take it as present, and Replicate SDXL replaces it inside that word. Reword them, or choose a trigger no word contains.</source>
        <translation>%1 Beschreibung(en) enthalten den Trigger „%2“ innerhalb eines längeren Wortes: Trainer, die den Trigger als Text suchen (ai-toolkit, Replicate), halten ihn für vorhanden, und Replicate SDXL ersetzt ihn innerhalb dieses Wortes. Formulieren Sie sie um oder wählen Sie einen Trigger, den kein Wort enthält.</translation>
    </message>
    <message>
        <source>SimpleTuner will leave out %1 image(s): their area is below the minimum_image_size of %2 × %2 px. Export anyway with “allow drops”, or leave them out.</source>
        <translation>SimpleTuner lässt %1 Bild(er) aus: Ihre Fläche liegt unter der minimum_image_size von %2 × %2 px. Exportieren Sie trotzdem mit „Auslassungen erlauben“ oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>%1 image(s) fit none of the trainer&apos;s buckets and will be left out.</source>
        <translation>%1 Bild(er) passen in keinen Bucket des Trainers und werden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 crops every image to a %2 × %2 square: %3 image(s) lose more than a tenth of the picture. Crop them yourself (Image → Edit Crop) to choose what stays.</source>
        <translation>%1 schneidet jedes Bild auf ein Quadrat von %2 × %2 zu: %3 Bild(er) verlieren mehr als ein Zehntel des Bildes. Schneiden Sie sie selbst zu (Bild → Zuschnitt bearbeiten), um zu bestimmen, was bleibt.</translation>
    </message>
    <message>
        <source>%2&apos;s buckets cut more than a tenth off %1 image(s) (see the Buckets panel for each one).</source>
        <translation>Die Buckets von %2 schneiden bei %1 Bild(ern) mehr als ein Zehntel ab (Details je Bild in der Bucket-Leiste).</translation>
    </message>
    <message>
        <source>%2 enlarges %1 image(s) by more than 1.5× to fill its bucket at %3 px; they will train soft.</source>
        <translation>%2 vergrößert %1 Bild(er) um mehr als das 1,5-Fache, um seinen Bucket bei %3 px zu füllen; sie werden weich trainiert.</translation>
    </message>
    <message>
        <source>%1 trains at %2 px and buckets each image itself at every one: the files are sized for %3 px, the largest. Leaving the size to the trainer (Original size) loses nothing.</source>
        <translation>%1 trainiert bei %2 px und teilt jedes Bild bei jeder Auflösung selbst in Buckets ein: Die Dateien werden für %3 px, die größte, bemessen. Die Größe dem Trainer zu überlassen (Originalgröße) verliert nichts.</translation>
    </message>
    <message>
        <source>%1 has no aspect buckets: the files are cropped to its %2 × %2 centre square, as it would do itself.</source>
        <translation>%1 hat keine Seitenverhältnis-Buckets: Die Dateien werden auf das mittlere Quadrat von %2 × %2 zugeschnitten, wie er es selbst täte.</translation>
    </message>
    <message>
        <source>%1 has no subsets with their own repeats: %2 image(s) of other subsets are exported with the rest.</source>
        <translation>%1 hat keine Teilmengen mit eigenen Wiederholungen: %2 Bild(er) anderer Teilmengen werden mit den übrigen exportiert.</translation>
    </message>
    <message>
        <source>%1 takes no regularization set: the %2 image(s) of “%3” are left out.</source>
        <translation>%1 nimmt kein Regularisierungsset: Die %2 Bild(er) von „%3“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Caption variants need captions and tags as the source and OneTrainer or SimpleTuner, which read each line as a variant; the captions are written on one line.</source>
        <translation>Beschreibungsvarianten erfordern Beschreibung und Tags als Quelle sowie OneTrainer oder SimpleTuner, die jede Zeile als Variante lesen; die Beschreibungen werden in eine Zeile geschrieben.</translation>
    </message>
    <message>
        <source>%1 trains at one resolution: its commands use %2 px.</source>
        <translation>%1 trainiert bei einer Auflösung: Seine Befehle verwenden %2 px.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written; `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation>%1: %2 Nichts wurde geschrieben; `loracraft-cli fsck --repair` holt es von seinem Importort zurück, sofern die Datei noch vorhanden ist.</translation>
    </message>
    <message>
        <source>The stored copy of %4 (%1) is damaged: its content hashes to %2 instead of %3. Nothing was written. `loracraft-cli fsck --repair` brings it back from where it was imported, if that file is still there.</source>
        <translation>Die gespeicherte Kopie von %4 (%1) ist beschädigt: Ihr Inhalt ergibt den Hash %2 statt %3. Nichts wurde geschrieben. `loracraft-cli fsck --repair` holt sie von ihrem Importort zurück, sofern die Datei noch vorhanden ist.</translation>
    </message>
    <message>
        <source>%1 image(s) have a non-commercial licence (NC), and the dataset&apos;s notes say the LoRA is for commercial use.</source>
        <translation>%1 Bild(er) haben eine nicht-kommerzielle Lizenz (NC), und laut den Notizen des Datensatzes ist die LoRA für kommerzielle Nutzung bestimmt.</translation>
    </message>
    <message>
        <source>%1 image(s) have a no-derivatives licence (ND): a LoRA trained on them may count as an adaptation.</source>
        <translation>%1 Bild(er) haben eine Lizenz ohne Bearbeitungen (ND): Eine damit trainierte LoRA kann als Bearbeitung gelten.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1 and %2 more. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n Bild hat sein gespeichertes Original verloren: %1 und %2 weitere. Nichts wurde geschrieben. Führen Sie `loracraft-cli fsck --repair` aus, um es von seinem Importort zurückzuholen, oder verschieben Sie es in den Papierkorb, um ohne es zu exportieren.</numerusform>
            <numerusform>%n Bilder haben ihr gespeichertes Original verloren: %1 und %2 weitere. Nichts wurde geschrieben. Führen Sie `loracraft-cli fsck --repair` aus, um sie von ihrem Importort zurückzuholen, oder verschieben Sie sie in den Papierkorb, um ohne sie zu exportieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) have lost their stored original: %1. Nothing was written. Run `loracraft-cli fsck --repair` to bring them back from where they were imported, or move them to the trash to export without them.</source>
        <translation>
            <numerusform>%n Bild hat sein gespeichertes Original verloren: %1. Nichts wurde geschrieben. Führen Sie `loracraft-cli fsck --repair` aus, um es von seinem Importort zurückzuholen, oder verschieben Sie es in den Papierkorb, um ohne es zu exportieren.</numerusform>
            <numerusform>%n Bilder haben ihr gespeichertes Original verloren: %1. Nichts wurde geschrieben. Führen Sie `loracraft-cli fsck --repair` aus, um sie von ihrem Importort zurückzuholen, oder verschieben Sie sie in den Papierkorb, um ohne sie zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the export folder %1: %2</source>
        <translation>Der Exportordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot use the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>truncated or corrupt %1</source>
        <translation>abgeschnitten oder beschädigt: %1</translation>
    </message>
    <message>
        <source>no header chunk</source>
        <translation>kein Header-Chunk</translation>
    </message>
    <message>
        <source>the %1 chunk claims %2 but the file has %3 left</source>
        <translation>der %1-Chunk gibt %2 an, aber die Datei hat nur noch %3</translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation>nicht unterstütztes Format (%1)</translation>
    </message>
    <message>
        <source>%1 is over the %2 MP limit</source>
        <translation>%1 überschreitet die Grenze von %2 MP</translation>
    </message>
    <message>
        <source>%1 would need %2 of memory to decode, over the %3 limit</source>
        <translation>%1 bräuchte zum Dekodieren %2 Speicher, über der Grenze von %3</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot create a thumbnail</source>
        <translation>Vorschaubild kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot analyse this %1 (%2)</source>
        <translation>%1 kann nicht analysiert werden (%2)</translation>
    </message>
    <message>
        <source>cannot analyse this %1</source>
        <translation>%1 kann nicht analysiert werden</translation>
    </message>
    <message>
        <source>text file</source>
        <translation>Textdatei</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>unknown file type</source>
        <translation>unbekannter Dateityp</translation>
    </message>
    <message>
        <source>truncated or corrupt %1 (%2)</source>
        <translation>abgeschnitten oder beschädigt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>internal error while reading (%1)</source>
        <translation>interner Fehler beim Lesen (%1)</translation>
    </message>
    <message>
        <source>internal error while reading</source>
        <translation>interner Fehler beim Lesen</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Bytes)</translation>
    </message>
    <message>
        <source>unsupported format (%1)</source>
        <translation>nicht unterstütztes Format (%1)</translation>
    </message>
    <message>
        <source>not an image (%1)</source>
        <translation>kein Bild (%1)</translation>
    </message>
    <message>
        <source>%1 content with a .%2 name; imported as %1</source>
        <translation>%1-Inhalt mit .%2-Namen; als %1 importiert</translation>
    </message>
    <message>
        <source>the library&apos;s stored copy of this image was damaged or missing and has been repaired</source>
        <translation>die in der Bibliothek gespeicherte Kopie dieses Bildes war beschädigt oder fehlte und wurde repariert</translation>
    </message>
    <message>
        <source>caption file not read: %1</source>
        <translation>Beschreibungsdatei nicht gelesen: %1</translation>
    </message>
    <message>
        <source>caption updated from the caption file, which changed since the last import</source>
        <translation>Beschreibung aus der Beschreibungsdatei aktualisiert, die sich seit dem letzten Import geändert hat</translation>
    </message>
    <message>
        <source>caption conflict: the caption file differs from the caption edited in LoRA Craft; the edited caption was kept</source>
        <translation>Beschreibungskonflikt: Die Beschreibungsdatei weicht von der in LoRA Craft bearbeiteten Beschreibung ab; die bearbeitete wurde beibehalten</translation>
    </message>
    <message>
        <source>Record the import</source>
        <translation>Import erfassen</translation>
    </message>
    <message>
        <source>Scanning %1 input(s)</source>
        <translation>%1 Eingabe(n) werden durchsucht</translation>
    </message>
    <message>
        <source>Add imported images</source>
        <translation>Importierte Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Cannot store image details</source>
        <translation>Bilddetails können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot add items</source>
        <translation>Elemente können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>identical to %1, which was skipped for the same reason</source>
        <translation>identisch mit %1, das aus demselben Grund übersprungen wurde</translation>
    </message>
    <message>
        <source>Set the dataset&apos;s trigger word to “%1” and class to “%2” from the kohya folder “%3”.</source>
        <translation>Triggerwort des Datensatzes auf „%1“ und Klasse auf „%2“ gesetzt, aus dem kohya-Ordner „%3“.</translation>
    </message>
    <message>
        <source>The kohya folder “%1” suggests the trigger word “%2”; the dataset keeps “%3”.</source>
        <translation>Der kohya-Ordner „%1“ legt das Triggerwort „%2“ nahe; der Datensatz behält „%3“.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 bereits vorhanden</translation>
    </message>
    <message>
        <source>%1 duplicates</source>
        <translation>%1 Duplikate</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 captions updated</source>
        <translation>%1 Beschreibungen aktualisiert</translation>
    </message>
    <message>
        <source>%1 caption conflicts</source>
        <translation>%1 Beschreibungskonflikte</translation>
    </message>
    <message>
        <source>%1 damaged images repaired</source>
        <translation>%1 beschädigte Bilder repariert</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>Zeichengerät</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>Blockgerät</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>path too long for the operating system</source>
        <translation>Pfad zu lang für das Betriebssystem</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Links</translation>
    </message>
    <message>
        <source>cannot read (input/output error: the disk or network drive may be failing)</source>
        <translation>kann nicht gelesen werden (Ein-/Ausgabefehler: Die Festplatte oder das Netzlaufwerk fällt möglicherweise aus)</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>larger than the %1 limit (%2)</source>
        <translation>größer als die Grenze von %1 (%2)</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>keine reguläre Datei (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>broken symbolic link</source>
        <translation>defekter symbolischer Link</translation>
    </message>
    <message>
        <source>folder already scanned (reached again through a symbolic link)</source>
        <translation>Ordner bereits durchsucht (erneut über einen symbolischen Link erreicht)</translation>
    </message>
    <message>
        <source>archive has %1 entries; the limit is %2</source>
        <translation>Archiv hat %1 Einträge; die Grenze ist %2</translation>
    </message>
    <message>
        <source>archive would expand to %1, over the %2 limit (zip bomb?)</source>
        <translation>Archiv würde sich auf %1 entpacken, über der Grenze von %2 (ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>unsafe path in ZIP (%1)</source>
        <translation>unsicherer Pfad im ZIP (%1)</translation>
    </message>
    <message>
        <source>archive inside an archive (not expanded)</source>
        <translation>Archiv in einem Archiv (nicht entpackt)</translation>
    </message>
    <message>
        <source>compression ratio %1:1 is over the %2:1 limit (zip bomb?)</source>
        <translation>Kompressionsverhältnis %1:1 liegt über der Grenze von %2:1 (ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>another caption file with the same name; the first one (entry #%1) is used</source>
        <translation>weitere Beschreibungsdatei mit demselben Namen; die erste (Eintrag #%1) wird verwendet</translation>
    </message>
    <message>
        <source>the archive has %1 entries named %2; this is entry #%3</source>
        <translation>das Archiv hat %1 Einträge namens %2; dies ist Eintrag #%3</translation>
    </message>
    <message>
        <source>nothing to import in the archive (%1 hidden or system file(s) ignored)</source>
        <translation>nichts zu importieren im Archiv (%1 versteckte oder Systemdatei(en) ignoriert)</translation>
    </message>
    <message>
        <source>nothing to import in the archive (no files)</source>
        <translation>nichts zu importieren im Archiv (keine Dateien)</translation>
    </message>
    <message>
        <source>cannot open the archive (%1)</source>
        <translation>das Archiv kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>not a valid ZIP archive (%1)</source>
        <translation>kein gültiges ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <source>damaged archive entry %1</source>
        <translation>beschädigter Archiveintrag %1</translation>
    </message>
    <message>
        <source>the archive marks this name as UTF-8 but it is not; it was read as CP437</source>
        <translation>das Archiv kennzeichnet diesen Namen als UTF-8, er ist es aber nicht; er wurde als CP437 gelesen</translation>
    </message>
    <message>
        <source>cannot read the archive entry (%1)</source>
        <translation>der Archiveintrag kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>damaged archive entry (%1)</source>
        <translation>beschädigter Archiveintrag (%1)</translation>
    </message>
    <message>
        <source>Take the trigger word from the kohya folder</source>
        <translation>Triggerwort aus dem kohya-Ordner übernehmen</translation>
    </message>
    <message>
        <source>caption file read as %1 (not UTF-8)</source>
        <translation>Beschreibungsdatei als %1 gelesen (nicht UTF-8)</translation>
    </message>
    <message>
        <source>the server has no image at this address (HTTP %1)</source>
        <translation>der Server hat kein Bild unter dieser Adresse (HTTP %1)</translation>
    </message>
    <message>
        <source>the image host refused the download (HTTP %1)</source>
        <translation>der Bildhost hat den Download verweigert (HTTP %1)</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot make a folder for the downloads in %1: %2</source>
        <translation>In %1 kann kein Ordner für die Downloads angelegt werden: %2</translation>
    </message>
    <message>
        <source>Record where the images came from</source>
        <translation>Herkunft der Bilder erfassen</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1 (Eintrag #%2)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>permission denied or read-only disk</source>
        <translation>Zugriff verweigert oder schreibgeschützter Datenträger</translation>
    </message>
    <message>
        <source>The library %1 is open read-only.</source>
        <translation>Die Bibliothek %1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged (%2). Nothing was changed. Run fsck, and restore catalog.sqlite from a backup.</source>
        <translation>Der Katalog %1 ist beschädigt (%2). Nichts wurde geändert. Führen Sie fsck aus und stellen Sie catalog.sqlite aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>No library folder given.</source>
        <translation>Kein Bibliotheksordner angegeben.</translation>
    </message>
    <message>
        <source>%1 is a file, not a library folder. Choose a folder for --library.</source>
        <translation>%1 ist eine Datei, kein Bibliotheksordner. Wählen Sie einen Ordner für --library.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a LoRA Craft library (no catalog.sqlite). Choose an empty or new folder for --library.</source>
        <translation>%1 ist nicht leer und keine LoRA-Craft-Bibliothek (kein catalog.sqlite). Wählen Sie einen leeren oder neuen Ordner für --library.</translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1. Create a workspace to start one, or pass --library with the folder of an existing library.</source>
        <translation>Unter %1 gibt es keine LoRA-Craft-Bibliothek. Erstellen Sie einen Arbeitsbereich, um eine anzulegen, oder übergeben Sie --library mit dem Ordner einer vorhandenen Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1: %2</source>
        <translation>Der Bibliotheksordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The catalog %1 is empty (0 bytes).</source>
        <translation>Der Katalog %1 ist leer (0 Bytes).</translation>
    </message>
    <message>
        <source>The library %1 is locked by a library.lock file that cannot be read or removed. If no LoRA Craft is using this library, delete %2.</source>
        <translation>Die Bibliothek %1 ist durch eine library.lock-Datei gesperrt, die weder gelesen noch entfernt werden kann. Wenn kein LoRA Craft diese Bibliothek verwendet, löschen Sie %2.</translation>
    </message>
    <message>
        <source>The library %1 is in use by another LoRA Craft process (%2, PID %3 on %4). Close it first, or use another library with --library.</source>
        <translation>Die Bibliothek %1 wird von einem anderen LoRA-Craft-Prozess verwendet (%2, PID %3 auf %4). Schließen Sie ihn zuerst oder verwenden Sie mit --library eine andere Bibliothek.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>unbekanntes Programm</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Cannot write in the library folder %1 (%2). LoRA Craft needs write access to its library; fsck can still check it read-only.</source>
        <translation>Im Bibliotheksordner %1 kann nicht geschrieben werden (%2). LoRA Craft benötigt Schreibzugriff auf seine Bibliothek; fsck kann sie trotzdem schreibgeschützt prüfen.</translation>
    </message>
    <message>
        <source>cannot create library.lock</source>
        <translation>library.lock kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>My Workspace</source>
        <translation>Mein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Create a workspace</source>
        <translation>Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>Create a dataset</source>
        <translation>Datensatz erstellen</translation>
    </message>
    <message>
        <source>Change the dataset&apos;s settings</source>
        <translation>Einstellungen des Datensatzes ändern</translation>
    </message>
    <message>
        <source>Rename the workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Rename the dataset</source>
        <translation>Datensatz umbenennen</translation>
    </message>
    <message>
        <source>Delete the workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete the dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Clean up the library</source>
        <translation>Bibliothek bereinigen</translation>
    </message>
    <message>
        <source>Duplicate the dataset</source>
        <translation>Datensatz duplizieren</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row in %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3.</translation>
    </message>
    <message>
        <source>The search index is out of step with the items table.</source>
        <translation>Der Suchindex ist nicht synchron mit der Elementtabelle.</translation>
    </message>
    <message>
        <source>The stored image is missing.</source>
        <translation>Das gespeicherte Bild fehlt.</translation>
    </message>
    <message>
        <source>The stored image has %1 bytes; the catalog expects %2.</source>
        <translation>Das gespeicherte Bild hat %1 Bytes; der Katalog erwartet %2.</translation>
    </message>
    <message>
        <source>The stored image is damaged: its content hashes to %1.</source>
        <translation>Das gespeicherte Bild ist beschädigt: Sein Inhalt ergibt den Hash %1.</translation>
    </message>
    <message>
        <source>The catalog lists an object with an invalid name.</source>
        <translation>Der Katalog führt ein Objekt mit ungültigem Namen.</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Rename or merge tags</source>
        <translation>Tags umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>Tags löschen</translation>
    </message>
    <message>
        <source>Change captions</source>
        <translation>Beschreibungen ändern</translation>
    </message>
    <message>
        <source>Set crops</source>
        <translation>Zuschnitte festlegen</translation>
    </message>
    <message>
        <source>No bucket engine for “%1”.</source>
        <translation>Keine Bucket-Engine für „%1“.</translation>
    </message>
    <message>
        <source>No quality flag “%1”.</source>
        <translation>Keine Qualitätsmarkierung „%1“.</translation>
    </message>
    <message>
        <source>Move the dataset</source>
        <translation>Datensatz verschieben</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>The catalog %1 fails its integrity check (%2). Nothing was changed: LoRA Craft does not write into a damaged catalog. Run fsck, and restore a snapshot (loracraft-cli snapshot restore) or a backup.</source>
        <translation>Der Katalog %1 besteht seine Integritätsprüfung nicht (%2). Nichts wurde geändert: LoRA Craft schreibt nicht in einen beschädigten Katalog. Führen Sie fsck aus und stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The library %1 has stored images but its catalog.sqlite is missing. Restore the catalog from a snapshot (snapshots/) or a backup; LoRA Craft will not create an empty one over your data.</source>
        <translation>Die Bibliothek %1 enthält gespeicherte Bilder, aber ihr catalog.sqlite fehlt. Stellen Sie den Katalog aus einem Schnappschuss (snapshots/) oder einer Sicherung wieder her; LoRA Craft legt keinen leeren über Ihre Daten an.</translation>
    </message>
    <message>
        <source>There is no LoRA Craft library at %1.</source>
        <translation>Unter %1 gibt es keine LoRA-Craft-Bibliothek.</translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation>Elemente bearbeiten</translation>
    </message>
    <message>
        <source>The catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. gc will not remove these images.</source>
        <translation>Der Katalog kennt keine gespeicherten Bilder, aber objects/ enthält %1. Der Katalog wurde möglicherweise abgeschnitten oder ersetzt; stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her. gc entfernt diese Bilder nicht.</translation>
    </message>
    <message>
        <source>gc refused: the catalog knows no stored images, but objects/ holds %1. The catalog may have been truncated or replaced; restore a snapshot (loracraft-cli snapshot restore) or a backup. Nothing was removed.</source>
        <translation>gc abgelehnt: Der Katalog kennt keine gespeicherten Bilder, aber objects/ enthält %1. Der Katalog wurde möglicherweise abgeschnitten oder ersetzt; stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her. Nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>The stored original is missing: exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation>Das gespeicherte Original fehlt: Exporte lehnen dieses Bild ab. Führen Sie loracraft-cli fsck --repair aus, um es von seinem Importort zurückzuholen.</translation>
    </message>
    <message>
        <source>The stored original is damaged (its content changed on disk): exports refuse this image. Run loracraft-cli fsck --repair to bring it back from where it was imported.</source>
        <translation>Das gespeicherte Original ist beschädigt (sein Inhalt hat sich auf dem Datenträger geändert): Exporte lehnen dieses Bild ab. Führen Sie loracraft-cli fsck --repair aus, um es von seinem Importort zurückzuholen.</translation>
    </message>
    <message>
        <source>The library is open read-only: nothing can be repaired.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet: Nichts kann repariert werden.</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported</source>
        <translation>%1 hat sich seit dem Import geändert</translation>
    </message>
    <message>
        <source>%1: no item uses this image any more; gc removes its entry.</source>
        <translation>%1: Kein Element verwendet dieses Bild mehr; gc entfernt seinen Eintrag.</translation>
    </message>
    <message>
        <source>%1: no import source is recorded (it came from a ZIP or was pasted); import the image again.</source>
        <translation>%1: Keine Importquelle erfasst (es stammt aus einem ZIP oder wurde eingefügt); importieren Sie das Bild erneut.</translation>
    </message>
    <message>
        <source>%1: cannot be brought back (%2); import the image again.</source>
        <translation>%1: kann nicht zurückgeholt werden (%2); importieren Sie das Bild erneut.</translation>
    </message>
    <message>
        <source>The repair was canceled.</source>
        <translation>Die Reparatur wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds at least %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>Der Katalog %1 ist leer (0 Bytes), aber die Bibliothek enthält mindestens %n gespeichertes Bild. Er wurde wahrscheinlich durch einen Absturz, ein Synchronisierungsprogramm oder einen vollen Datenträger abgeschnitten. Stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her; LoRA Craft beginnt keinen leeren Katalog über Ihren Bildern.</numerusform>
            <numerusform>Der Katalog %1 ist leer (0 Bytes), aber die Bibliothek enthält mindestens %n gespeicherte Bilder. Er wurde wahrscheinlich durch einen Absturz, ein Synchronisierungsprogramm oder einen vollen Datenträger abgeschnitten. Stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her; LoRA Craft beginnt keinen leeren Katalog über Ihren Bildern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty (0 bytes) but the library holds %n stored image(s). It was probably truncated by a crash, a sync tool or a full disk. Restore a snapshot (loracraft-cli snapshot restore) or a backup; LoRA Craft will not start an empty catalog over your images.</source>
        <translation>
            <numerusform>Der Katalog %1 ist leer (0 Bytes), aber die Bibliothek enthält %n gespeichertes Bild. Er wurde wahrscheinlich durch einen Absturz, ein Synchronisierungsprogramm oder einen vollen Datenträger abgeschnitten. Stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her; LoRA Craft beginnt keinen leeren Katalog über Ihren Bildern.</numerusform>
            <numerusform>Der Katalog %1 ist leer (0 Bytes), aber die Bibliothek enthält %n gespeicherte Bilder. Er wurde wahrscheinlich durch einen Absturz, ein Synchronisierungsprogramm oder einen vollen Datenträger abgeschnitten. Stellen Sie einen Schnappschuss (loracraft-cli snapshot restore) oder eine Sicherung wieder her; LoRA Craft beginnt keinen leeren Katalog über Ihren Bildern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Nothing is listening at %1: is the server running?</source>
        <translation>Unter %1 lauscht nichts: Läuft der Server?</translation>
    </message>
    <message>
        <source>The host %1 was not found (check the address and the network).</source>
        <translation>Der Host %1 wurde nicht gefunden (prüfen Sie Adresse und Netzwerk).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2): check the API key or token.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2): Prüfen Sie den API-Schlüssel oder das Token.</translation>
    </message>
    <message>
        <source>%1 asked to slow down (HTTP 429).</source>
        <translation>%1 bittet um langsamere Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>%1 timed out (HTTP %2).</source>
        <translation>Zeitüberschreitung bei %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2).</source>
        <translation>%1 fehlgeschlagen (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 has no %2 (HTTP 404).</source>
        <translation>%1 kennt %2 nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404 to %2: %3</source>
        <translation>%1 antwortete mit HTTP 404 auf %2: %3</translation>
    </message>
    <message>
        <source>The connection to %1 dropped after the request was sent, before any answer: it may have arrived.</source>
        <translation>Die Verbindung zu %1 brach nach dem Senden der Anfrage ab, vor jeder Antwort: Sie ist möglicherweise angekommen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be fetched, not “%1”.</source>
        <translation>Nur http- und https-Adressen können abgerufen werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>%1 sent %2, not an image.</source>
        <translation>%1 hat %2 gesendet, kein Bild.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is less safe (https to http).</source>
        <translation>%1 hat an eine weniger sichere Adresse weitergeleitet (https zu http).</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB and more).</source>
        <translation>%1 ist größer als die Grenze von %2 MB (%3 MB und mehr).</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit (%3 MB).</source>
        <translation>%1 ist größer als die Grenze von %2 MB (%3 MB).</translation>
    </message>
    <message>
        <source>%1 redirected to “%2”, which is not an http or https address.</source>
        <translation>%1 leitete auf „%2“ um, keine http- oder https-Adresse.</translation>
    </message>
</context>
<context>
    <name>Replicate</name>
    <message>
        <source>Replicate&apos;s answer to %1 is not JSON (%2).</source>
        <translation>Die Antwort von Replicate auf %1 ist kein JSON (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a Replicate model: use owner/name or owner/name:version (64 hex digits), for example salesforce/blip.</source>
        <translation>„%1“ ist kein Replicate-Modell: Verwenden Sie owner/name oder owner/name:version (64 Hexziffern), zum Beispiel salesforce/blip.</translation>
    </message>
    <message>
        <source>Replicate has no model %1/%2 (or it is private to another account).</source>
        <translation>Replicate hat kein Modell %1/%2 (oder es ist privat für ein anderes Konto).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Replicate accepted the upload but did not say where the file is.</source>
        <translation>Replicate hat den Upload angenommen, aber nicht mitgeteilt, wo die Datei liegt.</translation>
    </message>
    <message>
        <source>Replicate did not say whose token this is (no username).</source>
        <translation>Replicate hat nicht mitgeteilt, wem dieses Token gehört (kein Benutzername).</translation>
    </message>
    <message>
        <source>The destination model %1 does not exist, or this token cannot write to it.</source>
        <translation>Das Zielmodell %1 existiert nicht, oder dieses Token darf nicht darauf schreiben.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Type something to search for.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>Brave Image Search takes at most %1 characters and %2 words.</source>
        <translation>Brave Image Search akzeptiert höchstens %1 Zeichen und %2 Wörter.</translation>
    </message>
    <message>
        <source>Brave Image Search cannot filter by licence, and its results carry none. Search Openverse for openly licensed images, or search Brave without a licence filter and check each image at its source.</source>
        <translation>Brave Image Search kann nicht nach Lizenz filtern, und seine Ergebnisse haben keine. Durchsuchen Sie Openverse nach frei lizenzierten Bildern oder suchen Sie bei Brave ohne Lizenzfilter und prüfen Sie jedes Bild an seiner Quelle.</translation>
    </message>
    <message>
        <source>Brave Image Search needs an API key (api-dashboard.search.brave.com): add it in Settings → Search, or set %1.</source>
        <translation>Brave Image Search benötigt einen API-Schlüssel (api-dashboard.search.brave.com): Fügen Sie ihn unter Einstellungen → Suche hinzu oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>Brave Image Search answered something that is not a list of images.</source>
        <translation>Brave Image Search hat etwas geantwortet, das keine Bilderliste ist.</translation>
    </message>
    <message>
        <source>Brave Image Search refused the API key (%1): check it in Settings → Search or %2.</source>
        <translation>Brave Image Search hat den API-Schlüssel abgelehnt (%1): Prüfen Sie ihn unter Einstellungen → Suche oder %2.</translation>
    </message>
    <message>
        <source>The Brave Search API key has used up its monthly quota (QUOTA_LIMITED).</source>
        <translation>Der Brave-Search-API-Schlüssel hat sein monatliches Kontingent aufgebraucht (QUOTA_LIMITED).</translation>
    </message>
    <message>
        <source>Brave Image Search asked to slow down (%1) and kept refusing: try again in a minute.</source>
        <translation>Brave Image Search bat um langsamere Anfragen (%1) und lehnte weiter ab: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Brave Image Search refused the search (HTTP %1, %2): %3</source>
        <translation>Brave Image Search hat die Suche abgelehnt (HTTP %1, %2): %3</translation>
    </message>
    <message>
        <source>“%1” is not a licence Openverse knows. Use %2, or commercial / modification for every licence that allows commercial use / adaptations.</source>
        <translation>„%1“ ist keine Lizenz, die Openverse kennt. Verwenden Sie %2 oder commercial / modification für alle Lizenzen, die kommerzielle Nutzung / Bearbeitungen erlauben.</translation>
    </message>
    <message>
        <source>Openverse answered something that is not a list of images.</source>
        <translation>Openverse hat etwas geantwortet, das keine Bilderliste ist.</translation>
    </message>
    <message>
        <source>%1 has no more results for this search.</source>
        <translation>%1 hat keine weiteren Ergebnisse für diese Suche.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: rate limited, retrying in %n s</source>
        <translation>
            <numerusform>%1: Anfragelimit erreicht, neuer Versuch in %n s</numerusform>
            <numerusform>%1: Anfragelimit erreicht, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), retrying in %n s</source>
        <translation>
            <numerusform>%1 fehlgeschlagen (%2), neuer Versuch in %n s</numerusform>
            <numerusform>%1 fehlgeschlagen (%2), neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown licence</source>
        <translation>unbekannte Lizenz</translation>
    </message>
    <message>
        <source>This image</source>
        <translation>Dieses Bild</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400).</source>
        <translation>Openverse hat die Suche abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP 400): %1</source>
        <translation>Openverse hat die Suche abgelehnt (HTTP 400): %1</translation>
    </message>
    <message>
        <source>Openverse refused the search (HTTP %1): anonymous searches get at most %2 results a page and %3 in all.</source>
        <translation>Openverse hat die Suche abgelehnt (HTTP %1): Anonyme Suchen erhalten höchstens %2 Ergebnisse pro Seite und %3 insgesamt.</translation>
    </message>
    <message numerus="yes">
        <source>Openverse limits anonymous searches and asked to wait %n second(s). Try again later.</source>
        <translation>
            <numerusform>Openverse begrenzt anonyme Suchen und bat, %n Sekunde zu warten. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Openverse begrenzt anonyme Suchen und bat, %n Sekunden zu warten. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openverse limits anonymous searches and asked to wait. Try again later.</source>
        <translation>Openverse begrenzt anonyme Suchen und bat zu warten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 by %2 is licensed under %3 (%4).</source>
        <translation>%1 von %2 steht unter der Lizenz %3 (%4).</translation>
    </message>
    <message>
        <source>%1 by %2 is licensed under %3.</source>
        <translation>%1 von %2 steht unter der Lizenz %3.</translation>
    </message>
    <message>
        <source>%1 is licensed under %2 (%3).</source>
        <translation>%1 steht unter der Lizenz %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is licensed under %2.</source>
        <translation>%1 steht unter der Lizenz %2.</translation>
    </message>
    <message>
        <source>%1 by %2 (%3).</source>
        <translation>%1 von %2 (%3).</translation>
    </message>
    <message>
        <source>%1 by %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The keychain holds no entry &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf &quot;%1&quot; verweigert: %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Keys cannot be stored; set them in the environment instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Schlüssel können nicht gespeichert werden; setzen Sie sie stattdessen in der Umgebung.</translation>
    </message>
    <message>
        <source>no Secret Service on the session bus</source>
        <translation>kein Secret Service auf dem Session-Bus</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>syncfs failed</source>
        <translation>syncfs fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot store an object without a valid hash.</source>
        <translation>Ein Objekt ohne gültigen Hash kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>run fsck to check the library</source>
        <translation>führen Sie fsck aus, um die Bibliothek zu prüfen</translation>
    </message>
    <message>
        <source>The stored image %1 is damaged: its content hashes to %2. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation>Das gespeicherte Bild %1 ist beschädigt: Sein Inhalt ergibt den Hash %2. Importieren Sie das Original erneut, um es zu reparieren (fsck listet jedes beschädigte Bild).</translation>
    </message>
    <message>
        <source>Cannot flush stored images to disk in %1: %2</source>
        <translation>Die gespeicherten Bilder in %1 können nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stored image is missing: %1: %2</source>
        <translation>Gespeichertes Bild fehlt: %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>Exporting the dataset</source>
        <translation>Datensatz wird exportiert</translation>
    </message>
    <message>
        <source>Uploading the dataset</source>
        <translation>Datensatz wird hochgeladen</translation>
    </message>
    <message>
        <source>Starting the training</source>
        <translation>Training wird gestartet</translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation>Training, %1 %</translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation>Warten auf eine GPU</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Trained: %1</source>
        <translation>Trainiert: %1</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Record the training&apos;s progress</source>
        <translation>Fortschritt des Trainings erfassen</translation>
    </message>
    <message>
        <source>Record the training&apos;s end</source>
        <translation>Ende des Trainings erfassen</translation>
    </message>
    <message>
        <source>“%1” is not a trainer; use one of: %2.</source>
        <translation>„%1“ ist kein Trainer; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The destination is a model (owner/name), not a version.</source>
        <translation>Das Ziel ist ein Modell (owner/name), keine Version.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation>Der Datensatz hat keine Bilder zum Trainieren.</translation>
    </message>
    <message>
        <source>The dataset cannot be exported for %1: %2</source>
        <translation>Der Datensatz kann nicht für %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Replicate lists no version of the trainer %1.</source>
        <translation>Replicate führt keine Version des Trainers %1.</translation>
    </message>
    <message>
        <source>LoRA trained with LoRA Craft from %1/%2</source>
        <translation>LoRA, mit LoRA Craft aus %1/%2 trainiert</translation>
    </message>
    <message>
        <source>The destination model %1 does not exist: create it on replicate.com, or let LoRA Craft create it (--create-destination).</source>
        <translation>Das Zielmodell %1 existiert nicht: Legen Sie es auf replicate.com an oder lassen Sie es von LoRA Craft anlegen (--create-destination).</translation>
    </message>
    <message>
        <source>Record the training</source>
        <translation>Training erfassen</translation>
    </message>
    <message>
        <source>Training %1 on %2</source>
        <translation>Training von %1 auf %2</translation>
    </message>
    <message>
        <source>Task #%1 is not a training.</source>
        <translation>Aufgabe #%1 ist kein Training.</translation>
    </message>
    <message>
        <source>Canceled before the training started.</source>
        <translation>Vor dem Start des Trainings abgebrochen.</translation>
    </message>
    <message>
        <source>The dataset&apos;s ZIP is %1 MB; Replicate takes at most 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them.</source>
        <translation>Das ZIP des Datensatzes ist %1 MB groß; Replicate nimmt höchstens 100 MB. Exportieren Sie kleinere Bilder (eine lange Seite von 1024 oder 1536 px reicht für eine LoRA) oder weniger davon.</translation>
    </message>
    <message>
        <source>Cannot read the export %1: %2</source>
        <translation>Der Export %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No training %1 in this library (train list shows them).</source>
        <translation>Kein Training %1 in dieser Bibliothek (train list zeigt sie an).</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the header at byte %1)</source>
        <translation>es ist abgeschnitten (es endet innerhalb des Headers bei Byte %1)</translation>
    </message>
    <message>
        <source>the header at byte %1 is damaged (bad checksum)</source>
        <translation>der Header bei Byte %1 ist beschädigt (falsche Prüfsumme)</translation>
    </message>
    <message>
        <source>the header at byte %1 has an unreadable size</source>
        <translation>der Header bei Byte %1 hat eine unlesbare Größe</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside the extended header at byte %1)</source>
        <translation>es ist abgeschnitten (es endet innerhalb des erweiterten Headers bei Byte %1)</translation>
    </message>
    <message>
        <source>the extended header at byte %1 is implausibly large (%2 bytes)</source>
        <translation>der erweiterte Header bei Byte %1 ist unplausibel groß (%2 Bytes)</translation>
    </message>
    <message>
        <source>the extended header at byte %1 is damaged</source>
        <translation>der erweiterte Header bei Byte %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the extended header of %1 has an unreadable size</source>
        <translation>der erweiterte Header von %1 hat eine unlesbare Größe</translation>
    </message>
    <message>
        <source>it is truncated (%1 has %2 bytes, the archive holds %3 of them)</source>
        <translation>es ist abgeschnitten (%1 hat %2 Bytes, das Archiv enthält %3 davon)</translation>
    </message>
    <message>
        <source>it is truncated (it ends after an extended header)</source>
        <translation>es ist abgeschnitten (es endet nach einem erweiterten Header)</translation>
    </message>
    <message>
        <source>the archive holds no files</source>
        <translation>das Archiv enthält keine Dateien</translation>
    </message>
    <message>
        <source>the archive holds %1</source>
        <translation>das Archiv enthält %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>it is truncated (it ends inside %1)</source>
        <translation>es ist abgeschnitten (es endet innerhalb von %1)</translation>
    </message>
    <message>
        <source>Training %1 has no weights: it is %2.</source>
        <translation>Training %1 hat keine Gewichte: Es ist %2.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Replicate did not say where training %1&apos;s weights are.</source>
        <translation>Replicate hat nicht mitgeteilt, wo die Gewichte von Training %1 liegen.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Record the downloaded weights</source>
        <translation>Heruntergeladene Gewichte erfassen</translation>
    </message>
    <message>
        <source>Weights in %1</source>
        <translation>Gewichte in %1</translation>
    </message>
    <message>
        <source>Stopped following the training</source>
        <translation>Verfolgung des Trainings beendet</translation>
    </message>
    <message>
        <source>Stopped following; the training goes on on Replicate</source>
        <translation>Verfolgung beendet; das Training läuft auf Replicate weiter</translation>
    </message>
    <message>
        <source>Trained %1</source>
        <translation>%1 trainiert</translation>
    </message>
    <message>
        <source>The trainer&apos;s version does not describe its inputs.</source>
        <translation>Die Version des Trainers beschreibt ihre Eingaben nicht.</translation>
    </message>
    <message>
        <source>%1: the trainer has no such input</source>
        <translation>%1: Der Trainer hat keine solche Eingabe</translation>
    </message>
    <message>
        <source>%1: a number is needed</source>
        <translation>%1: Eine Zahl wird benötigt</translation>
    </message>
    <message>
        <source>%1: a whole number is needed</source>
        <translation>%1: Eine ganze Zahl wird benötigt</translation>
    </message>
    <message>
        <source>%1: at least %2</source>
        <translation>%1: mindestens %2</translation>
    </message>
    <message>
        <source>%1: at most %2</source>
        <translation>%1: höchstens %2</translation>
    </message>
    <message>
        <source>%1: true or false</source>
        <translation>%1: true oder false</translation>
    </message>
    <message>
        <source>%1: one of %2</source>
        <translation>%1: einer der Werte %2</translation>
    </message>
    <message>
        <source>%1: text is needed</source>
        <translation>%1: Text wird benötigt</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: erforderlich</translation>
    </message>
    <message>
        <source>The trainer does not take these inputs:
%1</source>
        <translation>Der Trainer nimmt diese Eingaben nicht an:
%1</translation>
    </message>
    <message>
        <source>Uploading the dataset, %1 %</source>
        <translation>Datensatz wird hochgeladen, %1 %</translation>
    </message>
    <message>
        <source>Canceled before the training started</source>
        <translation>Vor dem Start des Trainings abgebrochen</translation>
    </message>
    <message>
        <source>The training was not started</source>
        <translation>Das Training wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Extracting the LoRA</source>
        <translation>LoRA wird entpackt</translation>
    </message>
    <message>
        <source>Downloading the weights</source>
        <translation>Gewichte werden heruntergeladen</translation>
    </message>
    <message>
        <source>Download canceled; nothing was kept</source>
        <translation>Download abgebrochen; nichts wurde behalten</translation>
    </message>
    <message>
        <source>The weights were not downloaded</source>
        <translation>Die Gewichte wurden nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Uploading the dataset again (try %1 of %2), %3 %</source>
        <translation>Datensatz wird erneut hochgeladen (Versuch %1 von %2), %3 %</translation>
    </message>
    <message>
        <source>The upload failed %1 times (%2). Nothing was started on Replicate; start the training again when the connection is back.</source>
        <translation>Der Upload ist %1-mal fehlgeschlagen (%2). Auf Replicate wurde nichts gestartet; starten Sie das Training erneut, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>“%1” is not a trainer.</source>
        <translation>„%1“ ist kein Trainer.</translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate (or set REPLICATE_API_TOKEN).</source>
        <translation>Kein Replicate-Token: Fügen Sie unter Einstellungen → Replicate eines hinzu (oder setzen Sie REPLICATE_API_TOKEN).</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) on an H100 for %1 steps, as Replicate&apos;s page for the trainer states; billed per second of GPU time.</source>
        <translation>
            <numerusform>Etwa %n Minute auf einer H100 für %1 Schritte, laut der Replicate-Seite des Trainers; abgerechnet pro Sekunde GPU-Zeit.</numerusform>
            <numerusform>Etwa %n Minuten auf einer H100 für %1 Schritte, laut der Replicate-Seite des Trainers; abgerechnet pro Sekunde GPU-Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Making images with the new LoRA</source>
        <translation>Bilder mit der neuen LoRA werden erzeugt</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>No image was made</source>
        <translation>Es wurde kein Bild erzeugt</translation>
    </message>
    <message>
        <source>Only a training that succeeded has a version to try.</source>
        <translation>Nur ein erfolgreiches Training hat eine Version zum Ausprobieren.</translation>
    </message>
    <message>
        <source>Replicate did not name the new version of %1.</source>
        <translation>Replicate hat die neue Version von %1 nicht benannt.</translation>
    </message>
    <message>
        <source>The prediction ended %1.</source>
        <translation>Die Vorhersage endete: %1.</translation>
    </message>
    <message>
        <source>The prediction gave no image.</source>
        <translation>Die Vorhersage hat kein Bild geliefert.</translation>
    </message>
    <message>
        <source>Cannot save the image: %1</source>
        <translation>Das Bild kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Record a sample of the trained LoRA</source>
        <translation>Probe der trainierten LoRA erfassen</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) made with %1</source>
        <translation>
            <numerusform>%n Bild mit %1 erzeugt</numerusform>
            <numerusform>%n Bilder mit %1 erzeugt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 prompts failed: %3</source>
        <translation>%1 von %2 Prompts fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot read the weights archive %1: %2</source>
        <translation>Das Gewichtsarchiv %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the archive holds %1 and %n more file(s)</source>
        <translation>
            <numerusform>das Archiv enthält %1 und %n weitere Datei</numerusform>
            <numerusform>das Archiv enthält %1 und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>No trained weights (lora.safetensors or unet.safetensors) in %1: %2</source>
        <translation>Keine trainierten Gewichte (lora.safetensors oder unet.safetensors) in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Util</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>Pfad zu lang</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation>Ein-/Ausgabefehler (der Datenträger fällt möglicherweise aus)</translation>
    </message>
    <message>
        <source>a file with that name exists</source>
        <translation>eine Datei mit diesem Namen existiert</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>permission denied or the parent is not a folder</source>
        <translation>Zugriff verweigert oder das übergeordnete Element ist kein Ordner</translation>
    </message>
    <message>
        <source>flush failed</source>
        <translation>Leeren des Puffers fehlgeschlagen</translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation>Umbenennen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged: its content hashes to %2 instead of %3. Import the original again to repair it (fsck lists every damaged image).</source>
        <translation>Die gespeicherte Kopie %1 ist beschädigt: Ihr Inhalt ergibt den Hash %2 statt %3. Importieren Sie das Original erneut, um es zu reparieren (fsck listet jedes beschädigte Bild).</translation>
    </message>
    <message>
        <source>The stored copy %1 is damaged.</source>
        <translation>Die gespeicherte Kopie %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>copy failed</source>
        <translation>Kopieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot open folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot sync folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>Not a folder: %1: %2</source>
        <translation>Kein Ordner: %1: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move a file into place at %1: %2</source>
        <translation>Eine Datei kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move into place at %1: %2</source>
        <translation>Verschieben nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>lc::ExportJob</name>
    <message>
        <source>Export of %1 for %2</source>
        <translation>Export von %1 für %2</translation>
    </message>
    <message>
        <source>Writing the archive</source>
        <translation>Archiv wird geschrieben</translation>
    </message>
    <message>
        <source>Preparing images</source>
        <translation>Bilder werden vorbereitet</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Failed; nothing was written.</source>
        <translation>Fehlgeschlagen; nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) · %1</source>
        <translation>
            <numerusform>%n Bild · %1</numerusform>
            <numerusform>%n Bilder · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ImportJob</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Import in %1</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Download images</source>
        <translation>Bilder herunterladen</translation>
    </message>
    <message>
        <source>Download into %1</source>
        <translation>Herunterladen in %1</translation>
    </message>
    <message numerus="yes">
        <source>Downloading (%n failed)</source>
        <translation>
            <numerusform>Herunterladen (%n fehlgeschlagen)</numerusform>
            <numerusform>Herunterladen (%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
</context>
<context>
    <name>lc::Job</name>
    <message>
        <source>Canceled before it started</source>
        <translation>Vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>lc::JobManager</name>
    <message>
        <source>Record interrupted tasks</source>
        <translation>Unterbrochene Aufgaben erfassen</translation>
    </message>
    <message>
        <source>Interrupted: LoRA Craft quit before the task finished.</source>
        <translation>Unterbrochen: LoRA Craft wurde beendet, bevor die Aufgabe fertig war.</translation>
    </message>
</context>
<context>
    <name>lc::search::SearchService</name>
    <message>
        <source>There is no search provider named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Suchanbieter namens &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lc::ui::AboutDialog</name>
    <message>
        <source>About LoRA Craft</source>
        <translation>Über LoRA Craft</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LoRA Craft %1&lt;/h2&gt;&lt;p&gt;Turn folders of images into training-ready LoRA datasets.&lt;/p&gt;&lt;p&gt;Commit %2, built %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries at run time&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;&lt;p&gt;&lt;b&gt;Bundled&lt;/b&gt;&lt;br&gt;LoRA Craft and its icons: MIT licence.&lt;br&gt;CLIP tokenizer vocabulary and merges: MIT licence, © OpenAI.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/loracraft/loracraft&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;https://github.com/loracraft/loracraft/issues&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Log: %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LoRA Craft %1&lt;/h2&gt;&lt;p&gt;Bilderordner in trainingsfertige LoRA-Datensätze verwandeln.&lt;/p&gt;&lt;p&gt;Commit %2, erstellt am %3.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotheken zur Laufzeit&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;&lt;p&gt;&lt;b&gt;Mitgeliefert&lt;/b&gt;&lt;br&gt;LoRA Craft und seine Symbole: MIT-Lizenz.&lt;br&gt;CLIP-Tokenizer-Vokabular und -Merges: MIT-Lizenz, © OpenAI.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/loracraft/loracraft&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;https://github.com/loracraft/loracraft/issues&quot;&gt;Problem melden&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Protokoll: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none (the log folder cannot be written)</source>
        <translation>keines (der Protokollordner ist nicht beschreibbar)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the version and the libraries&apos; versions, for a bug report</source>
        <translation>Die Version und die Versionen der Bibliotheken kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
</context>
<context>
    <name>lc::ui::AutoCropOptionsDialog</name>
    <message numerus="yes">
        <source>The %n selected image(s)</source>
        <translation>
            <numerusform>Das %n ausgewählte Bild</numerusform>
            <numerusform>Die %n ausgewählten Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kept image of the dataset</source>
        <translation>Alle behaltenen Bilder des Datensatzes</translation>
    </message>
    <message>
        <source>Auto-Crop</source>
        <translation>Automatischer Zuschnitt</translation>
    </message>
    <message>
        <source>Nearest bucket of the trainer</source>
        <translation>Nächster Bucket des Trainers</translation>
    </message>
    <message>
        <source>Faces, else the most salient region</source>
        <translation>Gesichter, sonst der auffälligste Bereich</translation>
    </message>
    <message>
        <source>The most salient region</source>
        <translation>Der auffälligste Bereich</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Die Mitte</translation>
    </message>
    <message>
        <source>Each image gets the largest crop of the target shape, placed to keep its subject: every face together (never cut through one), else the most salient region, else the centre. Nothing is written until you accept the proposals.</source>
        <translation>Jedes Bild erhält den größtmöglichen Zuschnitt in der Zielform, so platziert, dass das Motiv erhalten bleibt: alle Gesichter zusammen (nie durch eines hindurch), sonst der auffälligste Bereich, sonst die Mitte. Es wird nichts geschrieben, bevor Sie die Vorschläge annehmen.</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <source>Keep in frame:</source>
        <translation>Im Bild halten:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Propose Crops</source>
        <translation>Zuschnitte vorschlagen</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketHistogram</name>
    <message>
        <source>No images to bucket</source>
        <translation>Keine Bilder für Buckets</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Click to show these images in the grid.</source>
        <translation>Klicken, um diese Bilder im Raster anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketItemsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Zuschnitt</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Upscaled</source>
        <translation>Hochskaliert</translation>
    </message>
</context>
<context>
    <name>lc::ui::BucketsPanel</name>
    <message numerus="yes">
        <source>%1 at %2: %n image(s), %3 step(s) per epoch</source>
        <translation>
            <numerusform>%1 bei %2: %n Bild, %3 Schritt(e) pro Epoche</numerusform>
            <numerusform>%1 bei %2: %n Bilder, %3 Schritt(e) pro Epoche</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer images than the batch size: a short batch every epoch.</source>
        <translation>Weniger Bilder als die Batchgröße: in jeder Epoche ein kurzer Batch.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>upscaled</source>
        <translation>hochskaliert</translation>
    </message>
    <message>
        <source>Show in Grid</source>
        <translation>Im Raster anzeigen</translation>
    </message>
    <message>
        <source>The trainer whose bucketing to simulate, exactly as its source computes it</source>
        <translation>Der Trainer, dessen Bucketing simuliert wird, genau wie sein Quellcode es berechnet</translation>
    </message>
    <message>
        <source>Training resolutions, comma-separated (512,768,1024); empty: as the export configures the trainer for the dataset&apos;s target</source>
        <translation>Trainingsauflösungen, durch Kommas getrennt (512,768,1024); leer: wie der Export den Trainer für das Ziel des Datensatzes konfiguriert</translation>
    </message>
    <message>
        <source>Batches are formed inside a bucket: buckets with fewer images make short batches</source>
        <translation>Batches werden innerhalb eines Buckets gebildet: Buckets mit weniger Bildern ergeben kurze Batches</translation>
    </message>
    <message>
        <source>Dim on each grid tile what the trainer will cut off (%1)</source>
        <translation>Auf jeder Rasterkachel abdunkeln, was der Trainer abschneidet (%1)</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Double-click an image to select it in the grid</source>
        <translation>Doppelklicken Sie auf ein Bild, um es im Raster auszuwählen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Select a dataset.</source>
        <translation>Wählen Sie einen Datensatz aus.</translation>
    </message>
    <message>
        <source>Resolutions are numbers from 64 to 8192, comma-separated (for example 512,768,1024).</source>
        <translation>Auflösungen sind Zahlen von 64 bis 8192, durch Kommas getrennt (zum Beispiel 512,768,1024).</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <source>Cannot simulate the buckets: %1</source>
        <translation>Die Buckets können nicht simuliert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s)</source>
        <translation>
            <numerusform>%n Bucket</numerusform>
            <numerusform>%n Buckets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) per epoch at batch size %1</source>
        <translation>
            <numerusform>%n Schritt pro Epoche bei Batchgröße %1</numerusform>
            <numerusform>%n Schritte pro Epoche bei Batchgröße %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bucket(s) with fewer images than the batch size</source>
        <translation>
            <numerusform>%n Bucket mit weniger Bildern als die Batchgröße</numerusform>
            <numerusform>%n Buckets mit weniger Bildern als die Batchgröße</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) upscaled</source>
        <translation>
            <numerusform>%n Platzierung hochskaliert</numerusform>
            <numerusform>%n Platzierungen hochskaliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) left out by the trainer (too small)</source>
        <translation>
            <numerusform>%n Platzierung vom Trainer ausgelassen (zu klein)</numerusform>
            <numerusform>%n Platzierungen vom Trainer ausgelassen (zu klein)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to show its images in the grid.</source>
        <translation>Klicken Sie auf einen Balken, um seine Bilder im Raster anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionActions</name>
    <message>
        <source>Caption Images…</source>
        <translation>Bilder beschreiben…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Generate captions with a vision model (local server or Replicate)</source>
        <translation>Bildbeschreibungen mit einem Vision-Modell erzeugen (lokaler Server oder Replicate)</translation>
    </message>
    <message>
        <source>Select a dataset to caption.</source>
        <translation>Wählen Sie einen Datensatz zum Beschreiben aus.</translation>
    </message>
    <message>
        <source>Choose a captioning model first (Settings → Captioning).</source>
        <translation>Wählen Sie zuerst ein Beschreibungsmodell (Einstellungen → Bildbeschreibung).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Replace All Captions?</source>
        <translation>Alle Beschreibungen ersetzen?</translation>
    </message>
    <message>
        <source>Every caption in scope is replaced with a generated one, including captions you typed or imported. Edit → Undo brings them back.</source>
        <translation>Jede Beschreibung im Bereich wird durch eine erzeugte ersetzt, auch von Ihnen eingegebene oder importierte. Bearbeiten → Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>Bildbeschreibung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Captioning: %1</source>
        <translation>Bildbeschreibung: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>Find and Replace in Captions…</source>
        <translation>In Beschreibungen suchen und ersetzen…</translation>
    </message>
    <message>
        <source>Apply Caption Template…</source>
        <translation>Beschreibungsvorlage anwenden…</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>Wählen Sie zuerst einen Datensatz aus.</translation>
    </message>
    <message>
        <source>%1 captions changed; %2 were edited meanwhile and kept.</source>
        <translation>%1 Beschreibungen geändert; %2 wurden zwischenzeitlich bearbeitet und beibehalten.</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionDialog</name>
    <message>
        <source>Caption Images</source>
        <translation>Bilder beschreiben</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>Selected images (%n)</source>
        <translation>
            <numerusform>Ausgewählte Bilder (%n)</numerusform>
            <numerusform>Ausgewählte Bilder (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Images shown in the grid (%n)</source>
        <translation>
            <numerusform>Im Raster angezeigte Bilder (%n)</numerusform>
            <numerusform>Im Raster angezeigte Bilder (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every active image of %1 (%n)</source>
        <translation>
            <numerusform>Alle aktiven Bilder von %1 (%n)</numerusform>
            <numerusform>Alle aktiven Bilder von %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill empty captions</source>
        <translation>Leere Beschreibungen füllen</translation>
    </message>
    <message>
        <source>Replace generated captions</source>
        <translation>Erzeugte Beschreibungen ersetzen</translation>
    </message>
    <message>
        <source>Append to captions</source>
        <translation>An Beschreibungen anhängen</translation>
    </message>
    <message>
        <source>Replace all captions</source>
        <translation>Alle Beschreibungen ersetzen</translation>
    </message>
    <message>
        <source>Only images without a caption get one. Nothing is overwritten.</source>
        <translation>Nur Bilder ohne Beschreibung erhalten eine. Nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>Empty captions and captions a model wrote are (re)generated. Captions you typed or imported stay.</source>
        <translation>Leere und von einem Modell geschriebene Beschreibungen werden (neu) erzeugt. Von Ihnen eingegebene oder importierte bleiben erhalten.</translation>
    </message>
    <message>
        <source>The model&apos;s caption is added after the existing one.</source>
        <translation>Die Beschreibung des Modells wird hinter der vorhandenen angefügt.</translation>
    </message>
    <message>
        <source>Every caption is replaced, including ones you typed. You will be asked to confirm; Undo brings them back.</source>
        <translation>Jede Beschreibung wird ersetzt, auch von Ihnen eingegebene. Sie werden um Bestätigung gebeten; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Start Captioning</source>
        <translation>Beschreibung starten</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>No model is set yet: open Settings… to choose a server and a model.</source>
        <translation>Noch kein Modell festgelegt: Öffnen Sie „Einstellungen…“, um einen Server und ein Modell zu wählen.</translation>
    </message>
    <message>
        <source>%1 on %2 · %3 in flight</source>
        <translation>%1 auf %2 · %3 gleichzeitig</translation>
    </message>
</context>
<context>
    <name>lc::ui::CaptionEditDialog</name>
    <message>
        <source>Selected images (%1)</source>
        <translation>Ausgewählte Bilder (%1)</translation>
    </message>
    <message>
        <source>Every image of %1</source>
        <translation>Alle Bilder von %1</translation>
    </message>
    <message>
        <source>Find and Replace in Captions</source>
        <translation>In Beschreibungen suchen und ersetzen</translation>
    </message>
    <message>
        <source>Apply Caption Template</source>
        <translation>Beschreibungsvorlage anwenden</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement is the first group)</source>
        <translation>Regulärer Ausdruck (\1 in der Ersetzung ist die erste Gruppe)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation>{trigger}, {class}, {tags}, {filename} und {caption} werden für jedes Bild ausgefüllt.</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Type what to find.</source>
        <translation>Geben Sie den Suchtext ein.</translation>
    </message>
    <message>
        <source>Type a template.</source>
        <translation>Geben Sie eine Vorlage ein.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>%1 of %2 captions change.</source>
        <translation>%1 von %2 Beschreibungen ändern sich.</translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Die ersten %1 werden angezeigt.</translation>
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
        <translation>llama.cpp-Server</translation>
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
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Strip openings such as “The image shows”</source>
        <translation>Einleitungen wie „The image shows“ entfernen</translation>
    </message>
    <message>
        <source>One line</source>
        <translation>Eine Zeile</translation>
    </message>
    <message>
        <source>Trigger word first</source>
        <translation>Triggerwort zuerst</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server</source>
        <translation>Lokaler oder OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>e.g. llava:13b, qwen2.5vl:7b, gemma3:12b</source>
        <translation>z. B. llava:13b, qwen2.5vl:7b, gemma3:12b</translation>
    </message>
    <message>
        <source>Ask the server which models it has (GET /models)</source>
        <translation>Den Server nach seinen Modellen fragen (GET /models)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>owner/name or owner/name:version</source>
        <translation>owner/name oder owner/name:version</translation>
    </message>
    <message>
        <source>none (the model takes no prompt)</source>
        <translation>keiner (das Modell nimmt keinen Prompt)</translation>
    </message>
    <message>
        <source>Replicate model:</source>
        <translation>Replicate-Modell:</translation>
    </message>
    <message>
        <source>Image input:</source>
        <translation>Bildeingabe:</translation>
    </message>
    <message>
        <source>Prompt input:</source>
        <translation>Prompt-Eingabe:</translation>
    </message>
    <message>
        <source>Extra inputs (JSON):</source>
        <translation>Weitere Eingaben (JSON):</translation>
    </message>
    <message>
        <source>optional, e.g. OPENROUTER_API_KEY</source>
        <translation>optional, z. B. OPENROUTER_API_KEY</translation>
    </message>
    <message>
        <source>{trigger}, {class}, {tags}, {filename} and {caption} are filled in for each image.</source>
        <translation>{trigger}, {class}, {tags}, {filename} und {caption} werden für jedes Bild ausgefüllt.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Caption with:</source>
        <translation>Beschreiben mit:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Key from variable:</source>
        <translation>Schlüssel aus Variable:</translation>
    </message>
    <message>
        <source>Prompt and requests</source>
        <translation>Prompt und Anfragen</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>In flight:</source>
        <translation>Gleichzeitig:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Image long side:</source>
        <translation>Lange Bildseite:</translation>
    </message>
    <message>
        <source>Clean-up of answers</source>
        <translation>Bereinigung der Antworten</translation>
    </message>
    <message>
        <source>Length cap:</source>
        <translation>Längenbegrenzung:</translation>
    </message>
    <message>
        <source>Replicate API token (r8_…)</source>
        <translation>Replicate-API-Token (r8_…)</translation>
    </message>
    <message>
        <source>only for servers that need one</source>
        <translation>nur für Server, die einen benötigen</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it; clear the field and save to remove it.</source>
        <translation>Im Schlüsselbund ist ein Schlüssel gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen; leeren Sie das Feld und speichern Sie, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>No key stored. Keys are kept in the system keychain, never in a settings file.</source>
        <translation>Kein Schlüssel gespeichert. Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>•••••••• (stored)</source>
        <translation>•••••••• (gespeichert)</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s models: %1</source>
        <translation>Die Modelle des Servers können nicht abgerufen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending a test image…</source>
        <translation>Testbild wird gesendet…</translation>
    </message>
    <message>
        <source>Works: %1 answered in %2 s: “%3”</source>
        <translation>Funktioniert: %1 hat in %2 s geantwortet: „%3“</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::CollectPanel</name>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>licence unknown</source>
        <translation>Lizenz unbekannt</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>Beliebige Lizenz</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Kommerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Commercial use and changes allowed</source>
        <translation>Kommerzielle Nutzung und Änderungen erlaubt</translation>
    </message>
    <message>
        <source>Changes allowed</source>
        <translation>Änderungen erlaubt</translation>
    </message>
    <message>
        <source>Public domain (CC0, PDM)</source>
        <translation>Gemeinfrei (CC0, PDM)</translation>
    </message>
    <message>
        <source>CC0, PDM or CC BY</source>
        <translation>CC0, PDM oder CC BY</translation>
    </message>
    <message>
        <source>CC0, PDM, CC BY or CC BY-SA</source>
        <translation>CC0, PDM, CC BY oder CC BY-SA</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Safe search</source>
        <translation>Sichere Suche</translation>
    </message>
    <message>
        <source>Set API Key…</source>
        <translation>API-Schlüssel festlegen…</translation>
    </message>
    <message>
        <source>Search openly licensed images…</source>
        <translation>Frei lizenzierte Bilder suchen…</translation>
    </message>
    <message>
        <source>Only images under these licences. NC licences forbid commercial use, ND licences forbid adaptations: a LoRA trained on an image is arguably one.</source>
        <translation>Nur Bilder unter diesen Lizenzen. NC-Lizenzen verbieten kommerzielle Nutzung, ND-Lizenzen verbieten Bearbeitungen: Eine mit einem Bild trainierte LoRA ist wohl eine solche.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Beliebige Größe</translation>
    </message>
    <message>
        <source>The shorter side at least this long: results known to be smaller are left out.</source>
        <translation>Mindestlänge der kürzeren Seite: Ergebnisse, die bekanntermaßen kleiner sind, werden ausgelassen.</translation>
    </message>
    <message>
        <source>Any shape</source>
        <translation>Beliebiges Format</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Wide</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Search Openverse for openly licensed images, select the ones you want, and add them to the dataset on screen with their licences.</source>
        <translation>Durchsuchen Sie Openverse nach frei lizenzierten Bildern, wählen Sie die gewünschten aus und fügen Sie sie mit ihren Lizenzen dem angezeigten Datensatz hinzu.</translation>
    </message>
    <message>
        <source>Open Source Page</source>
        <translation>Quellseite öffnen</translation>
    </message>
    <message>
        <source>Open Licence</source>
        <translation>Lizenz öffnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>%1 (the results so far stay)</source>
        <translation>%1 (die bisherigen Ergebnisse bleiben)</translation>
    </message>
    <message>
        <source>Nothing found. Try other words or fewer filters.</source>
        <translation>Nichts gefunden. Versuchen Sie andere Wörter oder weniger Filter.</translation>
    </message>
    <message numerus="yes">
        <source>Results: %n of about %1</source>
        <translation>
            <numerusform>Ergebnisse: %n von etwa %1</numerusform>
            <numerusform>Ergebnisse: %n von etwa %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results: %n</source>
        <translation>
            <numerusform>Ergebnisse: %n</numerusform>
            <numerusform>Ergebnisse: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smaller than the minimum size left out</source>
        <translation>
            <numerusform>%n unter der Mindestgröße ausgelassen</numerusform>
            <numerusform>%n unter der Mindestgröße ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>keine weiteren Seiten</translation>
    </message>
    <message>
        <source>%1 cannot filter by this.</source>
        <translation>%1 kann danach nicht filtern.</translation>
    </message>
    <message>
        <source>%1 results carry no licence: check each image&apos;s source before you use it.</source>
        <translation>%1-Ergebnisse haben keine Lizenz: Prüfen Sie die Quelle jedes Bildes, bevor Sie es verwenden.</translation>
    </message>
    <message>
        <source>Leave out images marked as mature.</source>
        <translation>Als nicht jugendfrei markierte Bilder auslassen.</translation>
    </message>
    <message>
        <source>Search images on the web…</source>
        <translation>Bilder im Web suchen…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Results: %n.</source>
        <translation>
            <numerusform>Gestoppt. Ergebnisse: %n.</numerusform>
            <numerusform>Gestoppt. Ergebnisse: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type something to search for.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>Looking for the %1 key in the keychain…</source>
        <translation>Suche nach dem %1-Schlüssel im Schlüsselbund…</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Add to Dataset</source>
        <translation>Zum Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Select a dataset in the library first.</source>
        <translation>Wählen Sie zuerst einen Datensatz in der Bibliothek aus.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n to %1</source>
        <translation>
            <numerusform>%n zu %1 hinzufügen</numerusform>
            <numerusform>%n zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Download the selected images into %1/%2, with their licences, as a task.</source>
        <translation>Die ausgewählten Bilder mit ihren Lizenzen als Aufgabe nach %1/%2 herunterladen.</translation>
    </message>
    <message>
        <source>Select the results to add (Ctrl+A selects all).</source>
        <translation>Wählen Sie die hinzuzufügenden Ergebnisse aus (Ctrl+A wählt alle aus).</translation>
    </message>
</context>
<context>
    <name>lc::ui::CropDialog</name>
    <message>
        <source>Snap to the bucket step</source>
        <translation>Am Bucket-Raster ausrichten</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>%1 zuschneiden</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Nearest bucket</source>
        <translation>Nächster Bucket</translation>
    </message>
    <message>
        <source>Widths and heights in multiples of the trainer&apos;s bucket step</source>
        <translation>Breiten und Höhen in Vielfachen der Bucket-Schrittweite des Trainers</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>The whole image: no crop</source>
        <translation>Das ganze Bild: kein Zuschnitt</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <source>Drag to draw, move or resize the crop · arrow keys nudge it (Shift: 10 px), Shift+Alt+arrows resize it</source>
        <translation>Ziehen, um den Zuschnitt zu zeichnen, zu verschieben oder zu skalieren · Pfeiltasten verschieben ihn (Shift: 10 px), Shift+Alt+Pfeiltasten ändern die Größe</translation>
    </message>
    <message>
        <source>%1 leaves this size out at %2</source>
        <translation>%1 lässt diese Größe bei %2 aus</translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off</source>
        <translation>%1 bei %2: Bucket %3 × %4, Skalierung %5×, %6 % abgeschnitten</translation>
    </message>
    <message>
        <source>Whole image %1 × %2 px</source>
        <translation>Ganzes Bild %1 × %2 px</translation>
    </message>
    <message>
        <source>Crop %1 × %2 px at %3, %4</source>
        <translation>Zuschnitt %1 × %2 px bei %3, %4</translation>
    </message>
    <message>
        <source>%1 at %2: bucket %3 × %4, scale %5×, %6 % cut off · upscaled</source>
        <translation>%1 bei %2: Bucket %3 × %4, Skalierung %5×, %6 % abgeschnitten · hochskaliert</translation>
    </message>
</context>
<context>
    <name>lc::ui::CropReviewDialog</name>
    <message>
        <source>Review Proposed Crops</source>
        <translation>Vorgeschlagene Zuschnitte prüfen</translation>
    </message>
    <message>
        <source>%1 of %2 image(s) get a new crop. The bright part of each picture is what stays; uncheck the ones to leave as they are.</source>
        <translation>%1 von %2 Bild(ern) erhalten einen neuen Zuschnitt. Der helle Teil jedes Bildes bleibt erhalten; entfernen Sie das Häkchen bei denen, die unverändert bleiben sollen.</translation>
    </message>
    <message>
        <source>No face model was found (OpenCV&apos;s data files): subjects were placed by saliency.</source>
        <translation>Kein Gesichtsmodell gefunden (Datendateien von OpenCV): Motive wurden nach Auffälligkeit platziert.</translation>
    </message>
    <message>
        <source>%1
%2 × %3 → %4 × %5 at %6,%7 (%8)</source>
        <translation>%1
%2 × %3 → %4 × %5 bei %6,%7 (%8)</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) kept</source>
        <translation>
            <numerusform>%n Gesicht erhalten</numerusform>
            <numerusform>%n Gesichter erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>salient region</source>
        <translation>auffälliger Bereich</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>zentriert</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>Alle abwählen</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Crop(s)</source>
        <translation>
            <numerusform>%n Zuschnitt anwenden</numerusform>
            <numerusform>%n Zuschnitte anwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::DatasetSettingsDialog</name>
    <message>
        <source>Settings of “%1”</source>
        <translation>Einstellungen von „%1“</translation>
    </message>
    <message>
        <source>e.g. ohwx</source>
        <translation>z. B. ohwx</translation>
    </message>
    <message>
        <source>The rare word the LoRA learns to tie to this concept; exports put it first in every caption.</source>
        <translation>Das seltene Wort, das die LoRA mit diesem Konzept verknüpft; Exporte stellen es jeder Beschreibung voran.</translation>
    </message>
    <message>
        <source>e.g. woman, dog, style</source>
        <translation>z. B. woman, dog, style</translation>
    </message>
    <message>
        <source>Training resolution: images with fewer than half its pixels squared get a LOW RES badge, and bucketed exports use it.</source>
        <translation>Trainingsauflösung: Bilder mit weniger als der Hälfte ihrer Pixel zum Quadrat erhalten das Abzeichen „NIEDR. AUFL.“, und Exporte mit Buckets verwenden sie.</translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation>Triggerwort:</translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation>Klassenwort:</translation>
    </message>
    <message>
        <source>Target model:</source>
        <translation>Zielmodell:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Will be saved as %1 px: trainers need a multiple of 64.</source>
        <translation>Wird als %1 px gespeichert: Trainer benötigen ein Vielfaches von 64.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Dataset #%1</source>
        <translation>Datensatz #%1</translation>
    </message>
    <message>
        <source>Class images exported beside this dataset where the trainer takes a regularization set (kohya reg/, ai-toolkit is_reg, SimpleTuner, diffusers prior preservation, OneTrainer).</source>
        <translation>Klassenbilder, die neben diesem Datensatz exportiert werden, wenn der Trainer ein Regularisierungsset verwendet (kohya reg/, ai-toolkit is_reg, SimpleTuner, diffusers Prior Preservation, OneTrainer).</translation>
    </message>
    <message>
        <source>Regularization set:</source>
        <translation>Regularisierungsset:</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The tags (joined with commas)</source>
        <translation>Die Tags (durch Kommas verbunden)</translation>
    </message>
    <message>
        <source>The caption, then the tags</source>
        <translation>Die Beschreibung, dann die Tags</translation>
    </message>
    <message>
        <source>What each image&apos;s caption file holds for the trainer. The editor shows it, the “no caption” badge and the Uncaptioned filter follow it, and exports use it.</source>
        <translation>Was die Beschreibungsdatei jedes Bildes für den Trainer enthält. Der Editor zeigt es an, das Abzeichen „KEINE BESCHR.“ und der Filter „Ohne Beschreibung“ richten sich danach, und Exporte verwenden es.</translation>
    </message>
    <message>
        <source>Trainer reads:</source>
        <translation>Trainer liest:</translation>
    </message>
</context>
<context>
    <name>lc::ui::DetailPanel</name>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Aussortieren</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show the image at 100 % (double-click the preview)</source>
        <translation>Bild in 100 % anzeigen (Doppelklick auf die Vorschau)</translation>
    </message>
    <message>
        <source>Keep this image in the dataset (Space toggles)</source>
        <translation>Dieses Bild im Datensatz behalten (Leertaste schaltet um)</translation>
    </message>
    <message>
        <source>Reject: excluded from exports, kept in the library (Space toggles)</source>
        <translation>Aussortieren: von Exporten ausgeschlossen, bleibt in der Bibliothek (Leertaste schaltet um)</translation>
    </message>
    <message>
        <source>Rate %1 (key %1; click again to clear)</source>
        <translation>Mit %1 bewerten (Taste %1; erneut klicken zum Löschen)</translation>
    </message>
    <message>
        <source>Describe the image. Saved automatically.</source>
        <translation>Beschreiben Sie das Bild. Wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Add tags, comma separated (Enter)</source>
        <translation>Tags hinzufügen, durch Kommas getrennt (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tags (Delete)</source>
        <translation>Ausgewählte Tags entfernen (Entf)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The image&apos;s details cannot be read: %1</source>
        <translation>Die Details des Bildes können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select an image to see and edit its caption and tags.</source>
        <translation>Wählen Sie ein Bild aus, um seine Beschreibung und Tags zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 images selected</source>
        <translation>%1 Bilder ausgewählt</translation>
    </message>
    <message>
        <source>%1 kept, %2 rejected. Tags below are the ones all of them share; adding or removing applies to every selected image as one undo step.</source>
        <translation>%1 behalten, %2 aussortiert. Unten stehen die Tags, die alle gemeinsam haben; Hinzufügen oder Entfernen gilt für jedes ausgewählte Bild als ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Select a single image to edit its caption.</source>
        <translation>Wählen Sie ein einzelnes Bild aus, um seine Beschreibung zu bearbeiten.</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Noch keine Beschreibung</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <source>From a caption file</source>
        <translation>Aus einer Beschreibungsdatei</translation>
    </message>
    <message>
        <source>Generated by %1 (%2), %3</source>
        <translation>Erzeugt von %1 (%2), %3</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>%1 %2%3/%4</source>
        <translation>%1 %2%3/%4</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>Zuschneiden…</translation>
    </message>
    <message>
        <source>Draw or change this image&apos;s crop, snapped to the trainer&apos;s buckets (C in the grid)</source>
        <translation>Zuschnitt dieses Bildes zeichnen oder ändern, ausgerichtet an den Buckets des Trainers (C im Raster)</translation>
    </message>
    <message>
        <source>Enter adds the tags as typed; Ctrl+Enter adds the first suggestion; Escape returns to the grid</source>
        <translation>Enter fügt die Tags wie eingegeben hinzu; Ctrl+Enter fügt den ersten Vorschlag hinzu; Esc kehrt zum Raster zurück</translation>
    </message>
    <message>
        <source>The caption file the export writes for this image: the dataset&apos;s caption source (Dataset Settings → Trainer reads) with the trigger word first, and its tokens for the dataset&apos;s model</source>
        <translation>Die Beschreibungsdatei, die der Export für dieses Bild schreibt: die Beschreibungsquelle des Datensatzes (Datensatzeinstellungen → Trainer liest) mit dem Triggerwort zuerst, und ihre Tokens für das Modell des Datensatzes</translation>
    </message>
    <message>
        <source>Select tags and press Delete to remove them; drag a tag to move it. With several images selected, each tag shows how many carry it: double-click one to give it to all.</source>
        <translation>Wählen Sie Tags aus und drücken Sie Entf, um sie zu entfernen; ziehen Sie ein Tag, um es zu verschieben. Bei mehreren ausgewählten Bildern zeigt jedes Tag, wie viele es tragen: Doppelklicken Sie darauf, um es allen zu geben.</translation>
    </message>
    <message>
        <source>Add to All Selected Images</source>
        <translation>Allen ausgewählten Bildern hinzufügen</translation>
    </message>
    <message>
        <source>Remove from All Selected Images</source>
        <translation>Aus allen ausgewählten Bildern entfernen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption</source>
        <translation>noch nichts: Das Bild hat keine Beschreibung</translation>
    </message>
    <message>
        <source>nothing yet: the image has no tags</source>
        <translation>noch nichts: Das Bild hat keine Tags</translation>
    </message>
    <message>
        <source>nothing yet: the image has no caption and no tags</source>
        <translation>noch nichts: Das Bild hat weder Beschreibung noch Tags</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was der Trainer liest:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the trainer will read&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;Was der Trainer liest&lt;/b&gt; (%1): %2</translation>
    </message>
    <message>
        <source>On %1 of the %2 selected images; double-click to add it to all of them</source>
        <translation>Auf %1 der %2 ausgewählten Bilder; doppelklicken, um es allen hinzuzufügen</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Licence&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Lizenz&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Creator&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Urheber&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Credit&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Quellenangabe&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Size&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Source&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;Repeats&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Größe&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%1 × %2 px (%3 MP) · %4 · %5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;SHA-256&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%6…&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Quelle&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%7&lt;/td&gt;&lt;/tr&gt;%9&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wiederholungen&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>lc::ui::DuplicatesDialog</name>
    <message>
        <source>Search Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Give it the others&apos; missing tags</source>
        <translation>Fehlende Tags der anderen übernehmen</translation>
    </message>
    <message>
        <source>Keep Chosen, Trash Others</source>
        <translation>Gewähltes behalten, Rest in den Papierkorb</translation>
    </message>
    <message>
        <source>Not Duplicates: Keep All</source>
        <translation>Keine Duplikate: Alle behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Duplicates in “%1”</source>
        <translation>Duplikate in „%1“</translation>
    </message>
    <message>
        <source>This dataset</source>
        <translation>Dieser Datensatz</translation>
    </message>
    <message>
        <source>Every dataset of “%1”</source>
        <translation>Alle Datensätze von „%1“</translation>
    </message>
    <message>
        <source>Strict: re-encodes and resizes</source>
        <translation>Streng: Neukodierung und Größenänderung</translation>
    </message>
    <message>
        <source>Normal: also edits, small crops, watermarks</source>
        <translation>Normal: auch Bearbeitungen, kleine Zuschnitte, Wasserzeichen</translation>
    </message>
    <message>
        <source>Loose: heavier edits (check each group)</source>
        <translation>Locker: stärkere Bearbeitungen (jede Gruppe prüfen)</translation>
    </message>
    <message>
        <source>Keep its caption</source>
        <translation>Eigene Beschreibung behalten</translation>
    </message>
    <message>
        <source>Take the longest caption of the group</source>
        <translation>Längste Beschreibung der Gruppe übernehmen</translation>
    </message>
    <message>
        <source>Enter: keep the chosen image and move the others to the trash (Edit → Undo brings them back).</source>
        <translation>Enter: das gewählte Bild behalten und die anderen in den Papierkorb verschieben (Bearbeiten → Rückgängig stellt sie wieder her).</translation>
    </message>
    <message>
        <source>A: these images are different pictures; never propose them as duplicates again.</source>
        <translation>A: Dies sind verschiedene Bilder; nie wieder als Duplikate vorschlagen.</translation>
    </message>
    <message>
        <source>→: the next group, deciding later. ← goes back.</source>
        <translation>→: nächste Gruppe, später entscheiden. ← geht zurück.</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <source>Sensitivity:</source>
        <translation>Empfindlichkeit:</translation>
    </message>
    <message>
        <source>Into the kept image:</source>
        <translation>In das behaltene Bild:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for near-duplicates…</source>
        <translation>Suche nach Beinahe-Duplikaten…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n images · keep %1</source>
        <translation>
            <numerusform>%n Bild · %1 behalten</numerusform>
            <numerusform>%n Bilder · %1 behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates among the %n image(s).</source>
        <translation>
            <numerusform>Keine Beinahe-Duplikate unter %n Bild.</numerusform>
            <numerusform>Keine Beinahe-Duplikate unter den %n Bildern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 group(s) among %2 image(s): %3 image(s) beyond one per group.</source>
        <translation>%1 Gruppe(n) unter %2 Bild(ern): %3 Bild(er) über eines pro Gruppe hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>(%n image(s) stored by an earlier version were hashed first.)</source>
        <translation>
            <numerusform>(%n von einer früheren Version gespeichertes Bild wurde zuerst gehasht.)</numerusform>
            <numerusform>(%n von einer früheren Version gespeicherte Bilder wurden zuerst gehasht.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 of %2 — done: %3</source>
        <translation>Gruppe %1 von %2 – erledigt: %3</translation>
    </message>
    <message>
        <source>Group %1 of %2 — suggested: %3, %4. Choose with 1-%5 or a click; Enter keeps it.</source>
        <translation>Gruppe %1 von %2 – vorgeschlagen: %3, %4. Wählen Sie mit 1–%5 oder per Klick; Enter behält es.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</source>
        <translation>&lt;b&gt;%1 × %2&lt;/b&gt; px · %3 · %4</translation>
    </message>
    <message>
        <source>sharpness %1 · similarity %2 %</source>
        <translation>Schärfe %1 · Ähnlichkeit %2 %</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;rejected&lt;/i&gt;</source>
        <translation>&lt;i&gt;aussortiert&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine Beschreibung&lt;/i&gt;</translation>
    </message>
    <message>
        <source>caption (%1 chars): %2</source>
        <translation>Beschreibung (%1 Zeichen): %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;suggested&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;vorgeschlagen&lt;/b&gt;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep 1 of %n Duplicates</source>
        <translation>
            <numerusform>1 von %n Duplikat behalten</numerusform>
            <numerusform>1 von %n Duplikaten behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tags of Duplicates</source>
        <translation>Tags der Duplikate hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>kept %1, %n moved to the trash</source>
        <translation>
            <numerusform>%1 behalten, %n in den Papierkorb verschoben</numerusform>
            <numerusform>%1 behalten, %n in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; %n duplicate(s) moved to the trash (Edit → Undo brings them back).</source>
        <translation>
            <numerusform>%1 behalten; %n Duplikat in den Papierkorb verschoben (Bearbeiten → Rückgängig stellt es wieder her).</numerusform>
            <numerusform>%1 behalten; %n Duplikate in den Papierkorb verschoben (Bearbeiten → Rückgängig stellt sie wieder her).</numerusform>
        </translation>
    </message>
    <message>
        <source>kept all: not duplicates</source>
        <translation>alle behalten: keine Duplikate</translation>
    </message>
    <message>
        <source>Could not remember them as not duplicates: %1</source>
        <translation>Konnte sie nicht als Nicht-Duplikate speichern: %1</translation>
    </message>
    <message>
        <source>Every group is done. %1</source>
        <translation>Alle Gruppen sind erledigt. %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::ExportDialog</name>
    <message>
        <source>Write a ZIP archive</source>
        <translation>ZIP-Archiv schreiben</translation>
    </message>
    <message>
        <source>Put the trigger word first when a caption does not start with it</source>
        <translation>Triggerwort voranstellen, wenn eine Beschreibung nicht damit beginnt</translation>
    </message>
    <message>
        <source>Include rejected images</source>
        <translation>Aussortierte Bilder einschließen</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Repeats per epoch; automatic uses the kohya folder repeats of the images, else 10.</source>
        <translation>Wiederholungen pro Epoche; automatisch verwendet die kohya-Ordnerwiederholungen der Bilder, sonst 10.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Caption, then tags</source>
        <translation>Beschreibung, dann Tags</translation>
    </message>
    <message>
        <source>Original names (cleaned up)</source>
        <translation>Originalnamen (bereinigt)</translation>
    </message>
    <message>
        <source>Numbers (0001, 0002, …)</source>
        <translation>Nummern (0001, 0002, …)</translation>
    </message>
    <message>
        <source>Keep originals when possible, else PNG</source>
        <translation>Originale wenn möglich, sonst PNG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>JPEG (quality 95)</source>
        <translation>JPEG (Qualität 95)</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Limit the long side</source>
        <translation>Lange Seite begrenzen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Trigger word:</source>
        <translation>Triggerwort:</translation>
    </message>
    <message>
        <source>Class word:</source>
        <translation>Klassenwort:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Captions from:</source>
        <translation>Beschreibungen aus:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Dateinamen:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Pre-flight check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty. Choose another name: an export never overwrites anything.</source>
        <translation>%1 existiert bereits und ist nicht leer. Wählen Sie einen anderen Namen: Ein Export überschreibt nie etwas.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie den Speicherort für den Export.</translation>
    </message>
    <message>
        <source>The export goes into the empty folder %1.</source>
        <translation>Der Export erfolgt in den leeren Ordner %1.</translation>
    </message>
    <message>
        <source>%1 image(s) ready; %2 error(s) must be fixed before exporting.</source>
        <translation>%1 Bild(er) bereit; %2 Fehler müssen vor dem Export behoben werden.</translation>
    </message>
    <message>
        <source>Fix the errors in the pre-flight check first.</source>
        <translation>Beheben Sie zuerst die Fehler der Vorabprüfung.</translation>
    </message>
    <message>
        <source>Export to ZIP</source>
        <translation>Als ZIP exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Reading the dataset…</source>
        <translation>Datensatz wird gelesen…</translation>
    </message>
    <message>
        <source>The dataset cannot be read: %1</source>
        <translation>Der Datensatz kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export even though the trainer will leave some images out</source>
        <translation>Exportieren, obwohl der Trainer einige Bilder auslässt</translation>
    </message>
    <message>
        <source>The trainer&apos;s own bucket at the target resolution</source>
        <translation>Der eigene Bucket des Trainers bei der Zielauflösung</translation>
    </message>
    <message>
        <source>Original size leaves the sizing to the trainer. Bucket resizes and crops each image exactly as the chosen trainer would (a square for trainers without buckets).</source>
        <translation>Bei Originalgröße bleibt die Größenanpassung dem Trainer überlassen. Bucket skaliert und beschneidet jedes Bild genau so, wie der gewählte Trainer es täte (ein Quadrat bei Trainern ohne Buckets).</translation>
    </message>
    <message>
        <source>The pre-flight lists the images the trainer would skip (for example below SimpleTuner&apos;s minimum size); check this to export them anyway.</source>
        <translation>Die Vorabprüfung listet die Bilder, die der Trainer überspringen würde (zum Beispiel unter der Mindestgröße von SimpleTuner); aktivieren Sie dies, um sie trotzdem zu exportieren.</translation>
    </message>
    <message>
        <source>Export the regularization set</source>
        <translation>Regularisierungsset exportieren</translation>
    </message>
    <message>
        <source>Caption and tags as two variants (OneTrainer, SimpleTuner)</source>
        <translation>Beschreibung und Tags als zwei Varianten (OneTrainer, SimpleTuner)</translation>
    </message>
    <message>
        <source>e.g. closeup:4, full body:2</source>
        <translation>z. B. closeup:4, full body:2</translation>
    </message>
    <message>
        <source>Images with a tag as a subset with its own repeats: TAG:REPEATS, separated by commas (kohya folders, OneTrainer concepts, SimpleTuner backends, ai-toolkit datasets).</source>
        <translation>Bilder mit einem Tag als Teilmenge mit eigenen Wiederholungen: TAG:WIEDERHOLUNGEN, durch Kommas getrennt (kohya-Ordner, OneTrainer-Konzepte, SimpleTuner-Backends, ai-toolkit-Datensätze).</translation>
    </message>
    <message>
        <source>the trainer&apos;s own for the target</source>
        <translation>die des Trainers für das Ziel</translation>
    </message>
    <message>
        <source>Several training resolutions, e.g. 512, 768, 1024: every image is bucketed at each.</source>
        <translation>Mehrere Trainingsauflösungen, z. B. 512, 768, 1024: Jedes Bild wird bei jeder in Buckets eingeteilt.</translation>
    </message>
    <message>
        <source>The class images of the dataset chosen in the dataset&apos;s settings, where the trainer takes them.</source>
        <translation>Die Klassenbilder des in den Einstellungen des Datensatzes gewählten Datensatzes, sofern der Trainer sie verwendet.</translation>
    </message>
    <message>
        <source>Choose a regularization set in the dataset&apos;s settings.</source>
        <translation>Wählen Sie in den Einstellungen des Datensatzes ein Regularisierungsset.</translation>
    </message>
    <message>
        <source>With captions and tags as the source: write them as two lines, of which OneTrainer and SimpleTuner pick one per step.</source>
        <translation>Mit Beschreibung und Tags als Quelle: beide als zwei Zeilen schreiben, von denen OneTrainer und SimpleTuner pro Schritt eine wählen.</translation>
    </message>
    <message>
        <source>Subsets:</source>
        <translation>Teilmengen:</translation>
    </message>
    <message>
        <source>Resolutions:</source>
        <translation>Auflösungen:</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>What the trainer reads as each image&apos;s caption. A setting of the dataset: a change here is kept for it.</source>
        <translation>Was der Trainer als Beschreibung jedes Bildes liest. Eine Einstellung des Datensatzes: Eine Änderung hier wird für ihn gespeichert.</translation>
    </message>
    <message>
        <source>Show These Images in the Grid</source>
        <translation>Diese Bilder im Raster anzeigen</translation>
    </message>
    <message>
        <source>Double-click or right-click to show these images in the grid</source>
        <translation>Doppel- oder Rechtsklick zeigt diese Bilder im Raster an</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, with %1 warning(s), about %2.</source>
        <translation>
            <numerusform>%n Bild bereit zum Export, mit %1 Warnung(en), etwa %2.</numerusform>
            <numerusform>%n Bilder bereit zum Export, mit %1 Warnung(en), etwa %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready to export, about %1.</source>
        <translation>
            <numerusform>%n Bild bereit zum Export, etwa %1.</numerusform>
            <numerusform>%n Bilder bereit zum Export, etwa %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ui::GeneralSettingsPage</name>
    <message>
        <source>Open the library used last when LoRA Craft starts</source>
        <translation>Beim Start von LoRA Craft die zuletzt verwendete Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Clear Recent Libraries</source>
        <translation>Liste „Zuletzt geöffnet“ leeren</translation>
    </message>
    <message>
        <source>Otherwise LoRA Craft opens its default library (or the one given with --library)</source>
        <translation>Andernfalls öffnet LoRA Craft seine Standardbibliothek (oder die mit --library angegebene)</translation>
    </message>
    <message numerus="yes">
        <source>Empty File → Open Recent (%n librar(y/ies) listed); no library is touched</source>
        <translation>
            <numerusform>Leert Datei → Zuletzt geöffnet (%n Bibliothek aufgeführt); keine Bibliothek wird angetastet</numerusform>
            <numerusform>Leert Datei → Zuletzt geöffnet (%n Bibliotheken aufgeführt); keine Bibliothek wird angetastet</numerusform>
        </translation>
    </message>
    <message>
        <source>File → Open Library… (Ctrl+O) switches libraries; a second launch of LoRA Craft brings this window to the front instead of opening another.</source>
        <translation>Datei → Bibliothek öffnen… (Ctrl+O) wechselt die Bibliothek; ein zweiter Start von LoRA Craft holt dieses Fenster in den Vordergrund, statt ein weiteres zu öffnen.</translation>
    </message>
    <message>
        <source>Take a snapshot of the catalog once a day while a library is open</source>
        <translation>Einmal täglich einen Schnappschuss des Katalogs erstellen, während eine Bibliothek geöffnet ist</translation>
    </message>
    <message>
        <source>Snapshots are consistent copies of the catalog in the library&apos;s snapshots folder; File → Restore Snapshot… puts one back</source>
        <translation>Schnappschüsse sind konsistente Kopien des Katalogs im Ordner „snapshots“ der Bibliothek; Datei → Schnappschuss wiederherstellen… spielt einen zurück</translation>
    </message>
    <message>
        <source> snapshots</source>
        <translation> Schnappschüsse</translation>
    </message>
    <message>
        <source>Older snapshots are removed when a new one is taken; the images they name are kept until no snapshot names them</source>
        <translation>Ältere Schnappschüsse werden entfernt, wenn ein neuer erstellt wird; die darin genannten Bilder bleiben erhalten, bis kein Schnappschuss sie mehr nennt</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Die neuesten behalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalog snapshots&lt;/b&gt;</source>
        <translation>&lt;b&gt;Katalog-Schnappschüsse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applies the next time LoRA Craft starts.</source>
        <translation>Gilt ab dem nächsten Start von LoRA Craft.</translation>
    </message>
</context>
<context>
    <name>lc::ui::GridPanel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Uncaptioned</source>
        <translation>Ohne Beschreibung</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Aussortiert</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Reverse the order</source>
        <translation>Reihenfolge umkehren</translation>
    </message>
    <message>
        <source>Tile size (Ctrl++ / Ctrl+-)</source>
        <translation>Kachelgröße (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No dataset selected</source>
        <translation>Kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <source>1 image in the trash</source>
        <translation>1 Bild im Papierkorb</translation>
    </message>
    <message>
        <source>%1 images in the trash</source>
        <translation>%1 Bilder im Papierkorb</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>Cannot list the images</source>
        <translation>Bilder können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The images cannot be listed</source>
        <translation>Die Bilder können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Pick a dataset on the left, or create one with Ctrl+N.</source>
        <translation>Wählen Sie links einen Datensatz oder erstellen Sie einen mit Ctrl+N.</translation>
    </message>
    <message>
        <source>No images match “%1”</source>
        <translation>Keine Bilder entsprechen „%1“</translation>
    </message>
    <message>
        <source>Only this view is searched; try All.</source>
        <translation>Nur diese Ansicht wird durchsucht; versuchen Sie „Alle“.</translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>Images you delete (Del) wait here until you empty the trash.</source>
        <translation>Bilder, die Sie löschen (Entf), bleiben hier, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>Every image has a caption</source>
        <translation>Jedes Bild hat eine Beschreibung</translation>
    </message>
    <message>
        <source>No rejected images</source>
        <translation>Keine aussortierten Bilder</translation>
    </message>
    <message>
        <source>Press Space on an image to reject it.</source>
        <translation>Drücken Sie die Leertaste auf einem Bild, um es auszusortieren.</translation>
    </message>
    <message>
        <source>Drop images, folders or ZIP files here</source>
        <translation>Bilder, Ordner oder ZIP-Dateien hier ablegen</translation>
    </message>
    <message>
        <source>LoRA Craft copies them into its library (your originals stay untouched), reads captions from .txt files beside them and skips what it cannot use, telling you why.</source>
        <translation>LoRA Craft kopiert sie in seine Bibliothek (Ihre Originale bleiben unverändert), liest Beschreibungen aus daneben liegenden .txt-Dateien und überspringt, was es nicht verwenden kann, mit Angabe des Grundes.</translation>
    </message>
    <message>
        <source>Any caption</source>
        <translation>Beliebige Beschreibung</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>From caption files</source>
        <translation>Aus Beschreibungsdateien</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Show only captions typed by hand, read from caption files, or generated by a model</source>
        <translation>Nur Beschreibungen anzeigen, die von Hand eingegeben, aus Beschreibungsdateien gelesen oder von einem Modell erzeugt wurden</translation>
    </message>
    <message>
        <source>Showing only images with this tag; click to show all</source>
        <translation>Nur Bilder mit diesem Tag werden angezeigt; klicken, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Tag: %1  ✕</source>
        <translation>Tag: %1  ✕</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <source>Problems measured in the pixels; click one or more to show only those images. Thresholds: Settings → Quality.</source>
        <translation>In den Pixeln gemessene Probleme; klicken Sie auf eines oder mehrere, um nur diese Bilder anzuzeigen. Schwellenwerte: Einstellungen → Qualität.</translation>
    </message>
    <message>
        <source>Check Them</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of the images imported before LoRA Craft measured them</source>
        <translation>Schärfe, Belichtung und Balken der Bilder messen, die importiert wurden, bevor LoRA Craft sie gemessen hat</translation>
    </message>
    <message numerus="yes">
        <source>Show only images flagged “%1” (%n image(s))</source>
        <translation>
            <numerusform>Nur mit „%1“ markierte Bilder anzeigen (%n Bild)</numerusform>
            <numerusform>Nur mit „%1“ markierte Bilder anzeigen (%n Bilder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not checked yet</source>
        <translation>
            <numerusform>%n Bild noch nicht geprüft</numerusform>
            <numerusform>%n Bilder noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 image(s) flagged</source>
        <translation>%1 von %2 Bild(ern) markiert</translation>
    </message>
    <message>
        <source>No images with these problems here</source>
        <translation>Hier keine Bilder mit diesen Problemen</translation>
    </message>
    <message>
        <source>Untick the quality chips above to see every image.</source>
        <translation>Deaktivieren Sie die Qualitäts-Chips oben, um alle Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Showing only the images the trainer puts into this bucket; click to show all</source>
        <translation>Nur die Bilder werden angezeigt, die der Trainer in diesen Bucket legt; klicken, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Bucket: %1×%2 at %3  ✕</source>
        <translation>Bucket: %1×%2 bei %3  ✕</translation>
    </message>
    <message>
        <source>Search or filter: words, tag:smile, stars:&gt;=4, -blur:yes, OR …  (Ctrl+F)</source>
        <translation>Suchen oder filtern: Wörter, tag:smile, stars:&gt;=4, -blur:yes, OR …  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>Papierkorb (%1)</translation>
    </message>
    <message>
        <source>The filter cannot be read</source>
        <translation>Der Filter kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Words are looked for in captions, tags and file names; hover over the box for filters.</source>
        <translation>Wörter werden in Beschreibungen, Tags und Dateinamen gesucht; bewegen Sie die Maus über das Feld, um Filter zu sehen.</translation>
    </message>
    <message>
        <source>The filter cannot be read: %1</source>
        <translation>Der Filter kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::HistoryController</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1 again?

You can undo it again until you quit.</source>
        <translation>%1 – erneut ausführen?

Sie können es bis zum Beenden wieder rückgängig machen.</translation>
    </message>
    <message>
        <source>Other edits came after the deletion: use Edit → Undo to go back step by step.</source>
        <translation>Nach dem Löschen folgten weitere Bearbeitungen: Verwenden Sie Bearbeiten → Rückgängig, um schrittweise zurückzugehen.</translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (1 image)</source>
        <translation>Datensatz „%1“ gelöscht (1 Bild)</translation>
    </message>
    <message>
        <source>Deleted dataset “%1” (%2 images)</source>
        <translation>Datensatz „%1“ gelöscht (%2 Bilder)</translation>
    </message>
    <message>
        <source>Deleted workspace “%1”</source>
        <translation>Arbeitsbereich „%1“ gelöscht</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in „%2“</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
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
        <translation>Behalten / Aussortieren</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Clear Rating</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Mit %1 bewerten</translation>
    </message>
    <message>
        <source>Add Tag “%1”</source>
        <translation>Tag „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add Tag “%1” to %2 Images</source>
        <translation>Tag „%1“ zu %2 Bildern hinzufügen</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>Tag „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove Tag “%1” from %2 Images</source>
        <translation>Tag „%1“ von %2 Bildern entfernen</translation>
    </message>
    <message>
        <source>Crop to Content</source>
        <translation>Auf Inhalt zuschneiden</translation>
    </message>
    <message>
        <source>Crop the selected images with bars (BARS) to the picture inside them</source>
        <translation>Die ausgewählten Bilder mit Balken (BALKEN) auf das Bild darin zuschneiden</translation>
    </message>
    <message>
        <source>Clear Crop</source>
        <translation>Zuschnitt entfernen</translation>
    </message>
    <message>
        <source>Cannot crop: %1</source>
        <translation>Zuschneiden nicht möglich: %1</translation>
    </message>
    <message>
        <source>None of the selected images has bars around it (or it is cropped already).</source>
        <translation>Keines der ausgewählten Bilder hat Balken (oder es ist bereits zugeschnitten).</translation>
    </message>
    <message numerus="yes">
        <source>Crop %n Image(s) to Content</source>
        <translation>
            <numerusform>%n Bild auf Inhalt zuschneiden</numerusform>
            <numerusform>%n Bilder auf Inhalt zuschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s) to the picture inside their bars. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Bild auf den Inhalt innerhalb der Balken zugeschnitten. Rückgängig mit Ctrl+Z.</numerusform>
            <numerusform>%n Bilder auf den Inhalt innerhalb der Balken zugeschnitten. Rückgängig mit Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the Crop of %n Image(s)</source>
        <translation>
            <numerusform>Zuschnitt von %n Bild entfernen</numerusform>
            <numerusform>Zuschnitt von %n Bildern entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Crop…</source>
        <translation>Zuschnitt bearbeiten…</translation>
    </message>
    <message>
        <source>Draw, move or resize the crop of the current image, snapped to the trainer&apos;s buckets</source>
        <translation>Zuschnitt des aktuellen Bildes zeichnen, verschieben oder skalieren, ausgerichtet an den Buckets des Trainers</translation>
    </message>
    <message>
        <source>That image is gone.</source>
        <translation>Dieses Bild ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Cannot open the crop: %1</source>
        <translation>Der Zuschnitt kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>%1 zuschneiden</translation>
    </message>
    <message>
        <source>Clear the Crop of %1</source>
        <translation>Zuschnitt von %1 entfernen</translation>
    </message>
    <message>
        <source>Copy Tags</source>
        <translation>Tags kopieren</translation>
    </message>
    <message>
        <source>Copy the tags of the selected image (of several: the tags they all have) as “a, b, c”</source>
        <translation>Die Tags des ausgewählten Bildes (bei mehreren: die gemeinsamen Tags) als „a, b, c“ kopieren</translation>
    </message>
    <message>
        <source>Paste Tags</source>
        <translation>Tags einfügen</translation>
    </message>
    <message>
        <source>Add the comma-separated tags on the clipboard to every selected image</source>
        <translation>Die durch Kommas getrennten Tags aus der Zwischenablage jedem ausgewählten Bild hinzufügen</translation>
    </message>
    <message>
        <source>Reorder Tags</source>
        <translation>Tags neu ordnen</translation>
    </message>
    <message>
        <source>No tags to copy</source>
        <translation>Keine Tags zum Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s)</source>
        <translation>
            <numerusform>%n Tag kopiert</numerusform>
            <numerusform>%n Tags kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no tags (copy “a, b, c” or use Copy Tags)</source>
        <translation>Die Zwischenablage enthält keine Tags (kopieren Sie „a, b, c“ oder verwenden Sie „Tags kopieren“)</translation>
    </message>
</context>
<context>
    <name>lc::ui::ItemDelegate</name>
    <message>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>AUSSORTIERT</translation>
    </message>
    <message>
        <source>REJ</source>
        <translation>AUS</translation>
    </message>
    <message>
        <source>NO CAPTION</source>
        <translation>KEINE BESCHR.</translation>
    </message>
    <message>
        <source>NO CAP</source>
        <translation>O. BESCHR.</translation>
    </message>
    <message>
        <source>LOW RES</source>
        <translation>NIEDR. AUFL.</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>NIEDR</translation>
    </message>
    <message>
        <source>BLURRY</source>
        <translation>UNSCHARF</translation>
    </message>
    <message>
        <source>BLUR</source>
        <translation>UNSCH</translation>
    </message>
    <message>
        <source>UPSCALED</source>
        <translation>HOCHSKALIERT</translation>
    </message>
    <message>
        <source>UPSC</source>
        <translation>HSK</translation>
    </message>
    <message>
        <source>DARK</source>
        <translation>DUNKEL</translation>
    </message>
    <message>
        <source>BRIGHT</source>
        <translation>HELL</translation>
    </message>
    <message>
        <source>BRT</source>
        <translation>HELL</translation>
    </message>
    <message>
        <source>BARS</source>
        <translation>BALKEN</translation>
    </message>
    <message>
        <source>ASPECT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>AR</source>
        <translation>SV</translation>
    </message>
    <message>
        <source>COMPRESSED</source>
        <translation>KOMPRIMIERT</translation>
    </message>
    <message>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <source>CROPPED</source>
        <translation>ZUGESCHNITTEN</translation>
    </message>
    <message>
        <source>CROP</source>
        <translation>ZUGES</translation>
    </message>
    <message>
        <source>NO TAGS</source>
        <translation>KEINE TAGS</translation>
    </message>
    <message>
        <source>NO TAG</source>
        <translation>O. TAGS</translation>
    </message>
    <message>
        <source>NO TEXT</source>
        <translation>KEIN TEXT</translation>
    </message>
    <message>
        <source>NO TXT</source>
        <translation>O. TXT</translation>
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
        <translation>Zugeschnitten auf %1 × %2 px</translation>
    </message>
    <message>
        <source>Image → Crop to Content removes the bars.</source>
        <translation>Bild → Auf Inhalt zuschneiden entfernt die Balken.</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryActions</name>
    <message>
        <source>Import Files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Clean Up Library…</source>
        <translation>Bibliothek bereinigen…</translation>
    </message>
    <message>
        <source>Import images, folders or ZIP files into the current dataset (Ctrl+I). You can also drop them anywhere on the window.</source>
        <translation>Bilder, Ordner oder ZIP-Dateien in den aktuellen Datensatz importieren (Ctrl+I). Sie können sie auch an beliebiger Stelle im Fenster ablegen.</translation>
    </message>
    <message>
        <source>Remove stored images that no dataset uses any more</source>
        <translation>Gespeicherte Bilder entfernen, die kein Datensatz mehr verwendet</translation>
    </message>
    <message>
        <source>• %1 (%2 of %3 done)</source>
        <translation>• %1 (%2 von %3 erledigt)</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Still running:
%1

Quitting cancels it. Images imported so far stay in the dataset, and the Tasks panel offers to resume the import next time. A canceled export leaves nothing behind.</source>
        <translation>Läuft noch:
%1

Beim Beenden wird es abgebrochen. Bereits importierte Bilder bleiben im Datensatz, und die Aufgabenleiste bietet beim nächsten Mal an, den Import fortzusetzen. Ein abgebrochener Export hinterlässt nichts.</translation>
    </message>
    <message>
        <source>Quit LoRA Craft?</source>
        <translation>LoRA Craft beenden?</translation>
    </message>
    <message>
        <source>Cancel and Quit</source>
        <translation>Abbrechen und beenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 images to %2</source>
        <translation>%1 Bilder nach %2 exportiert</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import Images</source>
        <translation>Bilder importieren</translation>
    </message>
    <message>
        <source>Images and archives (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;All files (*)</source>
        <translation>Bilder und Archive (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clean Up is running: import again in a moment.</source>
        <translation>Die Bereinigung läuft: Importieren Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Select a dataset to export.</source>
        <translation>Wählen Sie einen Datensatz zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Clean Up waits until the running tasks have finished.</source>
        <translation>Die Bereinigung wartet, bis die laufenden Aufgaben beendet sind.</translation>
    </message>
    <message>
        <source>Clean Up failed: %1</source>
        <translation>Bereinigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing to clean up: every stored image is used by a dataset or can still be brought back by Undo.</source>
        <translation>Nichts zu bereinigen: Jedes gespeicherte Bild wird von einem Datensatz verwendet oder kann noch per Rückgängig zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Remove %1 stored image(s) that no dataset uses any more, and %2 leftover file(s)? This frees %3.

Images that Edit → Undo can still bring back are kept. Removed images cannot be recovered.</source>
        <translation>%1 gespeicherte(s) Bild(er), die kein Datensatz mehr verwendet, und %2 übrig gebliebene Datei(en) entfernen? Dadurch werden %3 frei.

Bilder, die Bearbeiten → Rückgängig noch zurückholen kann, bleiben erhalten. Entfernte Bilder können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Clean Up Library</source>
        <translation>Bibliothek bereinigen</translation>
    </message>
    <message>
        <source>Clean Up</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>Cleaned up: removed %1 image(s), freed %2.</source>
        <translation>Bereinigt: %1 Bild(er) entfernt, %2 freigegeben.</translation>
    </message>
    <message>
        <source>My Dataset</source>
        <translation>Mein Datensatz</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>Die Bibliothek kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Find Duplicates…</source>
        <translation>Duplikate finden…</translation>
    </message>
    <message>
        <source>Near-duplicate images of the dataset, to keep one of each</source>
        <translation>Beinahe-Duplikate im Datensatz, um von jedem eines zu behalten</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>Wählen Sie zuerst einen Datensatz aus.</translation>
    </message>
    <message>
        <source>Check Image Quality</source>
        <translation>Bildqualität prüfen</translation>
    </message>
    <message>
        <source>Measure sharpness, exposure and bars of images imported before LoRA Craft measured them</source>
        <translation>Schärfe, Belichtung und Balken von Bildern messen, die importiert wurden, bevor LoRA Craft sie gemessen hat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Auto-Crop…</source>
        <translation>Automatisch zuschneiden…</translation>
    </message>
    <message>
        <source>Crop the selected images, or the dataset, to a bucket&apos;s shape around their faces or subject</source>
        <translation>Die ausgewählten Bilder oder den Datensatz auf die Form eines Buckets zuschneiden, um Gesichter oder Motiv herum</translation>
    </message>
    <message>
        <source>No crop to propose: every image already has the shape.</source>
        <translation>Kein Zuschnitt vorzuschlagen: Jedes Bild hat bereits die Form.</translation>
    </message>
    <message numerus="yes">
        <source>Auto-Crop %n Image(s)</source>
        <translation>
            <numerusform>%n Bild automatisch zuschneiden</numerusform>
            <numerusform>%n Bilder automatisch zuschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cropped %n image(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Bild zugeschnitten. Rückgängig mit Ctrl+Z.</numerusform>
            <numerusform>%n Bilder zugeschnitten. Rückgängig mit Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Library…</source>
        <translation>Bibliothek prüfen…</translation>
    </message>
    <message>
        <source>Check the catalog and re-read every stored image; bring back lost originals</source>
        <translation>Den Katalog prüfen und jedes gespeicherte Bild neu lesen; verlorene Originale zurückholen</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Checking the catalog and every stored image…</source>
        <translation>Katalog und alle gespeicherten Bilder werden geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked the catalog and %n stored image(s) (%1).</source>
        <translation>
            <numerusform>Katalog und %n gespeichertes Bild geprüft (%1).</numerusform>
            <numerusform>Katalog und %n gespeicherte Bilder geprüft (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are missing.</source>
        <translation>
            <numerusform>%n gespeichertes Original fehlt.</numerusform>
            <numerusform>%n gespeicherte Originale fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored original(s) are damaged (their content changed on disk).</source>
        <translation>
            <numerusform>%n gespeichertes Original ist beschädigt (sein Inhalt hat sich auf dem Datenträger geändert).</numerusform>
            <numerusform>%n gespeicherte Originale sind beschädigt (ihr Inhalt hat sich auf dem Datenträger geändert).</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog is damaged: File → Restore Snapshot… puts back a sound copy.</source>
        <translation>Der Katalog ist beschädigt: Datei → Schnappschuss wiederherstellen… spielt eine intakte Kopie zurück.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Repair reads each of them back from the file it was imported from, when that file is still there with the same content.</source>
        <translation>Reparieren liest jedes davon erneut aus der Datei, aus der es importiert wurde, sofern diese noch mit demselben Inhalt vorhanden ist.</translation>
    </message>
    <message>
        <source>The repair failed: %1</source>
        <translation>Die Reparatur ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n image(s).</source>
        <translation>
            <numerusform>%n Bild repariert.</numerusform>
            <numerusform>%n Bilder repariert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be brought back: %1</source>
        <translation>
            <numerusform>%n konnte nicht zurückgeholt werden: %1</numerusform>
            <numerusform>%n konnten nicht zurückgeholt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from URLs…</source>
        <translation>Aus URLs importieren…</translation>
    </message>
    <message>
        <source>Download images from pasted addresses into the current dataset</source>
        <translation>Bilder von eingefügten Adressen in den aktuellen Datensatz herunterladen</translation>
    </message>
    <message>
        <source>Select the dataset to import into first.</source>
        <translation>Wählen Sie zuerst den Datensatz aus, in den importiert werden soll.</translation>
    </message>
    <message>
        <source>Clean Up is running: add the images again in a moment.</source>
        <translation>Die Bereinigung läuft: Fügen Sie die Bilder gleich noch einmal hinzu.</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryHealth</name>
    <message>
        <source>Restore Snapshot…</source>
        <translation>Schnappschuss wiederherstellen…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;This library is on a network drive (%1).&lt;/b&gt; SQLite cannot lock a catalog reliably there: never open it from two computers at once, and if the drive goes away while LoRA Craft writes, edits can be lost. A library on a local disk is safer; copy the folder there to move it.</source>
        <translation>&lt;b&gt;Diese Bibliothek liegt auf einem Netzlaufwerk (%1).&lt;/b&gt; SQLite kann einen Katalog dort nicht zuverlässig sperren: Öffnen Sie ihn nie von zwei Computern gleichzeitig, und wenn das Laufwerk verschwindet, während LoRA Craft schreibt, können Änderungen verloren gehen. Eine Bibliothek auf einer lokalen Festplatte ist sicherer; kopieren Sie den Ordner dorthin, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The catalog failed its integrity check&lt;/b&gt; (%1). LoRA Craft will not import into it or clean it up until it is sound. Next steps: &lt;b&gt;File → Restore Snapshot…&lt;/b&gt; to go back to a sound copy (the damaged catalog is kept aside), or run &lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; for the full report.</source>
        <translation>&lt;b&gt;Der Katalog hat seine Integritätsprüfung nicht bestanden&lt;/b&gt; (%1). LoRA Craft importiert nicht in ihn und bereinigt ihn nicht, bis er intakt ist. Nächste Schritte: &lt;b&gt;Datei → Schnappschuss wiederherstellen…&lt;/b&gt;, um zu einer intakten Kopie zurückzukehren (der beschädigte Katalog wird beiseitegelegt), oder führen Sie &lt;tt&gt;loracraft-cli fsck&lt;/tt&gt; für den vollständigen Bericht aus.</translation>
    </message>
    <message>
        <source>The daily snapshot of the catalog failed: %1</source>
        <translation>Der tägliche Schnappschuss des Katalogs ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>New dataset or workspace</source>
        <translation>Neuer Datensatz oder Arbeitsbereich</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>Die Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 at %3 px · trigger “%4”</source>
        <translation>%1 · %2 bei %3 px · Trigger „%4“</translation>
    </message>
    <message>
        <source>Delete the empty dataset “%1”?</source>
        <translation>Den leeren Datensatz „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete the dataset “%1” with its %2 image(s), captions and tags?

You can undo this until you quit. The image files stay in the library until you run File → Clean Up Library.</source>
        <translation>Den Datensatz „%1“ mit seinen %2 Bild(ern), Beschreibungen und Tags löschen?

Sie können dies bis zum Beenden rückgängig machen. Die Bilddateien bleiben in der Bibliothek, bis Sie Datei → Bibliothek bereinigen ausführen.</translation>
    </message>
    <message>
        <source>Delete Dataset</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <source>Delete the workspace “%1” with its %2 dataset(s) and %3 image(s)?

You can undo this until you quit.</source>
        <translation>Den Arbeitsbereich „%1“ mit seinen %2 Datensätzen und %3 Bild(ern) löschen?

Sie können dies bis zum Beenden rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Moved “%1” to “%2”</source>
        <translation>„%1“ nach „%2“ verschoben</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash of “%1” for good, with their captions and tags?

This cannot be undone. The image files stay in the library until you run File → Clean Up Library….</source>
        <translation>
            <numerusform>Das %n Bild im Papierkorb von „%1“ mit Beschreibungen und Tags endgültig löschen?

Dies kann nicht rückgängig gemacht werden. Die Bilddateien bleiben in der Bibliothek, bis Sie Datei → Bibliothek bereinigen… ausführen.</numerusform>
            <numerusform>Die %n Bilder im Papierkorb von „%1“ mit ihren Beschreibungen und Tags endgültig löschen?

Dies kann nicht rückgängig gemacht werden. Die Bilddateien bleiben in der Bibliothek, bis Sie Datei → Bibliothek bereinigen… ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) from the trash</source>
        <translation>
            <numerusform>%n Bild aus dem Papierkorb gelöscht</numerusform>
            <numerusform>%n Bilder aus dem Papierkorb gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to Workspace</source>
        <translation>In Arbeitsbereich verschieben</translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation>Papierkorb leeren (%1)…</translation>
    </message>
</context>
<context>
    <name>lc::ui::Lightbox</name>
    <message>
        <source>← → previous / next  ·  double-click: 100 %  ·  Esc, F or Enter: close  ·  select two images to compare them</source>
        <translation>← → vorheriges / nächstes  ·  Doppelklick: 100 %  ·  Esc, F oder Enter: schließen  ·  zwei Bilder auswählen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>&lt;i&gt;no caption&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine Beschreibung&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Showing the first two of %1 selected images</source>
        <translation>Die ersten beiden von %1 ausgewählten Bildern werden angezeigt</translation>
    </message>
    <message>
        <source>Two selected images side by side  ·  double-click: 100 %  ·  Esc, F or Enter: close</source>
        <translation>Zwei ausgewählte Bilder nebeneinander  ·  Doppelklick: 100 %  ·  Esc, F oder Enter: schließen</translation>
    </message>
</context>
<context>
    <name>lc::ui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Rename Dataset</source>
        <translation>Datensatz umbenennen</translation>
    </message>
    <message>
        <source>Delete Dataset…</source>
        <translation>Datensatz löschen…</translation>
    </message>
    <message>
        <source>Duplicate Dataset</source>
        <translation>Datensatz duplizieren</translation>
    </message>
    <message>
        <source>Dataset Settings…</source>
        <translation>Datensatzeinstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Select All Images</source>
        <translation>Alle Bilder auswählen</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>B&amp;ild</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Larger Thumbnails</source>
        <translation>Größere Vorschaubilder</translation>
    </message>
    <message>
        <source>Smaller Thumbnails</source>
        <translation>Kleinere Vorschaubilder</translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>Invert Selection</source>
        <translation>Auswahl umkehren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Next Image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>Previous Image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>Next Image Without a Caption</source>
        <translation>Nächstes Bild ohne Beschreibung</translation>
    </message>
    <message>
        <source>Go to the Grid</source>
        <translation>Zum Raster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Empty Trash (%1)…</source>
        <translation>Papierkorb leeren (%1)…</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Full-Window Preview</source>
        <translation>Vollbildvorschau</translation>
    </message>
    <message>
        <source>Show the selected image as large as the window allows; select two to compare them side by side</source>
        <translation>Das ausgewählte Bild so groß anzeigen, wie das Fenster erlaubt; zwei auswählen, um sie nebeneinander zu vergleichen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Show All Images</source>
        <translation>Alle Bilder anzeigen</translation>
    </message>
    <message>
        <source>Show Images Without a Caption</source>
        <translation>Bilder ohne Beschreibung anzeigen</translation>
    </message>
    <message>
        <source>Show Rejected Images</source>
        <translation>Aussortierte Bilder anzeigen</translation>
    </message>
    <message>
        <source>Show the Trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>There is no log: the folder %1 cannot be written.</source>
        <translation>Es gibt kein Protokoll: Der Ordner %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Open the log file (API keys and tokens in it are redacted)</source>
        <translation>Die Protokolldatei öffnen (API-Schlüssel und Tokens darin sind unkenntlich gemacht)</translation>
    </message>
    <message>
        <source>About LoRA Craft</source>
        <translation>Über LoRA Craft</translation>
    </message>
</context>
<context>
    <name>lc::ui::MainWindow</name>
    <message>
        <source>LoRA Craft</source>
        <translation>LoRA Craft</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>That dataset no longer exists.</source>
        <translation>Dieser Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 / %2 — LoRA Craft</source>
        <translation>%1 / %2 – LoRA Craft</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>Every image shown has a caption.</source>
        <translation>Jedes angezeigte Bild hat eine Beschreibung.</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>Keine zuletzt verwendeten Bibliotheken</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>“%1” is not a LoRA Craft library. Create a new library in it? The files already there are left alone.</source>
        <translation>„%1“ ist keine LoRA-Craft-Bibliothek. Darin eine neue Bibliothek anlegen? Die vorhandenen Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation>Bibliothek anlegen</translation>
    </message>
    <message>
        <source>LoRA Craft is already open with this library; use File → Open Library… to switch to %1.</source>
        <translation>LoRA Craft ist mit dieser Bibliothek bereits geöffnet; verwenden Sie Datei → Bibliothek öffnen…, um zu %1 zu wechseln.</translation>
    </message>
    <message>
        <source>Restore Snapshot…</source>
        <translation>Schnappschuss wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back the catalog as it was when a snapshot was taken, or take one now</source>
        <translation>Den Katalog so zurückholen, wie er bei einem Schnappschuss war, oder jetzt einen erstellen</translation>
    </message>
    <message>
        <source>Collect from the Web</source>
        <translation>Aus dem Web sammeln</translation>
    </message>
    <message>
        <source>Search the web for openly licensed images and add them to the dataset</source>
        <translation>Das Web nach frei lizenzierten Bildern durchsuchen und sie dem Datensatz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Downloading into %1: %n selected…</source>
        <translation>
            <numerusform>Herunterladen nach %1: %n ausgewählt…</numerusform>
            <numerusform>Herunterladen nach %1: %n ausgewählt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Tasks</source>
        <translation>Aufgaben anzeigen</translation>
    </message>
</context>
<context>
    <name>lc::ui::PreviewWidget</name>
    <message>
        <source>Double-click for 100 %; drag to pan</source>
        <translation>Doppelklick für 100 %; ziehen zum Verschieben</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
    <message>
        <source>Missing original</source>
        <translation>Original fehlt</translation>
    </message>
    <message>
        <source>Damaged original</source>
        <translation>Original beschädigt</translation>
    </message>
</context>
<context>
    <name>lc::ui::QualitySettingsPage</name>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>An image whose sharpest tiles stay below this is blurry (or upscaled, when it is sharp once reduced). In-focus photos measure about 0.2 and more. %1</source>
        <translation>Ein Bild, dessen schärfste Kacheln darunter bleiben, ist unscharf (oder hochskaliert, wenn es verkleinert scharf ist). Scharfe Fotos messen etwa 0,2 und mehr. %1</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Too dark or too bright when this share of the pixels is pure black or pure white. %1</source>
        <translation>Zu dunkel oder zu hell, wenn dieser Anteil der Pixel rein schwarz oder rein weiß ist. %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Too dark when the mean brightness (0–255) is below this. %1</source>
        <translation>Zu dunkel, wenn die mittlere Helligkeit (0–255) darunter liegt. %1</translation>
    </message>
    <message>
        <source>Too bright when the mean brightness (0–255) is above this. %1</source>
        <translation>Zu hell, wenn die mittlere Helligkeit (0–255) darüber liegt. %1</translation>
    </message>
    <message>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <source>Images longer than this, either way, are flagged: trainers crop them hard. %1</source>
        <translation>Bilder, die in einer Richtung länger sind, werden markiert: Trainer beschneiden sie stark. %1</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source> bits a pixel</source>
        <translation> Bit pro Pixel</translation>
    </message>
    <message>
        <source>A JPEG with fewer bits a pixel than this is heavily compressed (blocky). Quality-90 photos take 1.5 and more. %1</source>
        <translation>Ein JPEG mit weniger Bit pro Pixel ist stark komprimiert (blockig). Fotos mit Qualität 90 brauchen 1,5 und mehr. %1</translation>
    </message>
    <message>
        <source>Quality flags appear as badges in the grid, in the Quality filter above it, in the export pre-flight and in &lt;code&gt;loracraft-cli analyze&lt;/code&gt;. Low resolution follows each dataset&apos;s target resolution (Dataset Settings).</source>
        <translation>Qualitätsmarkierungen erscheinen als Abzeichen im Raster, im Qualitätsfilter darüber, in der Vorabprüfung des Exports und in &lt;code&gt;loracraft-cli analyze&lt;/code&gt;. Niedrige Auflösung richtet sich nach der Zielauflösung jedes Datensatzes (Datensatzeinstellungen).</translation>
    </message>
    <message>
        <source>Blurry below sharpness:</source>
        <translation>Unscharf unter Schärfe:</translation>
    </message>
    <message>
        <source>Clipped when at least:</source>
        <translation>Abgeschnitten ab mindestens:</translation>
    </message>
    <message>
        <source>Too dark below mean:</source>
        <translation>Zu dunkel unter Mittelwert:</translation>
    </message>
    <message>
        <source>Too bright above mean:</source>
        <translation>Zu hell über Mittelwert:</translation>
    </message>
    <message>
        <source>Extreme aspect beyond:</source>
        <translation>Extremes Seitenverhältnis ab:</translation>
    </message>
    <message>
        <source>Compressed JPEG below:</source>
        <translation>Komprimiertes JPEG unter:</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>lc::ui::ReplicateSettingsPage</name>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>r8_…</source>
        <translation>r8_…</translation>
    </message>
    <message>
        <source>Training runs on Replicate with your account. Create a token at &lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; and paste it here: it is kept in the system keychain, never in a settings file, and is sent only to Replicate.</source>
        <translation>Das Training läuft auf Replicate mit Ihrem Konto. Erstellen Sie ein Token unter &lt;a href=&quot;https://replicate.com/account/api-tokens&quot;&gt;replicate.com/account/api-tokens&lt;/a&gt; und fügen Sie es hier ein: Es wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei, und nur an Replicate gesendet.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>A token is stored in the keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund ist ein Token gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Using the token in %1 (the environment).</source>
        <translation>Das Token aus %1 (Umgebung) wird verwendet.</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>Noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>%1 For Replicate that is %2.</source>
        <translation>%1 Für Replicate ist das %2.</translation>
    </message>
    <message>
        <source>Asking Replicate…</source>
        <translation>Replicate wird gefragt…</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Works: the token of the organization %1.</source>
        <translation>Funktioniert: das Token der Organisation %1.</translation>
    </message>
    <message>
        <source>Works: the token of %1.</source>
        <translation>Funktioniert: das Token von %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lc::ui::SearchSettingsPage</name>
    <message>
        <source>Remove from Keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Brave Search API key</source>
        <translation>Brave-Search-API-Schlüssel</translation>
    </message>
    <message>
        <source>View → Collect from the Web searches &lt;b&gt;Openverse&lt;/b&gt; for openly licensed images without an account. &lt;b&gt;Brave Image Search&lt;/b&gt; finds images anywhere on the web, without licences, and needs an API key from &lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt;: it is kept in the system keychain, never in a settings file, and is sent only to Brave.</source>
        <translation>Ansicht → Aus dem Web sammeln durchsucht &lt;b&gt;Openverse&lt;/b&gt; ohne Konto nach frei lizenzierten Bildern. &lt;b&gt;Brave Image Search&lt;/b&gt; findet Bilder überall im Web, ohne Lizenzen, und benötigt einen API-Schlüssel von &lt;a href=&quot;https://api-dashboard.search.brave.com&quot;&gt;api-dashboard.search.brave.com&lt;/a&gt;: Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei, und nur an Brave gesendet.</translation>
    </message>
    <message>
        <source>Brave Image Search</source>
        <translation>Brave Image Search</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund ist ein Schlüssel gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Using the key in %1 (the environment).</source>
        <translation>Der Schlüssel aus %1 (Umgebung) wird verwendet.</translation>
    </message>
    <message>
        <source>No key stored yet.</source>
        <translation>Noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>%1 For Brave Image Search that is %2.</source>
        <translation>%1 Für Brave Image Search ist das %2.</translation>
    </message>
</context>
<context>
    <name>lc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>Cannot Store the Key</source>
        <translation>Schlüssel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>Replicate</translation>
    </message>
    <message>
        <source>Cannot Store the Token</source>
        <translation>Token kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>lc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the caption and tag boxes</source>
        <translation>In den Beschreibungs- und Tag-Feldern</translation>
    </message>
    <message>
        <source>Save the caption and return to the grid</source>
        <translation>Beschreibung speichern und zum Raster zurückkehren</translation>
    </message>
    <message>
        <source>Add the tags as typed</source>
        <translation>Tags wie eingegeben hinzufügen</translation>
    </message>
    <message>
        <source>Add the first suggested tag</source>
        <translation>Das erste vorgeschlagene Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected tags (tag list)</source>
        <translation>Ausgewählte Tags entfernen (Tag-Liste)</translation>
    </message>
</context>
<context>
    <name>lc::ui::SnapshotsDialog</name>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>Kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Take Snapshot Now</source>
        <translation>Schnappschuss &amp;jetzt erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Catalog Snapshots</source>
        <translation>Katalog-Schnappschüsse</translation>
    </message>
    <message>
        <source>A snapshot is a consistent copy of the catalog: every workspace, dataset, caption, tag and setting as it was. Restoring one replaces the catalog; the current one is kept as a new snapshot first, so a restore can be undone the same way.</source>
        <translation>Ein Schnappschuss ist eine konsistente Kopie des Katalogs: alle Arbeitsbereiche, Datensätze, Beschreibungen, Tags und Einstellungen, wie sie waren. Beim Wiederherstellen wird der Katalog ersetzt; der aktuelle wird zuvor als neuer Schnappschuss gesichert, sodass sich eine Wiederherstellung ebenso rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Schnappschüsse werden gelesen…</translation>
    </message>
    <message>
        <source>No snapshots yet. LoRA Craft takes one a day while a library is open (Settings → General), and one before every schema upgrade.</source>
        <translation>Noch keine Schnappschüsse. LoRA Craft erstellt täglich einen, während eine Bibliothek geöffnet ist (Einstellungen → Allgemein), und einen vor jeder Schema-Aktualisierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) in %1</source>
        <translation>
            <numerusform>%n Schnappschuss in %1</numerusform>
            <numerusform>%n Schnappschüsse in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation>Schnappschuss wird erstellt…</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>Schnappschuss wiederherstellen</translation>
    </message>
    <message>
        <source>Put back the catalog as it was on %1 (%2)?

Edits made since then are replaced. The current catalog is kept as a new snapshot first, so you can go back to it. The library is closed and reopened.</source>
        <translation>Den Katalog so zurückholen, wie er am %1 war (%2)?

Seitdem vorgenommene Änderungen werden ersetzt. Der aktuelle Katalog wird zuvor als neuer Schnappschuss gesichert, sodass Sie zu ihm zurückkehren können. Die Bibliothek wird geschlossen und wieder geöffnet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>lc::ui::TagPanel</name>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Click a tag to show only its images; select several to merge or delete them</source>
        <translation>Klicken Sie auf ein Tag, um nur seine Bilder anzuzeigen; wählen Sie mehrere aus, um sie zusammenzuführen oder zu löschen</translation>
    </message>
    <message>
        <source>Rename the selected tag on every image of the dataset</source>
        <translation>Das ausgewählte Tag auf jedem Bild des Datensatzes umbenennen</translation>
    </message>
    <message>
        <source>Merge the selected tags into one</source>
        <translation>Die ausgewählten Tags zu einem zusammenführen</translation>
    </message>
    <message>
        <source>Remove the selected tags from every image of the dataset</source>
        <translation>Die ausgewählten Tags von jedem Bild des Datensatzes entfernen</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 tags into:</source>
        <translation>%1 Tags zusammenführen zu:</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Tags löschen</translation>
    </message>
    <message>
        <source>Remove %1 from every image of the dataset? Edit → Undo brings them back.</source>
        <translation>%1 von jedem Bild des Datensatzes entfernen? Bearbeiten → Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Noch keine Tags</translation>
    </message>
</context>
<context>
    <name>lc::ui::TaskStatus</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
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
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>%1 in %2 s</source>
        <translation>%1 in %2 s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>same image as %1</source>
        <translation>gleiches Bild wie %1</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>No tasks yet. Imports and exports run here in the background.</source>
        <translation>Noch keine Aufgaben. Importe und Exporte laufen hier im Hintergrund.</translation>
    </message>
    <message>
        <source>The task history cannot be read: %1</source>
        <translation>Der Aufgabenverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 (canceled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(deleted dataset)</source>
        <translation>(gelöschter Datensatz)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Import the rest of %n input(s) into %1; images already there are skipped.</source>
        <translation>
            <numerusform>Den Rest von %n Eingabe in %1 importieren; bereits vorhandene Bilder werden übersprungen.</numerusform>
            <numerusform>Den Rest von %n Eingaben in %1 importieren; bereits vorhandene Bilder werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>Caption the rest of %1; images this run captioned are not sent again.</source>
        <translation>Den Rest von %1 beschreiben; in diesem Durchlauf bereits beschriebene Bilder werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message>
        <source>Remove finished tasks from this list (the history stays in the library)</source>
        <translation>Erledigte Aufgaben aus dieser Liste entfernen (der Verlauf bleibt in der Bibliothek)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainActions</name>
    <message>
        <source>Train on Replicate…</source>
        <translation>Auf Replicate trainieren…</translation>
    </message>
    <message>
        <source>Trainings…</source>
        <translation>Trainings…</translation>
    </message>
    <message>
        <source>Export the dataset, upload it to Replicate and train a LoRA there</source>
        <translation>Den Datensatz exportieren, auf Replicate hochladen und dort eine LoRA trainieren</translation>
    </message>
    <message>
        <source>The dataset&apos;s trainings: status, inputs, weights</source>
        <translation>Die Trainings des Datensatzes: Status, Eingaben, Gewichte</translation>
    </message>
    <message>
        <source>Select a dataset to train on.</source>
        <translation>Wählen Sie einen Datensatz zum Trainieren aus.</translation>
    </message>
    <message>
        <source>Train %1 → %2</source>
        <translation>Training %1 → %2</translation>
    </message>
    <message>
        <source>The training of %1 has started: follow it in the Tasks panel or in Dataset → Trainings….</source>
        <translation>Das Training von %1 hat begonnen: Verfolgen Sie es in der Aufgabenleiste oder unter Datensatz → Trainings….</translation>
    </message>
    <message>
        <source>Select a dataset first.</source>
        <translation>Wählen Sie zuerst einen Datensatz aus.</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainDialog</name>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <source>At least %1.</source>
        <translation>Mindestens %1.</translation>
    </message>
    <message>
        <source>At most %1.</source>
        <translation>Höchstens %1.</translation>
    </message>
    <message>
        <source>Create it (private) if it does not exist</source>
        <translation>Anlegen (privat), falls nicht vorhanden</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Train “%1” on Replicate</source>
        <translation>„%1“ auf Replicate trainieren</translation>
    </message>
    <message>
        <source>owner/model-name</source>
        <translation>owner/model-name</translation>
    </message>
    <message>
        <source>The model on Replicate the training adds a version to. Each training of it adds a new version.</source>
        <translation>Das Modell auf Replicate, dem das Training eine Version hinzufügt. Jedes Training fügt eine neue Version hinzu.</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Trainer:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Trainer inputs</source>
        <translation>Trainer-Eingaben</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Checking the dataset…</source>
        <translation>Datensatz wird geprüft…</translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs…</source>
        <translation>Eingaben des Trainers werden abgefragt…</translation>
    </message>
    <message>
        <source>Looking up the trainer&apos;s inputs on Replicate…</source>
        <translation>Eingaben des Trainers werden auf Replicate abgefragt…</translation>
    </message>
    <message>
        <source>Inputs of %1, version %2, as Replicate describes them. Our values for this dataset are filled in; hover over a name for what it does.</source>
        <translation>Eingaben von %1, Version %2, wie Replicate sie beschreibt. Unsere Werte für diesen Datensatz sind eingetragen; bewegen Sie die Maus über einen Namen, um zu sehen, was er bewirkt.</translation>
    </message>
    <message>
        <source>The trainer&apos;s inputs could not be looked up (%1). These are LoRA Craft&apos;s values for the dataset.</source>
        <translation>Die Eingaben des Trainers konnten nicht abgefragt werden (%1). Dies sind die Werte von LoRA Craft für den Datensatz.</translation>
    </message>
    <message>
        <source>This version of the trainer publishes no input schema: LoRA Craft&apos;s values are sent, and Replicate checks them.</source>
        <translation>Diese Version des Trainers veröffentlicht kein Eingabeschema: Die Werte von LoRA Craft werden gesendet, und Replicate prüft sie.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>not set (secret: Replicate removes it once delivered)</source>
        <translation>nicht gesetzt (geheim: Replicate entfernt es nach der Übergabe)</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>eine URL</translation>
    </message>
    <message>
        <source>Trainer&apos;s default: %1.</source>
        <translation>Standard des Trainers: %1.</translation>
    </message>
    <message>
        <source>Filled in by LoRA Craft for this dataset.</source>
        <translation>Von LoRA Craft für diesen Datensatz eingetragen.</translation>
    </message>
    <message>
        <source>The dataset cannot be checked: %1</source>
        <translation>Der Datensatz kann nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), all captioned</source>
        <translation>
            <numerusform>%n Bild, beschrieben</numerusform>
            <numerusform>%n Bilder, alle beschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1 without a caption</source>
        <translation>
            <numerusform>%n Bild, %1 ohne Beschreibung</numerusform>
            <numerusform>%n Bilder, %1 ohne Beschreibung</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP about %1 (Replicate takes up to 100 MB)</source>
        <translation>ZIP etwa %1 (Replicate akzeptiert bis zu 100 MB)</translation>
    </message>
    <message>
        <source>The images add up to %1: the ZIP may pass 100 MB. Export smaller images (a long side of 1024 or 1536 px is plenty for a LoRA) or fewer of them; the size is checked again once the ZIP is made.</source>
        <translation>Die Bilder ergeben zusammen %1: Das ZIP kann 100 MB überschreiten. Exportieren Sie kleinere Bilder (eine lange Seite von 1024 oder 1536 px reicht für eine LoRA) oder weniger davon; die Größe wird nach dem Erstellen des ZIP erneut geprüft.</translation>
    </message>
    <message>
        <source>The dataset has no images to train on.</source>
        <translation>Der Datensatz hat keine Bilder zum Trainieren.</translation>
    </message>
    <message>
        <source>Fix the errors of the pre-flight first.</source>
        <translation>Beheben Sie zuerst die Fehler der Vorabprüfung.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Name the model the training adds a version to, as owner/name.</source>
        <translation>Geben Sie das Modell, dem das Training eine Version hinzufügt, als owner/name an.</translation>
    </message>
    <message>
        <source>Choose a destination model.</source>
        <translation>Wählen Sie ein Zielmodell.</translation>
    </message>
    <message>
        <source>A destination is owner/name: lowercase letters, digits, dots, dashes and underscores.</source>
        <translation>Ein Ziel hat die Form owner/name: Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <source>The destination is not owner/name.</source>
        <translation>Das Ziel hat nicht die Form owner/name.</translation>
    </message>
    <message>
        <source>Checking %1 on Replicate…</source>
        <translation>%1 wird auf Replicate geprüft…</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 exists; the training gives it its first version.</source>
        <translation>%1 existiert; das Training gibt ihm seine erste Version.</translation>
    </message>
    <message>
        <source>%1 exists; the training adds a new version to it.</source>
        <translation>%1 existiert; das Training fügt ihm eine neue Version hinzu.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, when the training starts.</source>
        <translation>%1 existiert noch nicht: Es wird beim Start des Trainings privat angelegt.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it will be created, private, if your token may act for %2.</source>
        <translation>%1 existiert noch nicht: Es wird privat angelegt, wenn Ihr Token für %2 handeln darf.</translation>
    </message>
    <message>
        <source>%1 does not exist. Let LoRA Craft create it, or create it on replicate.com.</source>
        <translation>%1 existiert nicht. Lassen Sie es von LoRA Craft anlegen oder legen Sie es auf replicate.com an.</translation>
    </message>
    <message>
        <source>The destination does not exist.</source>
        <translation>Das Ziel existiert nicht.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Ready: the dataset is exported and uploaded, then the training starts on Replicate (billed to your account).</source>
        <translation>Bereit: Der Datensatz wird exportiert und hochgeladen, dann startet das Training auf Replicate (über Ihr Konto abgerechnet).</translation>
    </message>
</context>
<context>
    <name>lc::ui::TrainingHistoryDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Training, %1 %</source>
        <translation>Training, %1 %</translation>
    </message>
    <message>
        <source>Waiting for a GPU</source>
        <translation>Warten auf eine GPU</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Download Weights…</source>
        <translation>Gewichte herunterladen…</translation>
    </message>
    <message>
        <source>Copy Model Name</source>
        <translation>Modellnamen kopieren</translation>
    </message>
    <message>
        <source>Copy Trigger Word</source>
        <translation>Triggerwort kopieren</translation>
    </message>
    <message>
        <source>Cancel Training</source>
        <translation>Training abbrechen</translation>
    </message>
    <message>
        <source>Ask Replicate</source>
        <translation>Replicate fragen</translation>
    </message>
    <message>
        <source>Trainings of “%1”</source>
        <translation>Trainings von „%1“</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>GPU time</source>
        <translation>GPU-Zeit</translation>
    </message>
    <message>
        <source>No training of this dataset yet. Dataset → Train on Replicate… starts one.</source>
        <translation>Noch kein Training dieses Datensatzes. Datensatz → Auf Replicate trainieren… startet eines.</translation>
    </message>
    <message>
        <source>Ask Replicate where the selected training is now.</source>
        <translation>Replicate nach dem aktuellen Stand des ausgewählten Trainings fragen.</translation>
    </message>
    <message>
        <source>Copies owner/name:version, what a prediction or another app takes.</source>
        <translation>Kopiert owner/name:version, was eine Vorhersage oder eine andere App erwartet.</translation>
    </message>
    <message>
        <source>Save the LoRA in</source>
        <translation>LoRA speichern in</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copied the trigger word %1</source>
        <translation>Triggerwort %1 kopiert</translation>
    </message>
    <message>
        <source>Download the LoRA of %1</source>
        <translation>LoRA von %1 herunterladen</translation>
    </message>
    <message>
        <source>Replicate says the training is %1.</source>
        <translation>Replicate meldet für das Training: %1.</translation>
    </message>
    <message>
        <source>Could not cancel the training: %1</source>
        <translation>Das Training konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>Could not reach Replicate: %1</source>
        <translation>Replicate nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>No Replicate token: add one in Settings → Replicate.</source>
        <translation>Kein Replicate-Token: Fügen Sie unter Einstellungen → Replicate eines hinzu.</translation>
    </message>
    <message>
        <source>The trainings cannot be read: %1</source>
        <translation>Die Trainings können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Trigger word</source>
        <translation>Triggerwort</translation>
    </message>
    <message>
        <source>LoRA saved</source>
        <translation>LoRA gespeichert</translation>
    </message>
    <message>
        <source>Training id</source>
        <translation>Trainings-ID</translation>
    </message>
    <message>
        <source>Total time on Replicate</source>
        <translation>Gesamtzeit auf Replicate</translation>
    </message>
    <message>
        <source>Dataset ZIP</source>
        <translation>Datensatz-ZIP</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Last log lines</source>
        <translation>Letzte Protokollzeilen</translation>
    </message>
    <message>
        <source>Try It…</source>
        <translation>Ausprobieren…</translation>
    </message>
    <message>
        <source>Make a few images with the new version on Replicate (billed to your account), with prompts that use the trigger word.</source>
        <translation>Einige Bilder mit der neuen Version auf Replicate erzeugen (über Ihr Konto abgerechnet), mit Prompts, die das Triggerwort verwenden.</translation>
    </message>
    <message>
        <source>Try the LoRA</source>
        <translation>LoRA ausprobieren</translation>
    </message>
    <message>
        <source>One image per prompt, made on Replicate with the new version:</source>
        <translation>Ein Bild pro Prompt, auf Replicate mit der neuen Version erzeugt:</translation>
    </message>
    <message>
        <source>Try %1</source>
        <translation>%1 ausprobieren</translation>
    </message>
    <message>
        <source>Images from the new version</source>
        <translation>Bilder der neuen Version</translation>
    </message>
</context>
<context>
    <name>lc::ui::UrlImportDialog</name>
    <message>
        <source>Import from URLs</source>
        <translation>Aus URLs importieren</translation>
    </message>
    <message>
        <source>Paste the addresses of images, one per line. They are downloaded into &lt;b&gt;%1&lt;/b&gt; and imported like any other file: only http and https, at most five redirects, image content only, the import&apos;s size limits, and images already in the dataset are not added twice. Each image keeps the address it came from.</source>
        <translation>Fügen Sie die Adressen von Bildern ein, eine pro Zeile. Sie werden nach &lt;b&gt;%1&lt;/b&gt; heruntergeladen und wie jede andere Datei importiert: nur http und https, höchstens fünf Weiterleitungen, nur Bildinhalte, die Größenlimits des Imports, und bereits im Datensatz vorhandene Bilder werden nicht doppelt hinzugefügt. Jedes Bild behält die Adresse, von der es stammt.</translation>
    </message>
    <message>
        <source>Download and Import</source>
        <translation>Herunterladen und importieren</translation>
    </message>
    <message>
        <source>No image address yet.</source>
        <translation>Noch keine Bildadresse.</translation>
    </message>
    <message numerus="yes">
        <source>To download: %n.</source>
        <translation>
            <numerusform>Herunterzuladen: %n.</numerusform>
            <numerusform>Herunterzuladen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, not an http or https address (%n): %1</source>
        <translation>
            <numerusform>Ausgelassen, keine http- oder https-Adresse (%n): %1</numerusform>
            <numerusform>Ausgelassen, keine http- oder https-Adressen (%n): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build training-ready LoRA datasets.</source>
        <translation>Trainingsfertige LoRA-Datensätze erstellen.</translation>
    </message>
    <message>
        <source>Open the library in DIR.</source>
        <translation>Die Bibliothek in DIR öffnen.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window to FILE and quit.</source>
        <translation>Einen Screenshot des Hauptfensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: select the first N images before the shot.</source>
        <translation>Mit --screenshot: vor der Aufnahme die ersten N Bilder auswählen.</translation>
    </message>
    <message>
        <source>Save a screenshot of the Export dialog to FILE and quit.</source>
        <translation>Einen Screenshot des Exportdialogs in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation>Der Schnappschuss kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1

The library is reopened as it was.</source>
        <translation>%1

Die Bibliothek wird im vorherigen Zustand wieder geöffnet.</translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation>Schnappschuss wiederhergestellt</translation>
    </message>
    <message>
        <source>The snapshot is restored. The catalog as it was before the restore is kept as the snapshot taken at %1 (File → Restore Snapshot… lists it).</source>
        <translation>Der Schnappschuss ist wiederhergestellt. Der Katalog von vor der Wiederherstellung wird als Schnappschuss vom %1 aufbewahrt (Datei → Schnappschuss wiederherstellen… listet ihn).</translation>
    </message>
    <message>
        <source>A library folder to open, or folders, images and ZIP files to import.</source>
        <translation>Ein Bibliotheksordner zum Öffnen, oder Ordner, Bilder und ZIP-Dateien zum Importieren.</translation>
    </message>
</context>
</TS>
