<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lc::ui::MainWindow</name>
    <message>
        <source>LoRA Craft</source>
        <translation>LoRA Craft</translation>
    </message>
</context>
</TS>
