<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../oicreader/ui/about_dialog.py" line="+46"/>
        <source>About OIC Reader</source>
        <translation>À propos d’OIC Reader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An offline reader for the reports of the Organisation of Islamic Cooperation: the Arabic text beside its English and French translations, paragraph by paragraph, with your own notes. It never connects to the network.</source>
        <translation>Un lecteur hors ligne des rapports de l’Organisation de la coopération islamique&#xa0;: le texte arabe en regard de ses traductions anglaise et française, paragraphe par paragraphe, avec vos propres notes. Il ne se connecte jamais au réseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your notes, settings and backups are kept in this folder:</source>
        <translation>Vos notes, vos réglages et vos sauvegardes sont conservés dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences of OIC Reader and its components</source>
        <translation>Licences d’OIC Reader et de ses composants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MIT License</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNU Lesser General Public License, version 3</source>
        <translation>Licence publique générale limitée GNU (LGPL), version 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amiri font</source>
        <translation>Police Amiri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIL Open Font License, version 1.1</source>
        <translation>Licence SIL Open Font (OFL), version 1.1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apache License, version 2.0</source>
        <translation>Licence Apache, version 2.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apache License, version 2.0, or BSD 3-Clause License</source>
        <translation>Licence Apache, version 2.0, ou licence BSD à trois clauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD 3-Clause License</source>
        <translation>Licence BSD à trois clauses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Amiri font (copyright 2010–2022 The Amiri Project Authors) is licensed under the SIL Open Font License 1.1: it may be used, studied, modified and redistributed freely, and bundled with any software, but not sold by itself. The licence follows; its English text is the authoritative one.</source>
        <translation>La police Amiri (copyright 2010–2022 The Amiri Project Authors) est distribuée sous la licence SIL Open Font 1.1&#xa0;: elle peut être utilisée, étudiée, modifiée et redistribuée librement, et fournie avec tout logiciel, mais non vendue seule. Le texte de la licence suit&#xa0;; seul le texte anglais fait foi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text of the SIL Open Font License</source>
        <translation>Texte de la licence SIL Open Font</translation>
    </message>
</context>
<context>
    <name>AlignmentController</name>
    <message>
        <location filename="../../oicreader/ui/alignment_controller.py" line="+56"/>
        <source>Re-link %1 Paragraph</source>
        <translation>Relier autrement le paragraphe (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>Remonter d’une &amp;ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre d’une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with Next Row</source>
        <translation>&amp;Fusionner avec la ligne suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split</source>
        <translation>&amp;Scinder</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Re-link</source>
        <translation>Relier autrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row was not re-linked.</source>
        <translation>La ligne n’a pas été reliée autrement.</translation>
    </message>
</context>
<context>
    <name>CitationController</name>
    <message>
        <location filename="../../oicreader/ui/citation_controller.py" line="+53"/>
        <source>Nothing to copy</source>
        <translation>Rien à copier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied with its citation</source>
        <translation>Copié avec sa référence</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../oicreader/ui/compare_dialog.py" line="+70"/>
        <source>Compare Revisions</source>
        <translation>Comparer les révisions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final</source>
        <translation>version finale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 (%2)</source>
        <translation>Révision %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count diacritics, hamza and case as changes</source>
        <translation>Compter les signes diacritiques, la hamza et la casse comme des modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes between the revisions</source>
        <translation>Modifications entre les révisions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This document has only one revision.</source>
        <translation>Ce document n’a qu’une seule révision.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paragraph %2 edited</source>
        <translation>Paragraphe %2 modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph %1 is now %2</source>
        <translation>Le paragraphe %1 est désormais le paragraphe %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph %2 inserted</source>
        <translation>Paragraphe %2 inséré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph %1 deleted</source>
        <translation>Paragraphe %1 supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 paragraph versions changed</source>
        <translation>Versions de paragraphes modifiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <location filename="../../oicreader/ui/data_folder.py" line="+23"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data folder in the system&apos;s file manager</source>
        <translation>Afficher le dossier des données dans le gestionnaire de fichiers du système</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../oicreader/ui/import_controller.py" line="+66"/>
        <source>Import a report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Rapports (*.txt *.docx *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This file could not be imported; the library is unchanged.</source>
        <translation>Ce fichier n’a pas pu être importé&#xa0;; la bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Importation annulée&#xa0;; la bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is the same as the current revision; nothing was imported.</source>
        <translation>Ce texte est identique à la révision actuelle&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes to review</source>
        <translation>Notes à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 is open. %2 of your notes were placed on the new text; %3 need a look (Notes &gt; Notes to Review). None was dropped.</source>
        <translation>La révision %1 est ouverte. %2 de vos notes ont été placées sur le nouveau texte&#xa0;; %3 sont à revoir (Notes &gt; Notes à revoir). Aucune n&apos;a été supprimée.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password given does not open %1. Try again:</source>
        <translation>Le mot de passe saisi n’ouvre pas %1. Réessayez&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 est protégé par un mot de passe. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: page %2 of %3</source>
        <translation>%1&#xa0;: page %2 sur %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../oicreader/ui/import_dialog.py" line="+64"/>
        <source>Import Report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out</source>
        <translation>Laissé de côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Symbol:</source>
        <translation>Cote&#xa0;:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 numbered by Word</source>
        <translation>%1 numérotés par Word</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (%1)</source>
        <translation>Texte (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language given</source>
        <translation>langue indiquée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language detected</source>
        <translation>langue détectée</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n note de bas de page</numerusform>
            <numerusform>%n notes de bas de page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers and footers: %1</source>
        <translation>en-têtes et pieds de page&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These files hold the same text as revision %1 of %2: there is nothing to import.</source>
        <translation>Ces fichiers contiennent le même texte que la révision %1 de %2&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new document: %1.</source>
        <translation>Nouveau document&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the library: this adds revision %2 and keeps the earlier ones; your notes are placed on the new text, and any it cannot place with confidence are listed for review.</source>
        <translation>%1 est déjà dans la bibliothèque&#xa0;: la révision %2 est ajoutée et les précédentes sont conservées&#xa0;; vos notes sont placées sur le nouveau texte, et celles qui ne peuvent l’être avec certitude sont listées pour vérification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not in these files: %1.</source>
        <translation>Absentes de ces fichiers&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <location filename="../../oicreader/ui/legend_dialog.py" line="+31"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your highlight, in the colour you chose, underlined in a deeper shade</source>
        <translation>Votre surlignage, dans la couleur choisie, souligné d&apos;une teinte plus soutenue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word found by the search</source>
        <translation>Un mot trouvé par la recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A paragraph of the topic chosen in the Topics panel</source>
        <translation>Un paragraphe du thème choisi dans le panneau Thèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rows of the chosen topic, tinted while no search is active</source>
        <translation>Les lignes du thème choisi, teintées tant qu&apos;aucune recherche n&apos;est en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current paragraph</source>
        <translation>Le paragraphe courant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sentence under the pointer or the caret, and what renders it in the other languages</source>
        <translation>La phrase sous le pointeur ou le curseur, et ce qui la rend dans les autres langues</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected for printing (click a paragraph&apos;s number)</source>
        <translation>Sélectionné pour l&apos;impression (cliquez sur le numéro d&apos;un paragraphe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paragraph has notes</source>
        <translation>Ce paragraphe a des notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language versions differ here</source>
        <translation>Les versions linguistiques diffèrent ici</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../oicreader/ui/library_controller.py" line="+75"/>
        <source>The documents were not removed; your library is unchanged.</source>
        <translation>Les documents n’ont pas été retirés ; votre bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal failed</source>
        <translation>Échec du retrait</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove Documents</source>
        <translation>Retirer des documents</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n document(s) from the library? A backup is taken first.</source>
        <translation>
            <numerusform>Retirer %n document de la bibliothèque ? Une sauvegarde est faite d’abord.</numerusform>
            <numerusform>Retirer %n documents de la bibliothèque ? Une sauvegarde est faite d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their notes can stay in the library, or be exported to a file and removed.</source>
        <translation>Leurs notes peuvent rester dans la bibliothèque, ou être exportées dans un fichier puis retirées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Their Notes</source>
        <translation>Garder leurs notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Notes, Then Remove Them</source>
        <translation>Exporter les notes, puis les retirer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The backup was not restored; your library is unchanged.</source>
        <translation>La sauvegarde n’a pas été restaurée&#xa0;; votre bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The documents that come with OIC Reader could not be checked for a newer version; the copies in your library are shown.</source>
        <translation>Impossible de vérifier si les documents fournis avec OIC Reader existent en version plus récente&#xa0;; les copies de votre bibliothèque sont affichées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstalling OIC Reader restores its files.</source>
        <translation>Réinstaller OIC Reader rétablit ses fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled documents not checked</source>
        <translation>Documents fournis non vérifiés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Today&apos;s backup of your notes could not be made.</source>
        <translation>La sauvegarde de vos notes n’a pas pu être faite aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily backup failed</source>
        <translation>Échec de la sauvegarde quotidienne</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../oicreader/ui/library_dock.py" line="+27"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: symbol, title, date, status…</source>
        <translation>Filtrer&#xa0;: cote, titre, date, statut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/library_model.py" line="+196"/>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../../oicreader/ui/library_messages.py" line="+41"/>
        <source>Library restored</source>
        <translation>Bibliothèque restaurée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s write-ahead log could not be used (%1). The library and its log are kept, unchanged, as %2. OIC Reader goes on from the library file itself, which is intact, so nothing needed restoring.</source>
        <translation>Le journal d’écriture anticipée de la bibliothèque était inutilisable (%1). La bibliothèque et son journal sont conservés, inchangés, sous le nom %2. OIC Reader repart du fichier de la bibliothèque lui-même, qui est intact&#xa0;: rien n’a dû être restauré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The library file was damaged (%1). It is kept, unchanged, as %2. No usable backup was found, so OIC Reader starts a new library with the notes it could read from the damaged file.</source>
        <translation>Le fichier de la bibliothèque était endommagé (%1). Il est conservé, inchangé, sous le nom %2. Aucune sauvegarde utilisable n&apos;a été trouvée&#xa0;: OIC Reader commence une nouvelle bibliothèque avec les notes qu&apos;il a pu lire dans le fichier endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library file was damaged (%1). It is kept, unchanged, as %2. No usable backup was found, so OIC Reader starts with a new, empty library.</source>
        <translation>Le fichier de la bibliothèque était endommagé (%1). Il est conservé, inchangé, sous le nom %2. Aucune sauvegarde utilisable n’a été trouvée&#xa0;: OIC Reader démarre donc avec une nouvelle bibliothèque vide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library file was damaged (%1). It is kept, unchanged, as %2. OIC Reader restored the backup of %3 (%4); anything written after that time is only in the damaged copy.</source>
        <translation>Le fichier de la bibliothèque était endommagé (%1). Il est conservé, inchangé, sous le nom %2. OIC Reader a restauré la sauvegarde du %3 (%4)&#xa0;; tout ce qui a été écrit après ce moment ne se trouve que dans la copie endommagée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No note could be read from the damaged file.</source>
        <translation>Aucune note n&apos;a pu être lue dans le fichier endommagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OIC Reader added back the notes it could read from the damaged file that the backup lacked or held in an older version.</source>
        <translation>OIC Reader a rajouté les notes qu&apos;il a pu lire dans le fichier endommagé et que la sauvegarde n&apos;avait pas, ou avait dans une version plus ancienne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes recovered from the damaged file: %1; notes that could not be read: %2.</source>
        <translation>Notes récupérées dans le fichier endommagé&#xa0;: %1&#xa0;; notes illisibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kept deleted: %1 (deleted here after the copy in the file was last changed).</source>
        <translation>Restées supprimées&#xa0;: %1 (supprimées ici après la dernière modification de leur copie dans le fichier).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dated in the future, the copy here kept: %1.</source>
        <translation>Datées dans le futur, copie locale conservée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept for review, as their place is not in this library or their date is in the future: %1 (Notes &gt; Notes to Review).</source>
        <translation>Gardées pour vérification, leur emplacement n&apos;étant pas dans cette bibliothèque ou leur date étant dans le futur&#xa0;: %1 (Notes &gt; Notes à revoir).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored the backup of %1 (%2).</source>
        <translation>La sauvegarde du %1 (%2) a été restaurée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library it replaced was damaged (%1) and is kept, unchanged, as %2.</source>
        <translation>La bibliothèque qu’elle remplace était endommagée (%1)&#xa0;; elle est conservée, inchangée, sous le nom %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library it replaced is kept as %1 and was backed up as %2.</source>
        <translation>La bibliothèque qu’elle remplace est conservée sous le nom %1 et a été sauvegardée sous le nom %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library it replaced is kept as %1.</source>
        <translation>La bibliothèque qu’elle remplace est conservée sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oicreader/ui/main_window.py" line="+85"/>
        <source>Position in the document</source>
        <translation>Position dans le document</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/library_messages.py" line="-79"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>Ajoutées&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../oicreader/ui/names.py" line="+17"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arabic</source>
        <comment>inside a sentence</comment>
        <translation>arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <comment>inside a sentence</comment>
        <translation>français</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or hide the Arabic column</source>
        <translation>Afficher ou masquer la colonne arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the English column</source>
        <translation>Afficher ou masquer la colonne anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the French column</source>
        <translation>Afficher ou masquer la colonne française</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One language</source>
        <translation>Une seule langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interleaved</source>
        <translation>En alternance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without my notes</source>
        <translation>Sans mes notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes under each paragraph</source>
        <translation>Mes notes sous chaque paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes as numbered endnotes</source>
        <translation>Mes notes en notes de fin numérotées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>taken by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before importing notes</source>
        <translation>avant une importation de notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the bundled report was updated</source>
        <translation>avant la mise à jour du rapport fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before a new revision was imported</source>
        <translation>avant l’importation d’une nouvelle révision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>before a library upgrade</source>
        <translation>avant une mise à niveau de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../oicreader/ui/note_editor.py" line="+106"/>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the words: %1</source>
        <translation>Sur les mots&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a note…</source>
        <translation>Écrivez une note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the note on %1</source>
        <translation>Texte de la note sur %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note on %1</source>
        <translation>Supprimer la note sur %1</translation>
    </message>
</context>
<context>
    <name>NoteExchangeController</name>
    <message>
        <location filename="../../oicreader/ui/note_exchange_controller.py" line="+36"/>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotation (*.jsonld *.json)</source>
        <translation>Annotations web (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes could not be written to this file.</source>
        <translation>Les notes n’ont pas pu être écrites dans ce fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>%n note exportée vers %1</numerusform>
            <numerusform>%n notes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotation (*.jsonld *.json);;All files (*)</source>
        <translation>Annotations web (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No note was imported: the file cannot be read as notes.</source>
        <translation>Aucune note n’a été importée&#xa0;: ce fichier ne peut pas être lu comme un fichier de notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note was imported; your notes are unchanged.</source>
        <translation>Aucune note n’a été importée&#xa0;; vos notes sont inchangées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes imported</source>
        <translation>Notes importées</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../oicreader/ui/notes_controller.py" line="+127"/>
        <source>Select some words in one paragraph first.</source>
        <translation>Sélectionnez d’abord quelques mots dans un même paragraphe.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Note deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Note supprimée. Appuyez sur Ctrl+Z pour la rétablir.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Opened %1 to show the note</source>
        <translation>%1 a été ouvert pour afficher la note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on Paragraph %1…</source>
        <translation>Note sur le paragraphe %1…</translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../oicreader/ui/notes_dock.py" line="+42"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Filter notes</source>
        <translation>Filtrer les notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by text</source>
        <translation>Filtrer les notes par texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by document</source>
        <translation>Filtrer les notes par document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by tag</source>
        <translation>Filtrer les notes par étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by colour</source>
        <translation>Filtrer les notes par couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter notes by language</source>
        <translation>Filtrer les notes par langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Notes on paragraph %1</source>
        <translation>Notes sur le paragraphe %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>No notes on this paragraph. Select words and press Ctrl+H to highlight them, or Ctrl+Shift+N to add a note.</source>
        <translation>Aucune note sur ce paragraphe. Sélectionnez des mots et appuyez sur Ctrl+H pour les surligner, ou sur Ctrl+Shift+N pour ajouter une note.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../oicreader/ui/outline_dock.py" line="+76"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outline of paragraphs</source>
        <translation>Plan des paragraphes</translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <location filename="../../oicreader/ui/parallel_view.py" line="+82"/>
        <source>Parallel text</source>
        <translation>Texte en parallèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report paragraph by paragraph, one column per language</source>
        <translation>Le rapport paragraphe par paragraphe, une colonne par langue</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>Selected for printing</source>
        <translation>Sélectionné pour l’impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This paragraph has notes</source>
        <translation>Ce paragraphe a des notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language versions differ here</source>
        <translation>Les versions linguistiques diffèrent ici</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../oicreader/ui/preferences_dialog.py" line="+73"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printing</source>
        <translation>Im&amp;pression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data and Backups</source>
        <translation>&amp;Données et sauvegardes</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new interface language takes effect the next time OIC Reader starts.</source>
        <translation>La nouvelle langue de l’interface s’appliquera au prochain démarrage d’OIC Reader.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fonts of the text</source>
        <translation>Polices du texte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Arabic:</source>
        <translation>&amp;Arabe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English and French:</source>
        <translation>Anglais et &amp;français&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts change at once.</source>
        <translation>Les polices changent immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages shown</source>
        <translation>Langues affichées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the languages to show, in their order from the right edge of the text:</source>
        <translation>Cochez les langues à afficher, dans leur ordre à partir du bord droit du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the languages to show, in their order from the left edge of the text:</source>
        <translation>Cochez les langues à afficher, dans leur ordre à partir du bord gauche du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Languages shown and their order</source>
        <translation>Langues affichées et leur ordre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns change at once.</source>
        <translation>Les colonnes changent immédiatement.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The print options start from these choices; you can change them there.</source>
        <translation>Les options d’impression partent de ces choix&#xa0;; vous pouvez les y modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;layout:</source>
        <translation>&amp;Mise en page par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default p&amp;aper:</source>
        <translation>Format de papier par déf&amp;aut&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library, notes, settings and backups are kept here.</source>
        <translation>Votre bibliothèque, vos notes, vos réglages et vos sauvegardes sont conservés ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen backup in place of the library</source>
        <translation>Mettre la sauvegarde choisie à la place de la bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is taken every day you use OIC Reader and before every change that rewrites the library. Restoring a backup keeps the current library beside it.</source>
        <translation>Une sauvegarde est faite chaque jour où vous utilisez OIC Reader et avant toute modification qui réécrit la bibliothèque. La restauration d’une sauvegarde conserve la bibliothèque actuelle à côté.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No backup was taken: %1</source>
        <translation>Aucune sauvegarde n’a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up as %1.</source>
        <translation>Sauvegardé sous le nom %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the backup of %1 in place of your library? Notes written since then will no longer be shown; the current library is first backed up and kept beside it, so nothing is deleted.</source>
        <translation>Mettre la sauvegarde du %1 à la place de votre bibliothèque&#x202f;? Les notes écrites depuis ne seront plus affichées&#xa0;; la bibliothèque actuelle est d’abord sauvegardée et conservée à côté, si bien que rien n’est supprimé.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/print_controller.py" line="+59"/>
        <source>%n paragraph(s) selected for printing: %1</source>
        <translation>
            <numerusform>%n paragraphe sélectionné pour l’impression&#xa0;: %1</numerusform>
            <numerusform>%n paragraphes sélectionnés pour l’impression&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No paragraph selected for printing: all will be printed</source>
        <translation>Aucun paragraphe sélectionné pour l’impression&#xa0;: tous seront imprimés</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select Paragraphs for Printing</source>
        <translation>Choisir les paragraphes à imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs (e.g. 3, 5-7):</source>
        <translation>Paragraphes (par ex. 3, 5-7)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print selection</source>
        <translation>Sélection à imprimer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>These pages cannot be laid out for printing.</source>
        <translation>Ces pages ne peuvent pas être mises en page pour l’impression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written to this file.</source>
        <translation>Le PDF n’a pas pu être écrit dans ce fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>%n page enregistrée dans %1</numerusform>
            <numerusform>%n pages enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../oicreader/ui/print_dialog.py" line="+48"/>
        <source>Cannot read “%1”: write paragraph numbers and ranges separated by commas, such as 3, 5-7.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: écrivez des numéros et des plages de paragraphes séparés par des virgules, par exemple 3, 5-7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This document has no paragraph %1: its paragraphs are %2.</source>
        <translation>Ce document n’a pas de paragraphe %1&#xa0;: ses paragraphes sont les paragraphes %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print Options</source>
        <translation>Options d’impression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All paragraphs, or e.g. 3, 5-7</source>
        <translation>Tous les paragraphes, ou par ex. 3, 5-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs to print</source>
        <translation>Paragraphes à imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages, the page language first</source>
        <translation>Langues, la langue de la page en premier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print my &amp;highlights</source>
        <translation>Imprimer mes &amp;surlignages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> mm</source>
        <comment>millimetres, after the margin&apos;s width</comment>
        <translation>&#xa0;mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins in millimetres</source>
        <translation>Marges en millimètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Paragraphs:</source>
        <translation>&amp;Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;yout:</source>
        <translation>Mise en pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;aper:</source>
        <translation>Forma&amp;t du papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick at least one language to print.</source>
        <translation>Cochez au moins une langue à imprimer.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../oicreader/ui/interface_language.py" line="+62"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../oicreader/ui/reading_controller.py" line="+75"/>
        <source>OIC Reader — %1</source>
        <translation>OIC Reader — %1</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Go to Paragraph</source>
        <translation>Aller au paragraphe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph number:</source>
        <translation>Numéro du paragraphe&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paragraph %1 of %2</source>
        <translation>Paragraphe %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../oicreader/ui/review_dialog.py" line="+31"/>
        <source>Notes to Review</source>
        <translation>Notes à vérifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes that need a look after a new revision</source>
        <translation>Notes à vérifier après une nouvelle révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Where Placed</source>
        <translation>Laisser à cet emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach to Selected Words</source>
        <translation>Rattacher aux mots sélectionnés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of these notes was dropped: each is kept where it was placed (or on its paragraph) until you decide.</source>
        <translation>Aucune de ces notes n’a été supprimée&#xa0;: chacune reste là où elle a été placée (ou sur son paragraphe) jusqu’à votre décision.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(whole paragraph)</source>
        <translation>(paragraphe entier)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>¶%1 [%2] revision %3: «%4»</source>
        <translation>¶%1 [%2] révision %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now: ¶%1 — %2</source>
        <translation>Désormais&#xa0;: ¶%1 — %2</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../oicreader/ui/search_dock.py" line="+41"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search in Arabic, English or French</source>
        <translation>Rechercher en arabe, en anglais ou en français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search query</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n paragraph(s) found</source>
        <translation>
            <numerusform>%n paragraphe trouvé</numerusform>
            <numerusform>%n paragraphes trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../oicreader/ui/shortcuts_dialog.py" line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by action, key or menu</source>
        <translation>Filtrer par commande, touche ou menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../oicreader/ui/note_editor.py" line="-87"/>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>TopicsController</name>
    <message>
        <location filename="../../oicreader/ui/topics_controller.py" line="+157"/>
        <source>%1: paragraphs %2</source>
        <translation>%1&#xa0;: paragraphes %2</translation>
    </message>
</context>
<context>
    <name>TopicsDock</name>
    <message>
        <location filename="../../oicreader/ui/topics_dock.py" line="+31"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Topics of the document</source>
        <translation>Thèmes du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a topic to mark its paragraphs and bring the first into view</source>
        <translation>Choisissez un thème pour marquer ses paragraphes et afficher le premier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Differences between versions</source>
        <translation>Différences entre les versions</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Themes</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places and organisations</source>
        <translation>Lieux et organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tags</source>
        <translation>Mes étiquettes</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Paragraphs: %1</source>
        <translation>Paragraphes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¶%1 %2 %3: in %4; not in %5</source>
        <translation>¶%1 %2 %3&#xa0;: en %4&#xa0;; absent en %5</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../oicreader/ui/tour.py" line="+36"/>
        <source>Each row is one paragraph of the report: the Arabic original beside its English and French translations. Show or hide a language with %1 or the toolbar&apos;s buttons; View &gt; Column Order puts the columns in another order.</source>
        <translation>Chaque ligne est un paragraphe du rapport&#xa0;: l’original arabe à côté de ses traductions anglaise et française. Affichez ou masquez une langue avec %1 ou les boutons de la barre d’outils&#x202f;; Affichage &gt; Ordre des colonnes les range autrement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Topics panel groups the paragraphs by the questions, countries and organisations they speak of. Choose a topic to mark its paragraphs, then go from one to the next with %1 and back with %2.</source>
        <translation>Le panneau Thèmes regroupe les paragraphes selon les questions, les pays et les organisations dont ils traitent. Choisissez un thème pour en marquer les paragraphes, puis passez de l’un au suivant avec %1 et revenez en arrière avec %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select words and press %1 to highlight them, or %2 to write a note on them; %3 writes a note on the whole paragraph. The Notes panel lists your notes; they stay on this computer.</source>
        <translation>Sélectionnez des mots et appuyez sur %1 pour les surligner, ou sur %2 pour y attacher une note&#x202f;; %3 écrit une note sur tout le paragraphe. Le panneau Notes réunit vos notes&#x202f;; elles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click paragraph numbers to choose what to print. Print (%1) and Export PDF (%2) lay out the languages shown, with or without your notes. %3 copies a passage followed by its citation.</source>
        <translation>Cliquez sur les numéros de paragraphe pour choisir ce que vous imprimerez. Imprimer (%1) et Exporter en PDF (%2) mettent en page les langues affichées, avec ou sans vos notes. %3 copie un passage suivi de sa référence.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three languages side by side</source>
        <translation>Trois langues côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing and citing</source>
        <translation>Imprimer et citer</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location line="+12"/>
        <source>Welcome to OIC Reader</source>
        <translation>Bienvenue dans OIC Reader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../oicreader/ui/actions.py" line="+99"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Revisions…</source>
        <translation>&amp;Comparer les révisions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes to &amp;Review…</source>
        <translation>Notes à &amp;revoir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About OIC Reader</source>
        <translation>À &amp;propos d’OIC Reader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo Delete Note</source>
        <translation>Ann&amp;uler la suppression de la note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with Ci&amp;tation</source>
        <translation>Copier a&amp;vec la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Paragraph…</source>
        <translation>&amp;Aller au paragraphe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Paragraph</source>
        <translation>Paragraphe &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Paragraph</source>
        <translation>Paragraphe &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>A&amp;vancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual &amp;Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font for &amp;Arabic…</source>
        <translation>Police du texte &amp;arabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font for &amp;English and French…</source>
        <translation>Police du texte anglais et &amp;français…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;gend…</source>
        <translation>Lé&amp;gende…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Paragraph in &amp;Topic</source>
        <translation>Paragraphe suivant dans le &amp;thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Paragraph in T&amp;opic</source>
        <translation>Paragraphe précédent dans le t&amp;hème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Surligner la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Note to Selection…</source>
        <translation>&amp;Ajouter une note à la sélection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on the Current &amp;Paragraph</source>
        <translation>Note sur le &amp;paragraphe courant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport Notes…</source>
        <translation>Importer les &amp;notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Paragraphs for Printing…</source>
        <translation>Choisir les paragraphes à imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select This Topic&apos;s Paragraphs</source>
        <translation>Choisir les paragraphes de ce thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the Search Results</source>
        <translation>Choisir les résultats de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Print Selection</source>
        <translation>Effacer la sélection à imprimer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;Couleur de surlignage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print &amp;Selection</source>
        <translation>&amp;Sélection à imprimer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &amp;Order</source>
        <translation>&amp;Ordre des colonnes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
</TS>
