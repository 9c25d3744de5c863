<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BriefController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/brief_controller.py" line="+166"/>
        <source>%n paragraph(s) added to the brief</source>
        <translation>
            <numerusform>%n paragraph added to the brief</numerusform>
            <numerusform>%n paragraphs added to the brief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/import_dialog.py" line="+193"/>
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n footnote</numerusform>
            <numerusform>%n footnotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/library_controller.py" line="+151"/>
        <source>Remove %n document(s) from the library? A backup is taken first.</source>
        <translation>
            <numerusform>Remove %n document from the library? A backup is taken first.</numerusform>
            <numerusform>Remove %n documents from the library? A backup is taken first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>The documents that come with OIC Reader have a revised text: %n of your notes are on words it changed and need a look (Notes &gt; Notes to Review). None was dropped.</source>
        <translation>
            <numerusform>The documents that come with OIC Reader have a revised text: %n of your notes is on words it changed and needs a look (Notes &gt; Notes to Review). None was dropped.</numerusform>
            <numerusform>The documents that come with OIC Reader have a revised text: %n of your notes are on words it changed and need a look (Notes &gt; Notes to Review). None was dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteExchangeController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/note_exchange_controller.py" line="+114"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/preferences_dialog.py" line="+341"/>
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/print_controller.py" line="+54"/>
        <source>%n paragraph(s) selected for printing: %1</source>
        <translation>
            <numerusform>%n paragraph selected for printing: %1</numerusform>
            <numerusform>%n paragraphs selected for printing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>Saved %n page to %1</numerusform>
            <numerusform>Saved %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/search_dock.py" line="+269"/>
        <source>In notes: %n note(s)</source>
        <translation>
            <numerusform>In notes: %n note</numerusform>
            <numerusform>In notes: %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>First %n paragraph(s) found</source>
        <translation>
            <numerusform>First %n paragraph found</numerusform>
            <numerusform>First %n paragraphs found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paragraph(s) found</source>
        <translation>
            <numerusform>%n paragraph found</numerusform>
            <numerusform>%n paragraphs found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 in %n document(s)</source>
        <translation>
            <numerusform>%1 in %n document</numerusform>
            <numerusform>%1 in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The list stops at %n matches: refine the search to see the rest.</source>
        <translation>
            <numerusform>The list stops at %n match: refine the search to see the rest.</numerusform>
            <numerusform>The list stops at %n matches: refine the search to see the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicsController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/topics_controller.py" line="+217"/>
        <source>%1: paragraph(s) %2</source>
        <translation>
            <numerusform>%1: paragraph %2</numerusform>
            <numerusform>%1: paragraphs %2</numerusform>
        </translation>
    </message>
</context>
</TS>
