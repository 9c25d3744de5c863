<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<!-- Qt's own strings that qtbase_ar.qm (PySide6 6.11) leaves in English, in the
     print, page-setup and file dialogs. Edited by hand: lupdate does not touch this file;
     `python -m oicreader.devtools.translations build` compiles it. Drop an entry once Qt translates it. -->
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;نظر في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;ترتيب الصّفحات:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>الصّفحات في &amp;كلّ ورقة:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Double Sided Printing</source>
        <translation>الطّباعة على الوجهين</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>التّجليد على الحافّة الطّويلة</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>التّجليد على الحافّة القصيرة</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصّفحات</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;مجموعة الصّفحات:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>حدّد الصّفحات أو نطاقاتها مفصولةً بفواصل. يُحدَّد النّطاق برقمين بينهما شَرطة. مثلًا: 3,5-7,9 يطبع الصّفحات 3 و5 و6 و7 و9.</translation>
    </message>
</context>
</TS>
