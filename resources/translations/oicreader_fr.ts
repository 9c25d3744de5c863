<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../oicreader/annotations/w3c_export.py" line="+59"/>
        <source>it is given twice</source>
        <translation>elle figure deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note {id}: {problem}</source>
        <translation>note {id}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../oicreader/annotations/w3c_validation.py" line="+89"/>
        <source>{earlier}; {problem}</source>
        <translation>{earlier}&#xa0;; {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../oicreader/annotations/w3c_validation.py" line="+6"/>
        <source>{listed}; and {more} more</source>
        <translation>{listed}&#xa0;; et {more} autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot export the notes faithfully: {problems}</source>
        <translation>impossible d’exporter fidèlement les notes&#xa0;: {problems}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>its id is not a lower-case UUID</source>
        <translation>son identifiant n’est pas un UUID en minuscules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its {name} is not a whole number from 0 to 999999999999</source>
        <translation>le champ «&#xa0;{name}&#xa0;» n’est pas un nombre entier compris entre 0 et 999999999999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document key</source>
        <translation>clé du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its {name} is empty or not valid Unicode</source>
        <translation>le champ «&#xa0;{name}&#xa0;» est vide ou n’est pas en Unicode valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its colour {colour} is not lower-case #rrggbb</source>
        <translation>sa couleur {colour} n’est pas au format #rrggbb en minuscules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>modification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its {name} time {time} is not like {example}</source>
        <translation>l’heure de {name} {time} ne suit pas le modèle {example}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its highlight range {start}-{end} is empty or negative</source>
        <translation>sa plage de surlignage {start}-{end} est vide ou négative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its highlight has no quoted words</source>
        <translation>son surlignage ne cite aucun mot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its text holds a lone surrogate, which is not a character</source>
        <translation>son texte contient un demi-codet isolé, qui n’est pas un caractère</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/w3c_files.py" line="+30"/>
        <source>The file is damaged or is not a notes file; export the notes again from OIC Reader.</source>
        <translation>Le fichier est endommagé ou n’est pas un fichier de notes&#xa0;; exportez de nouveau les notes depuis OIC Reader.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line {line}, byte {column}</source>
        <translation>ligne {line}, octet {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>ce n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the file as UTF-8, or export the notes again from OIC Reader.</source>
        <translation>Enregistrez le fichier en UTF-8, ou exportez de nouveau les notes depuis OIC Reader.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../oicreader/importing/bundle.py" line="+76"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not JSON: {reason}</source>
        <translation>ce n’est pas du JSON&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a notes file: its JSON is nested too deeply</source>
        <translation>ce n’est pas un fichier de notes&#xa0;: son JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not usable JSON: {reason}</source>
        <translation>JSON inutilisable&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/sealed_notes.py" line="+65"/>
        <source>Ask the sender to export the notes again, encrypted.</source>
        <translation>Demandez à l’expéditeur d’exporter de nouveau les notes, chiffrées.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>an empty passphrase protects nothing</source>
        <translation>une phrase secrète vide ne protège rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the notes would take over {limit} MB sealed, more than an import accepts</source>
        <translation>chiffrées, les notes dépasseraient {limit}&#xa0;Mo, plus qu’une importation n’en accepte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the notes unencrypted, or fewer of them.</source>
        <translation>Exportez les notes sans chiffrement, ou moins de notes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not a sealed notes file (it does not begin as one)</source>
        <translation>ce n’est pas un fichier de notes chiffrées (il ne commence pas comme tel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is the .oicnotes file you were sent.</source>
        <translation>Vérifiez qu’il s’agit bien du fichier .oicnotes que l’on vous a envoyé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is in sealed notes format {version}; this OIC Reader reads format {known} only</source>
        <translation>le fichier est au format de notes chiffrées {version}&#xa0;; cette version d’OIC Reader ne lit que le format {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update OIC Reader, or ask the sender for a file of this format.</source>
        <translation>Mettez à jour OIC Reader, ou demandez à l’expéditeur un fichier dans ce format.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the passphrase is wrong, or the file was changed or cut short after it was sealed</source>
        <translation>la phrase secrète est fausse, ou le fichier a été modifié ou tronqué après son chiffrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase again (letters, case and spaces count); if it is right, ask the sender to export the notes again, encrypted.</source>
        <translation>Tapez de nouveau la phrase secrète (lettres, majuscules et espaces comptent)&#xa0;; si elle est juste, demandez à l’expéditeur d’exporter de nouveau les notes, chiffrées.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../oicreader/annotations/w3c_files.py" line="+13"/>
        <source>the file is {size} MB; notes files over {limit} MB are refused</source>
        <translation>le fichier fait {size}&#xa0;Mo&#xa0;; les fichiers de notes de plus de {limit}&#xa0;Mo sont refusés</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../oicreader/annotations/w3c_files.py" line="+6"/>
        <source>Check that this is the notes file you meant; 100,000 notes take about 60 MB.</source>
        <translation>Vérifiez qu’il s’agit bien du fichier de notes voulu&#xa0;; 100&#xa0;000 notes occupent environ 60&#xa0;Mo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is cut short: it ends inside its header</source>
        <translation>le fichier est tronqué&#xa0;: il s’arrête au milieu de son en-tête</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/w3c_import.py" line="+37"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an annotation collection, page, annotation or list</source>
        <translation>une collection d’annotations, une page, une annotation ou une liste était attendue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing: the collection holds no page of notes</source>
        <translation>manquant&#xa0;: la collection ne contient aucune page de notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the notes are on a page elsewhere (a link), not in this file; only collections with their notes inside can be imported</source>
        <translation>les notes se trouvent sur une page ailleurs (un lien), et non dans ce fichier&#xa0;; seules les collections qui contiennent leurs notes peuvent être importées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an AnnotationPage (a JSON object)</source>
        <translation>un AnnotationPage (objet JSON) était attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number ≥ 0</source>
        <translation>un nombre entier ≥ 0 était attendu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the collection says it holds {total} notes but the file has {count}</source>
        <translation>la collection indique contenir {total} notes, mais le fichier en contient {count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the notes continue on another page that is not in this file</source>
        <translation>les notes se poursuivent sur une autre page qui ne figure pas dans ce fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the page has no list of notes</source>
        <translation>manquant&#xa0;: la page ne contient pas de liste de notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a list of annotations</source>
        <translation>une liste d’annotations était attendue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected the W3C annotation context {context}</source>
        <translation>le contexte d’annotation W3C {context} était attendu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected an annotation (a JSON object)</source>
        <translation>une annotation (objet JSON) était attendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;Annotation&quot;</source>
        <translation>«&#xa0;Annotation&#xa0;» était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: every note needs its creation time</source>
        <translation>manquant&#xa0;: chaque note doit avoir sa date de création</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a motivation name such as commenting</source>
        <translation>un nom de motivation tel que commenting était attendu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>missing: every note needs an id (urn:uuid: and a UUID)</source>
        <translation>manquant&#xa0;: chaque note doit avoir un identifiant (urn:uuid: suivi d’un UUID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text: urn:uuid: and a UUID</source>
        <translation>du texte était attendu&#xa0;: urn:uuid: suivi d’un UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected urn:uuid: and a UUID, not {value}</source>
        <translation>urn:uuid: suivi d’un UUID était attendu, et non {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the same id as {first}: a note may appear only once</source>
        <translation>le même identifiant que {first}&#xa0;: une note ne peut figurer qu’une seule fois</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected {what}, not {value}</source>
        <translation>{what} était attendu, et non {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds a lone surrogate (\ud800-\udfff), which is not a character</source>
        <translation>contient un demi-codet isolé (\ud800-\udfff), qui n’est pas un caractère</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a text body or a list of them; notes kept elsewhere (a link) cannot be imported</source>
        <translation>un corps textuel ou une liste de corps textuels était attendu&#xa0;; les notes conservées ailleurs (un lien) ne peuvent pas être importées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text body (a JSON object with a value)</source>
        <translation>un corps textuel (objet JSON avec une valeur) était attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only TextualBody (note text or tag) can be imported, not {kind}</source>
        <translation>seul TextualBody (texte de note ou étiquette) peut être importé, et non {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected text</source>
        <translation>du texte était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{purpose} is not kept by OIC Reader: it keeps notes (commenting) and tags (tagging)</source>
        <translation>{purpose} n’est pas conservé par OIC Reader&#xa0;: il conserve les notes (commenting) et les étiquettes (tagging)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: a text body needs a value</source>
        <translation>manquant&#xa0;: un corps textuel doit avoir une valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a second note: OIC Reader keeps one note per annotation</source>
        <translation>une deuxième note&#xa0;: OIC Reader conserve une note par annotation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: every note needs a target (the paragraph it is on)</source>
        <translation>manquant&#xa0;: chaque note doit avoir une cible (le paragraphe auquel elle se rapporte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected exactly one target, not {count}</source>
        <translation>exactement une cible était attendue, et non {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected the paragraph&apos;s IRI or an object with a source</source>
        <translation>l’IRI du paragraphe ou un objet avec une source était attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the target needs a source (the paragraph)</source>
        <translation>manquant&#xa0;: la cible doit avoir une source (le paragraphe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the paragraph&apos;s IRI as text</source>
        <translation>l’IRI du paragraphe sous forme de texte était attendu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a TextQuoteSelector and a TextPositionSelector</source>
        <translation>un TextQuoteSelector et un TextPositionSelector étaient attendus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a selector (a JSON object)</source>
        <translation>un sélecteur (objet JSON) était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refined selectors cannot be placed</source>
        <translation>les sélecteurs affinés ne peuvent pas être placés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a second TextQuoteSelector (the first is {first})</source>
        <translation>un deuxième TextQuoteSelector (le premier est {first})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second TextPositionSelector (the first is {first})</source>
        <translation>un deuxième TextPositionSelector (le premier est {first})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start {start} is not before end {end}: a highlight covers at least one character</source>
        <translation>le début {start} n’est pas avant la fin {end}&#xa0;: un surlignage couvre au moins un caractère</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: which kind of selector this is</source>
        <translation>manquant&#xa0;: le type de ce sélecteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown selector type {kind}: OIC Reader can place a highlight only by TextQuoteSelector and TextPositionSelector</source>
        <translation>type de sélecteur inconnu {kind}&#xa0;: OIC Reader ne peut placer un surlignage qu’au moyen de TextQuoteSelector et de TextPositionSelector</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TextQuoteSelector needs a TextPositionSelector beside it (where the words are)</source>
        <translation>un TextQuoteSelector doit être accompagné d’un TextPositionSelector (l’emplacement des mots)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a TextPositionSelector needs a TextQuoteSelector beside it (the words)</source>
        <translation>un TextPositionSelector doit être accompagné d’un TextQuoteSelector (les mots)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: the highlighted words</source>
        <translation>manquant&#xa0;: les mots surlignés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: a highlight quotes at least one character</source>
        <translation>vide&#xa0;: un surlignage cite au moins un caractère</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: expected a whole number ≥ 0</source>
        <translation>manquant&#xa0;: un nombre entier ≥ 0 était attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number ≥ 0, not {value}</source>
        <translation>un nombre entier ≥ 0 était attendu, et non {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a colour class oicr-rrggbb (#rrggbb, e.g. oicr-fff176), not {value}</source>
        <translation>une classe de couleur oicr-rrggbb (#rrggbb, par exemple oicr-fff176) était attendue, et non {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a CssStylesheet (a JSON object) or its IRI</source>
        <translation>un CssStylesheet (objet JSON) ou son IRI était attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;CssStylesheet&quot;</source>
        <translation>«&#xa0;CssStylesheet&#xa0;» était attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected CSS as text</source>
        <translation>du CSS sous forme de texte était attendu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an IRI such as {prefix}…, not {value}</source>
        <translation>un IRI tel que {prefix}… était attendu, et non {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown kind of source {scheme}: OIC Reader places notes only on its own documents ({form})</source>
        <translation>type de source inconnu {scheme}&#xa0;: OIC Reader ne place des notes que sur ses propres documents ({form})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected {form}, not {value}</source>
        <translation>{form} était attendu, et non {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the percent-escapes in {value} are not UTF-8</source>
        <translation>les séquences d’échappement % de {value} ne sont pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/w3c_validation.py" line="-56"/>
        <source>Ask the sender to export the notes again from OIC Reader, or correct the file at the places listed and import it again.</source>
        <translation>Demandez à l’expéditeur d’exporter de nouveau les notes depuis OIC Reader, ou corrigez le fichier aux endroits indiqués et importez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{location}: {problem}</source>
        <translation>{location}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file}: 1 problem — {listed}. Nothing was imported. {advice}</source>
        <translation>{file}&#xa0;: 1 problème — {listed}. Rien n’a été importé. {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: {count} problems — {listed}. Nothing was imported. {advice}</source>
        <translation>{file}&#xa0;: {count} problèmes — {listed}. Rien n’a été importé. {advice}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a date and time as text, like {example}</source>
        <translation>une date et une heure sous forme de texte étaient attendues, par exemple {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an ISO 8601 date and time like {example}, not {value}</source>
        <translation>une date et une heure ISO 8601 telles que {example} étaient attendues, et non {value}</translation>
    </message>
    <message>
        <location filename="../../oicreader/align/relinks.py" line="+23"/>
        <source>Arabic version</source>
        <translation>version arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English version</source>
        <translation>version anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French version</source>
        <translation>version française</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{symbol}: cannot re-link the {version}: it is the source the other versions are aligned to; re-link a translation</source>
        <translation>{symbol}&#xa0;: impossible de relier de nouveau la {version}&#xa0;: c’est la source sur laquelle les autres versions sont alignées&#xa0;; reliez plutôt une traduction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{symbol}: cannot re-link the {version}: the document has no such version (it has {languages})</source>
        <translation>{symbol}&#xa0;: impossible de relier de nouveau la {version}&#xa0;: le document n’a pas cette version (il a les versions {languages})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{symbol}, {version}, row {row}: {refusal}; nothing was changed</source>
        <translation>{symbol}, {version}, ligne {row}&#xa0;: {refusal}&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../oicreader/app/reports.py" line="+168"/>
        <source>could not back up the library first ({reason}); nothing was imported</source>
        <translation>impossible de sauvegarder d’abord la bibliothèque ({reason})&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../oicreader/errors.py" line="+49"/>
        <source>{earlier}, {item}</source>
        <translation>{earlier}, {item}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{message} — {advice}</source>
        <translation>{message} — {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is not enough memory for this; close other programs and try again</source>
        <translation>la mémoire disponible est insuffisante pour cette opération&#xa0;; fermez d’autres programmes et réessayez</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the disk is full; free some space and try again (nothing was changed)</source>
        <translation>le disque est plein&#xa0;; libérez de l’espace et réessayez (rien n’a été modifié)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk may be full or failing; free some space and try again (nothing was changed); if it persists, restore a backup (oicreader restore)</source>
        <translation>le disque est peut-être plein ou défaillant&#xa0;; libérez de l’espace et réessayez (rien n’a été modifié)&#xa0;; si le problème persiste, restaurez une sauvegarde (oicreader restore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder is read-only (a read-only disk or share); reading works, but nothing can be saved there: set OICREADER_HOME to a folder you can write</source>
        <translation>le dossier est en lecture seule (disque ou partage en lecture seule)&#xa0;; la lecture fonctionne, mais rien ne peut y être enregistré&#xa0;: faites pointer OICREADER_HOME vers un dossier accessible en écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the library cannot be written (read-only file or folder); check its permissions, or set OICREADER_HOME to a folder you can write</source>
        <translation>la bibliothèque ne peut pas être modifiée (fichier ou dossier en lecture seule)&#xa0;; vérifiez ses autorisations, ou faites pointer OICREADER_HOME vers un dossier accessible en écriture</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+44"/>
        <source>{file}: {reason} — {advice}</source>
        <translation>{file}&#xa0;: {reason} — {advice}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{reason} — {advice}</source>
        <translation>{reason} — {advice}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file or its folder cannot be written or read here; check its permissions, or set OICREADER_HOME to a folder you can write</source>
        <translation>le fichier ou son dossier ne peut pas être lu ou modifié ici&#xa0;; vérifiez les autorisations, ou faites pointer OICREADER_HOME vers un dossier accessible en écriture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path is a loop of symbolic links; give the real file</source>
        <translation>le chemin forme une boucle de liens symboliques&#xa0;; indiquez le fichier réel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such file; check the name</source>
        <translation>ce fichier n’existe pas&#xa0;; vérifiez le nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that is a folder; give a file</source>
        <translation>il s’agit d’un dossier&#xa0;; indiquez un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file and try again</source>
        <translation>vérifiez le fichier et réessayez</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another OIC Reader is writing to it; wait a moment and try again</source>
        <translation>une autre instance d’OIC Reader y écrit&#xa0;; patientez un instant et réessayez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>try again; if it persists, restore a backup (oicreader restore)</source>
        <translation>réessayez&#xa0;; si le problème persiste, restaurez une sauvegarde (oicreader restore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the library</source>
        <translation>la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/bundle.py" line="-51"/>
        <source>is not a JSON object</source>
        <translation>n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>Fix the file.</source>
        <translation>Corrigez le fichier.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a required entry is missing or has the wrong type ({reason})</source>
        <translation>d’une entrée obligatoire est absente ou n’est pas du bon type ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare it with resources/documents/oic-acm-2017-chair-rep/meta.json.</source>
        <translation>Comparez-le au fichier resources/documents/oic-acm-2017-chair-rep/meta.json.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../oicreader/importing/safe_read.py" line="+113"/>
        <source>no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore it from the repository.</source>
        <translation>Restaurez-le à partir du dépôt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON</source>
        <translation>n’est pas un JSON valide</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/decoding.py" line="+16"/>
        <source>Check that it is the right file; if it is, split it into one file per language, or take the pictures out of a Word file.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier&#xa0;; si c’est le cas, scindez-le en un fichier par langue, ou retirez les images du fichier Word.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+28"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Choose the file that holds the report&apos;s text.</source>
        <translation>Choisissez le fichier qui contient le texte du rapport.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{offset} (line {line})</source>
        <translation>{offset} (ligne {line})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{listed} and {more} more</source>
        <translation>{listed} et {more} autres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of the file is UTF-8, but 1 place in it is not: text typed or pasted in another encoding</source>
        <translation>l’essentiel du fichier est en UTF-8, mais un endroit ne l’est pas&#xa0;: du texte saisi ou collé dans un autre codage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of the file is UTF-8, but {count} places in it are not: text typed or pasted in another encoding</source>
        <translation>l’essentiel du fichier est en UTF-8, mais {count} endroits ne le sont pas&#xa0;: du texte saisi ou collé dans un autre codage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file in a text editor, correct the text at those places, and save it again as UTF-8.</source>
        <translation>Ouvrez le fichier dans un éditeur de texte, corrigez le texte à ces endroits, puis enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byte offsets {listed}</source>
        <translation>positions d’octet {listed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byte offset {listed}</source>
        <translation>position d’octet {listed}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this is a binary file, not plain text</source>
        <translation>il s’agit d’un fichier binaire, et non de texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as plain text (.txt, UTF-8) and import that.</source>
        <translation>Enregistrez le rapport en texte brut (.txt, UTF-8) et importez ce fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text cannot be decoded as {encoding}, Windows-1256 or Windows-1252</source>
        <translation>le texte ne peut être décodé ni en {encoding}, ni en Windows-1256, ni en Windows-1252</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file in a text editor and save it again as UTF-8.</source>
        <translation>Ouvrez le fichier dans un éditeur de texte et enregistrez-le de nouveau en UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first bad byte at byte offset {offset}</source>
        <translation>premier octet erroné à la position d’octet {offset}</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/errors.py" line="+21"/>
        <source>{file}: {problem} ({place}). {advice}</source>
        <translation>{file}&#xa0;: {problem} ({place}). {advice}</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/sealed_notes.py" line="-132"/>
        <location filename="../../oicreader/importing/errors.py" line="+10"/>
        <source>{file}: {problem}. {advice}</source>
        <translation>{file}&#xa0;: {problem}. {advice}</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/file_formats.py" line="+18"/>
        <source>plain text (.txt in UTF-8, UTF-16, Windows-1256 or Windows-1252), Word (.docx) and PDF with text (.pdf)</source>
        <translation>le texte brut (.txt en UTF-8, UTF-16, Windows-1256 ou Windows-1252), les fichiers Word (.docx) et les PDF contenant du texte (.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open it in Word or LibreOffice, save it as a Word document (.docx), and import that.</source>
        <translation>Ouvrez-le dans Word ou LibreOffice, enregistrez-le comme document Word (.docx), puis importez ce fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture holds no text to import: ask for the Word file, or type the text into a .txt file.</source>
        <translation>Une image ne contient aucun texte à importer&#xa0;: demandez le fichier Word, ou saisissez le texte dans un fichier .txt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for the report as a Word file (.docx) or a plain-text file (.txt).</source>
        <translation>Demandez le rapport sous forme de fichier Word (.docx) ou de fichier texte brut (.txt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>an older Word file (.doc, Word 97–2003)</source>
        <translation>d’un fichier Word d’ancien format (.doc, Word 97–2003)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>a Word file with macros (.docm)</source>
        <translation>d’un fichier Word contenant des macros (.docm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word template (.dot)</source>
        <translation>d’un modèle Word (.dot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word template (.dotx)</source>
        <translation>d’un modèle Word (.dotx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word template (.dotm)</source>
        <translation>d’un modèle Word (.dotm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>an OpenDocument text file (.odt)</source>
        <translation>d’un fichier texte OpenDocument (.odt)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>an OpenDocument text file (.fodt)</source>
        <translation>d’un fichier texte OpenDocument (.fodt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>a Rich Text file (.rtf)</source>
        <translation>d’un fichier texte enrichi (.rtf)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a WordPerfect file (.wpd)</source>
        <translation>d’un fichier WordPerfect (.wpd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Apple Pages file (.pages)</source>
        <translation>d’un fichier Apple Pages (.pages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page (.htm)</source>
        <translation>d’une page web (.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page (.html)</source>
        <translation>d’une page web (.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.png)</source>
        <translation>d’une image (.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.jpg)</source>
        <translation>d’une image (.jpg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.jpeg)</source>
        <translation>d’une image (.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.gif)</source>
        <translation>d’une image (.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned picture (.tif)</source>
        <translation>d’une image numérisée (.tif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned picture (.tiff)</source>
        <translation>d’une image numérisée (.tiff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.bmp)</source>
        <translation>d’une image (.bmp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.heic)</source>
        <translation>d’une image (.heic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.webp)</source>
        <translation>d’une image (.webp)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a picture (PNG)</source>
        <translation>d’une image (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (JPEG)</source>
        <translation>d’une image (JPEG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (GIF)</source>
        <translation>d’une image (GIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a scanned picture (TIFF)</source>
        <translation>d’une image numérisée (TIFF)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is named .pdf but is not a PDF inside</source>
        <translation>porte l’extension .pdf mais n’est pas un PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is the right file, or ask for the report again.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier, ou demandez de nouveau le rapport.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is named .docx but is not a Word document inside</source>
        <translation>porte l’extension .docx mais n’est pas un document Word</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {suffix} file</source>
        <translation>d’un fichier {suffix}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a damaged zip or Word file</source>
        <translation>est un fichier zip ou Word endommagé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an Excel workbook</source>
        <translation>d’un classeur Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PowerPoint presentation</source>
        <translation>d’une présentation PowerPoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a zip archive</source>
        <translation>d’une archive zip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is {kind}; OIC Reader imports {supported}</source>
        <translation>il s’agit {kind}&#xa0;; OIC Reader importe {supported}</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/import_plan.py" line="+121"/>
        <source>unknown language {language}</source>
        <translation>langue inconnue {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use ar, en or fr.</source>
        <translation>Utilisez ar, en ou fr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is given twice</source>
        <translation>est indiqué deux fois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give each language&apos;s file once.</source>
        <translation>Indiquez une seule fois le fichier de chaque langue.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Arabic</source>
        <translation>en arabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>en français</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give each file a different language: one file per language.</source>
        <translation>Attribuez une langue différente à chaque fichier&#xa0;: un fichier par langue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If one of them is in another language, say which (--lang {file}=fr, or ar, en).</source>
        <translation>Si l’un d’eux est dans une autre langue, indiquez laquelle (--lang {file}=fr, ou ar, en).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file and {other} are both {language}; a document has one file per language</source>
        <translation>ce fichier et {other} sont tous deux {language}&#xa0;; un document comporte un fichier par langue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the files name different document symbols ({named})</source>
        <translation>les fichiers portent des cotes de document différentes ({named})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import each document&apos;s files separately, or give the symbol with --symbol.</source>
        <translation>Importez séparément les fichiers de chaque document, ou indiquez la cote avec --symbol.</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/pdf_file.py" line="+36"/>
        <source>Give its password on standard input (oicreader import FILE --password-stdin), or ask for a copy without a password.</source>
        <translation>Saisissez son mot de passe sur l’entrée standard (oicreader import FILE --password-stdin), ou demandez-en une copie sans mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through OCR first, or ask for the Word file.</source>
        <translation>Soumettez-le d’abord à une reconnaissance optique de caractères (OCR), ou demandez le fichier Word.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download or copy the file again, or ask for the Word file.</source>
        <translation>Téléchargez ou copiez de nouveau le fichier, ou demandez le fichier Word.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the PDF has no pages</source>
        <translation>le PDF ne contient aucune page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has {count} pages, more than the {limit} a report can have</source>
        <translation>le PDF compte {count} pages, soit plus que les {limit} qu’un rapport peut comporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../oicreader/importing/plain_text.py" line="+88"/>
        <source>Check that it is the right file; if it is, split it into smaller files.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier&#xa0;; si c’est le cas, scindez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the password given does not open this PDF</source>
        <translation>le mot de passe indiqué n’ouvre pas ce PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF is protected in a way OIC Reader cannot open</source>
        <translation>le PDF est protégé d’une manière qu’OIC Reader ne peut pas ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>le PDF est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>the PDF is damaged</source>
        <translation>le PDF est endommagé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the page holds {count} characters, more than a report&apos;s page can</source>
        <translation>la page contient {count} caractères, soit plus qu’une page de rapport ne peut en contenir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../oicreader/importing/safe_read.py" line="-62"/>
        <source>Check that it is the right file.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the PDF is incomplete (it stops before its end, as a cut download does)</source>
        <translation>le PDF est incomplet (il s’interrompt avant sa fin, comme un téléchargement interrompu)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the PDF holds a compressed stream that unpacks to more than {megabytes} MB (a &quot;zip bomb&quot;, or a damaged file)</source>
        <translation>le PDF contient un flux compressé qui, une fois décompressé, dépasse {megabytes}&#xa0;Mo (une «&#xa0;bombe de décompression&#xa0;», ou un fichier endommagé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check where the file comes from, and ask for the Word file.</source>
        <translation>Vérifiez la provenance du fichier et demandez le fichier Word.</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/pdf_layout.py" line="+91"/>
        <source>scanned pages with no text</source>
        <translation>pages numérisées sans texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this PDF holds no text to read</source>
        <translation>ce PDF ne contient aucun texte lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the Word file, or a PDF with text.</source>
        <translation>Demandez le fichier Word, ou un PDF contenant du texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pages {pages} of this PDF hold only pictures (scanned pages?): their text cannot be read, and the report would be imported without it</source>
        <translation>les pages {pages} de ce PDF ne contiennent que des images (pages numérisées&#xa0;?)&#xa0;: leur texte ne peut pas être lu, et le rapport serait importé sans lui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page {pages} of this PDF hold only pictures (scanned pages?): their text cannot be read, and the report would be imported without it</source>
        <translation>la page {pages} de ce PDF ne contient que des images (page numérisée&#xa0;?)&#xa0;: son texte ne peut pas être lu, et le rapport serait importé sans lui</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/plain_text.py" line="-3"/>
        <source>the file has more than {count} lines, far more than a report</source>
        <translation>le fichier compte plus de {count} lignes, bien plus qu’un rapport</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>paragraph {number} is out of order after paragraph {current} (first seen at {seen})</source>
        <translation>le paragraphe {number} est hors de son ordre après le paragraphe {current} (vu pour la première fois à {seen})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paragraph {number} is out of order after paragraph {current}</source>
        <translation>le paragraphe {number} est hors de son ordre après le paragraphe {current}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the paragraph numbers: each number may appear once, in order.</source>
        <translation>Vérifiez les numéros de paragraphe&#xa0;: chaque numéro ne peut figurer qu’une fois, dans l’ordre.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no numbered paragraphs found</source>
        <translation>aucun paragraphe numéroté trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each paragraph must start with its number, written as 1. or 1- or (1) (Arabic-Indic digits such as ١. are fine), or be numbered by Word&apos;s automatic numbering; paragraphs without numbers must follow a cover that ends with its date, separated by blank lines.</source>
        <translation>Chaque paragraphe doit commencer par son numéro, écrit 1. ou 1- ou (1) (les chiffres arabes orientaux tels que ١. sont acceptés), ou être numéroté par la numérotation automatique de Word&#xa0;; les paragraphes sans numéro doivent suivre une page de couverture qui se termine par sa date, séparés par des lignes vides.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no paragraphs found after the cover</source>
        <translation>aucun paragraphe trouvé après la page de couverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the report&apos;s paragraphs after its cover, separated by blank lines, or number them (1. or (1)).</source>
        <translation>Placez les paragraphes du rapport après sa page de couverture, séparés par des lignes vides, ou numérotez-les (1. ou (1)).</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/safe_read.py" line="-24"/>
        <source>Give the path of the saved file itself.</source>
        <translation>Indiquez le chemin du fichier enregistré lui-même.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is {size} MB, over the {limit} MB limit</source>
        <translation>le fichier fait {size}&#xa0;Mo, au-delà de la limite de {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+31"/>
        <source>is a folder, not a file</source>
        <translation>est un dossier, et non un fichier</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {kind}, not a file</source>
        <translation>est {kind}, et non un fichier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a loop of symbolic links</source>
        <translation>est une boucle de liens symboliques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied for the file or a folder above it</source>
        <translation>accès refusé au fichier ou à l’un des dossiers qui le contiennent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the file to a folder of yours, or ask its owner for access.</source>
        <translation>Copiez le fichier dans l’un de vos dossiers, ou demandez l’accès à son propriétaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and try again.</source>
        <translation>Vérifiez le fichier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/word_file.py" line="+118"/>
        <source>this Word file cannot be read ({reason})</source>
        <translation>ce fichier Word ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this Word file is damaged ({kind})</source>
        <translation>ce fichier Word est endommagé ({kind})</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/word_package.py" line="+28"/>
        <source>Open it in Word or LibreOffice, save it again as .docx, and import that.</source>
        <translation>Ouvrez-le dans Word ou LibreOffice, enregistrez-le de nouveau au format .docx, puis importez ce fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file; if it is, open it in Word or LibreOffice, save it again as .docx (or split the report into smaller files) and import that.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier&#xa0;; si c’est le cas, ouvrez-le dans Word ou LibreOffice, enregistrez-le de nouveau au format .docx (ou scindez le rapport en fichiers plus petits), puis importez ce fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this Word file is damaged ({kind}: {reason})</source>
        <translation>ce fichier Word est endommagé ({kind}&#xa0;: {reason})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the Word file holds {count} parts, more than {limit}</source>
        <translation>le fichier Word contient {count} parties, soit plus de {limit}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unpacks to more than {megabytes} MB</source>
        <translation>dépasse {megabytes}&#xa0;Mo une fois décompressée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>makes the file unpack to more than {megabytes} MB</source>
        <translation>porte le fichier décompressé au-delà de {megabytes}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brings its XML to more than {count} elements</source>
        <translation>porte son XML au-delà de {count} éléments</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this Word file is too large inside: its part {part} {what}</source>
        <translation>le contenu de ce fichier Word est trop volumineux&#xa0;: sa partie {part} {what}</translation>
    </message>
    <message>
        <location filename="../../oicreader/model/paragraph_links.py" line="+125"/>
        <source>there is no row {row}</source>
        <translation>il n’y a pas de ligne {row}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {row} is the last row: there is no row after it to merge</source>
        <translation>la ligne {row} est la dernière&#xa0;: il n’y a pas de ligne après elle à fusionner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>row {row} is not merged with another row; only a merged row can be split</source>
        <translation>la ligne {row} n’est pas fusionnée avec une autre&#xa0;; seule une ligne fusionnée peut être scindée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown move {move}: use one of {moves}</source>
        <translation>déplacement inconnu {move}&#xa0;: utilisez l’un des suivants&#xa0;: {moves}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>row {row} has no paragraph of this version to move</source>
        <translation>la ligne {row} ne contient aucun paragraphe de cette version à déplacer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>row {row} is the first row: there is no row before it</source>
        <translation>la ligne {row} est la première&#xa0;: il n’y a pas de ligne avant elle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row} is the last row: there is no row after it</source>
        <translation>la ligne {row} est la dernière&#xa0;: il n’y a pas de ligne après elle</translation>
    </message>
    <message>
        <location filename="../../oicreader/model/selection.py" line="+26"/>
        <source>cannot read {part} as a paragraph number or range: write numbers and ranges separated by commas, such as 3, 5-7</source>
        <translation>impossible de lire {part} comme un numéro ou une plage de paragraphes&#xa0;: écrivez des numéros et des plages séparés par des virgules, par exemple 3, 5-7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the range {first}-{last} runs backwards: write {last}-{first}</source>
        <translation>la plage {first}-{last} est inversée&#xa0;: écrivez {last}-{first}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the range {first}-{last} is too large</source>
        <translation>la plage {first}-{last} est trop étendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no paragraph chosen: give numbers such as 3, 5-7</source>
        <translation>aucun paragraphe choisi&#xa0;: indiquez des numéros, par exemple 3, 5-7</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../oicreader/store/briefs.py" line="+52"/>
        <location filename="../../oicreader/store/library.py" line="+487"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no paragraph {missing} in this document (its paragraphs are {span})</source>
        <translation>ce document ne contient pas de paragraphe {missing} (ses paragraphes sont les suivants&#xa0;: {span})</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/annotation_moves.py" line="+126"/>
        <source>revision {revision} of {document} has no paragraph {paragraph} in {language}</source>
        <translation>la révision {revision} de {document} n’a pas de paragraphe {paragraph} en {language}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the words {quote} are not at {start}-{end}</source>
        <translation>les mots {quote} ne se trouvent pas à la position {start}-{end}</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/annotations.py" line="+144"/>
        <location line="+215"/>
        <source>no note with id {id}</source>
        <translation>aucune note portant l’identifiant {id}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>no note with id {id} (or already deleted)</source>
        <translation>aucune note portant l’identifiant {id} (ou elle a déjà été supprimée)</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/backups.py" line="+162"/>
        <source>cannot back up {file}: there is no such file</source>
        <translation>impossible de sauvegarder {file}&#xa0;: ce fichier n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot back up {file}: the file is empty</source>
        <translation>impossible de sauvegarder {file}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the backup copy of {file} failed its check ({problem}); no older backup was removed; OIC Reader checks the library in full at its next start and, if it is damaged, repairs it from a backup: close OIC Reader and start it again</source>
        <translation>la copie de sauvegarde de {file} n’a pas passé la vérification ({problem})&#xa0;; aucune sauvegarde antérieure n’a été supprimée&#xa0;; OIC Reader vérifie entièrement la bibliothèque à son prochain démarrage et, si elle est endommagée, la répare à partir d’une sauvegarde&#xa0;: fermez OIC Reader et relancez-le</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the backup {file} is damaged ({problem}); nothing was changed</source>
        <translation>la sauvegarde {file} est endommagée ({problem})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the copy of the backup {file} failed its check; nothing was changed</source>
        <translation>la copie de la sauvegarde {file} n’a pas passé la vérification&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not back up the current library first ({reason}); nothing was changed</source>
        <translation>impossible de sauvegarder d’abord la bibliothèque actuelle ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there are no backups in {folder}</source>
        <translation>il n’y a aucune sauvegarde dans {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no backup file {file}; nothing was changed</source>
        <translation>il n’existe aucun fichier de sauvegarde {file}&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the backup {file} was written by a newer OIC Reader (schema {version}; this version knows {known}): update OIC Reader to restore it, or choose an older backup; nothing was changed</source>
        <translation>la sauvegarde {file} a été écrite par une version plus récente d’OIC Reader (schéma {version}&#xa0;; cette version connaît le schéma {known})&#xa0;: mettez OIC Reader à jour pour la restaurer, ou choisissez une sauvegarde plus ancienne&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/backup_copies.py" line="+50"/>
        <source>could not copy {file} ({reason}); no older backup was removed</source>
        <translation>impossible de copier {file} ({reason})&#xa0;; aucune sauvegarde antérieure n’a été supprimée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the backup copy stayed in journal mode {mode}</source>
        <translation>la copie de sauvegarde est restée en mode de journalisation {mode}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the backup copy still needs a write-ahead log</source>
        <translation>la copie de sauvegarde a encore besoin d’un journal d’écriture anticipée</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/health.py" line="+91"/>
        <source>not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the write-ahead log belongs to another database (it turns the schema back)</source>
        <translation>le journal d’écriture anticipée appartient à une autre base de données (il ramène le schéma en arrière)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the write-ahead log belongs to another database or is damaged ({problem})</source>
        <translation>le journal d’écriture anticipée appartient à une autre base de données ou est endommagé ({problem})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file, beside a {size}-byte write-ahead log</source>
        <translation>fichier vide, à côté d’un journal d’écriture anticipée de {size} octets</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a database file, or encrypted with another passphrase</source>
        <translation>pas un fichier de base de données, ou chiffré avec une autre phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>integrity check failed</source>
        <translation>échec de la vérification d’intégrité</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the write-ahead log cannot be applied</source>
        <translation>le journal d’écriture anticipée ne peut pas être appliqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integrity check failed: {failures}</source>
        <translation>échec de la vérification d’intégrité&#xa0;: {failures}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a database file</source>
        <translation>ce n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage}: {reason}</source>
        <translation>{stage}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds no library: the database has no tables</source>
        <translation>ne contient aucune bibliothèque&#xa0;: la base de données n’a aucune table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an OIC Reader library ({tables} tables, schema version 0)</source>
        <translation>ce n’est pas une bibliothèque OIC Reader ({tables} tables, version de schéma 0)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not a database file (no SQLite header)</source>
        <translation>ce n’est pas un fichier de base de données (pas d’en-tête SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a database file (its header is damaged)</source>
        <translation>ce n’est pas un fichier de base de données (son en-tête est endommagé)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>truncated: the file has {size} bytes, its header says {expected}</source>
        <translation>tronqué&#xa0;: le fichier fait {size} octets, son en-tête en annonce {expected}</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/library.py" line="-158"/>
        <location line="+141"/>
        <location line="+96"/>
        <source>no document {key} in the library</source>
        <translation>aucun document {key} dans la bibliothèque</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>a document with the symbol {symbol} is already in the library ({key}); remove it first or give the file another symbol</source>
        <translation>un document portant la cote {symbol} figure déjà dans la bibliothèque ({key})&#xa0;; supprimez-le d’abord ou attribuez une autre cote au fichier</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>no document {reference} in the library (documents: {known}); give a symbol, an id, or the path of a .txt file</source>
        <translation>aucun document {reference} dans la bibliothèque (documents&#xa0;: {known})&#xa0;; indiquez une cote, un identifiant ou le chemin d’un fichier .txt</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../../oicreader/store/revisions.py" line="+142"/>
        <source>{symbol} has no revision {revision} (its revisions: {numbers})</source>
        <translation>{symbol} n’a pas de révision {revision} (ses révisions&#xa0;: {numbers})</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/revisions.py" line="-48"/>
        <source>these files hold the same text as revision {revision} of {symbol}; nothing was imported</source>
        <translation>ces fichiers contiennent le même texte que la révision {revision} de {symbol}&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} has one revision only; import its next version (`oicreader import FILE...`) to compare</source>
        <translation>{symbol} n’a qu’une seule révision&#xa0;; importez sa version suivante (`oicreader import FILE...`) pour comparer</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/schema.py" line="+473"/>
        <source>the library was written by a newer OIC Reader (schema {version}; this version knows {known}): update OIC Reader to open it</source>
        <translation>la bibliothèque a été écrite par une version plus récente d’OIC Reader (schéma {version}&#xa0;; cette version connaît le schéma {known})&#xa0;: mettez OIC Reader à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: another OIC Reader is upgrading this library or writing to it and has not finished; wait until it has, then try again</source>
        <translation>{file}&#xa0;: une autre instance d’OIC Reader met à niveau cette bibliothèque ou y écrit et n’a pas terminé&#xa0;; attendez qu’elle ait fini, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../oicreader/app/briefs.py" line="+95"/>
        <source>{document} has no paragraph {missing}: choose paragraphs it has</source>
        <translation>{document} n’a pas de paragraphe {missing}&#xa0;: choisissez des paragraphes qu’il contient</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>no paragraph of the library {file} has the topic {topic}: list topics with `oicreader topics DOC`</source>
        <translation>aucun paragraphe de la bibliothèque {file} ne relève du thème {topic}&#xa0;: affichez les thèmes avec `oicreader topics DOC`</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>write {syntax}, such as {example}, or {topic}</source>
        <translation>écrivez {syntax}, par exemple {example}, ou {topic}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>item {item}: {reason}</source>
        <translation>élément {item}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the brief quotes paragraph {number} of {key}, revision {revision}, which the library {file} no longer holds ({reason}): remove that item</source>
        <translation>le dossier cite le paragraphe {number} de {key}, révision {revision}, que la bibliothèque {file} ne contient plus ({reason})&#xa0;: retirez cet élément</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{symbol} (revision {revision}) has no paragraph {number}: remove that item from the brief</source>
        <translation>{symbol} (révision {revision}) n’a pas de paragraphe {number}&#xa0;: retirez cet élément du dossier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a brief is written in ar, en or fr, not {language}: choose one of them</source>
        <translation>un dossier est rédigé en ar, en ou fr, pas en {language}&#xa0;: choisissez l’une de ces langues</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a brief needs a title: type one</source>
        <translation>un dossier doit avoir un titre&#xa0;: saisissez-en un</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a heading or note of a brief needs words: type them</source>
        <translation>un intertitre ou une note du dossier doit avoir un texte&#xa0;: saisissez-le</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/briefs.py" line="+3"/>
        <source>no brief {reference} in the library {file} (briefs: {titles}); give a brief&apos;s title or number</source>
        <translation>aucun dossier {reference} dans la bibliothèque {file} (dossiers&#xa0;: {titles})&#xa0;; donnez le titre ou le numéro d’un dossier</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the new order of brief {brief} does not name each of its {count} items once: open the brief again and reorder it there</source>
        <translation>le nouvel ordre du dossier {brief} ne nomme pas une fois chacun de ses {count} éléments&#xa0;: rouvrez le dossier et réordonnez-le</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a brief titled {title} is already in the library {file}: choose another title, or open that brief</source>
        <translation>un dossier intitulé {title} se trouve déjà dans la bibliothèque {file}&#xa0;: choisissez un autre titre ou ouvrez ce dossier</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no brief number {brief} in the library {file}: list the briefs and choose one</source>
        <translation>aucun dossier numéro {brief} dans la bibliothèque {file}&#xa0;: affichez la liste des dossiers et choisissez-en un</translation>
    </message>
    <message>
        <location filename="../../oicreader/app/note_exchange.py" line="+84"/>
        <source>{file}: the notes are encrypted and no passphrase was given; nothing was imported. Give the passphrase they were exported with.</source>
        <translation>{file}&#xa0;: les notes sont chiffrées et aucune phrase secrète n’a été donnée&#xa0;; rien n’a été importé. Donnez la phrase secrète avec laquelle elles ont été exportées.</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/encryption.py" line="+74"/>
        <source>the library {file} is encrypted: give its passphrase in OICREADER_PASSPHRASE, or on the first line of standard input with --passphrase-stdin; nothing was changed. A forgotten passphrase cannot be recovered by anyone: the notes are gone</source>
        <translation>la bibliothèque {file} est chiffrée&#x202f;: donnez sa phrase secrète dans OICREADER_PASSPHRASE, ou sur la première ligne de l’entrée standard avec --passphrase-stdin&#x202f;; rien n’a été modifié. Une phrase secrète oubliée ne peut être retrouvée par personne&#x202f;: les notes sont perdues</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the passphrase does not open the encrypted library {file}; nothing was changed. Type it again (it is case-sensitive). A forgotten passphrase cannot be recovered by anyone: the notes are gone</source>
        <translation>la phrase secrète n’ouvre pas la bibliothèque chiffrée {file}&#x202f;; rien n’a été modifié. Tapez-la de nouveau (majuscules et minuscules comptent). Une phrase secrète oubliée ne peut être retrouvée par personne&#x202f;: les notes sont perdues</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>a passphrase cannot hold the NUL character</source>
        <translation>une phrase secrète ne peut pas contenir le caractère NUL</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/library_encryption.py" line="+95"/>
        <source>an empty passphrase protects nothing; nothing was changed</source>
        <translation>une phrase secrète vide ne protège rien&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no library at {file} yet; start OIC Reader once, then try again</source>
        <translation>il n’y a pas encore de bibliothèque à {file}&#x202f;; lancez OIC Reader une fois, puis réessayez</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{file} is already encrypted with another passphrase; nothing was changed</source>
        <translation>{file} est déjà chiffré avec une autre phrase secrète&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{file} is in use ({reason}): close every OIC Reader window and command using it, then try again; nothing was changed</source>
        <translation>{file} est en cours d’utilisation ({reason})&#x202f;: fermez toutes les fenêtres et commandes d’OIC Reader qui l’utilisent, puis réessayez&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the new copy of {file} failed its check ({problem}); the file was left as it was</source>
        <translation>la nouvelle copie de {file} n’a pas passé sa vérification ({problem})&#x202f;; le fichier est resté tel quel</translation>
    </message>
    <message>
        <location filename="../../oicreader/paths.py" line="+70"/>
        <source>{file} is not a file (a named pipe, a device or a socket) and cannot hold the library: move it away, or set {variable} to another folder</source>
        <translation>{file} n’est pas un fichier (c’est un tube nommé, un périphérique ou un socket) et ne peut pas contenir la bibliothèque&#xa0;: déplacez-le, ou faites pointer {variable} vers un autre dossier</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/pdf_parallel.py" line="+111"/>
        <source>the PDF draws text at a position that cannot be measured</source>
        <translation>le PDF place du texte à une position qui ne peut être mesurée</translation>
    </message>
</context>
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
        <location line="+8"/>
        <source>Apache License, version 2.0</source>
        <translation>Licence Apache, version 2.0</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Apache License, version 2.0, or BSD 3-Clause License</source>
        <translation>Licence Apache, version 2.0, ou licence BSD à trois clauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>BSD 3-Clause License</source>
        <translation>Licence BSD à trois clauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zlib License</source>
        <translation>Licence zlib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISC License</source>
        <translation>Licence ISC</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>BriefController</name>
    <message>
        <location filename="../../oicreader/ui/brief_controller.py" line="+88"/>
        <location line="+236"/>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n paragraph(s) added to the brief</source>
        <translation>
            <numerusform>%n paragraphe ajouté au dossier</numerusform>
            <numerusform>%n paragraphes ajoutés au dossier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+23"/>
        <source>Export Brief</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The brief was not exported.</source>
        <translation>Le dossier n’a pas été exporté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief exported to %1</source>
        <translation>Dossier exporté vers %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Heading</source>
        <translation>Ajouter un intertitre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading:</source>
        <translation>Intertitre&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete Brief</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the brief “%1”? The documents and notes it quotes stay.</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Les documents et les notes qu’il cite sont conservés.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The brief was not changed.</source>
        <translation>Le dossier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, paragraph %2: no longer in the library</source>
        <translation>%1, paragraphe %2&#xa0;: ne figure plus dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>BriefDock</name>
    <message>
        <location filename="../../oicreader/ui/brief_dock.py" line="+39"/>
        <source>Brief</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open brief</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the brief</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of headings and citations</source>
        <translation>Langue des intertitres et des références</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the brief, in order</source>
        <translation>Éléments du dossier, dans l’ordre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Heading…</source>
        <translation>Ajouter un &amp;intertitre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add N&amp;ote…</source>
        <translation>Ajouter une n&amp;ote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <location filename="../../oicreader/ui/brief_export_dialog.py" line="+29"/>
        <source>Export Brief</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Languages, in reading order</source>
        <translation>Langues, dans l’ordre de lecture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include my &amp;notes</source>
        <translation>Inclure mes &amp;notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;yout:</source>
        <translation>Mise en pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tick at least one language to export.</source>
        <translation>Cochez au moins une langue à exporter.</translation>
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
        <location filename="../../oicreader/ui/import_controller.py" line="+65"/>
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
        <location filename="../../oicreader/ui/import_dialog.py" line="+67"/>
        <source>Import Report</source>
        <translation>Importer un rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document title</source>
        <translation>Titre du document</translation>
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
        <location line="+2"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location filename="../../oicreader/ui/library_controller.py" line="+89"/>
        <source>The documents were not removed; your library is unchanged.</source>
        <translation>Les documents n’ont pas été retirés&#xa0;; votre bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal failed</source>
        <translation>Échec du retrait</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The document was not renamed; your library is unchanged.</source>
        <translation>Le document n’a pas été renommé&#xa0;; votre bibliothèque est inchangée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename failed</source>
        <translation>Échec du changement de titre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename Document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in %1:</source>
        <translation>Titre (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Documents</source>
        <translation>Retirer des documents</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n document(s) from the library? A backup is taken first.</source>
        <translation>
            <numerusform>Retirer %n document de la bibliothèque&#xa0;? Une sauvegarde est faite d’abord.</numerusform>
            <numerusform>Retirer %n documents de la bibliothèque&#xa0;? Une sauvegarde est faite d’abord.</numerusform>
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
        <location line="+19"/>
        <source>Notes to review</source>
        <translation>Notes à revoir</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The documents that come with OIC Reader have a revised text: %n of your notes are on words it changed and need a look (Notes &gt; Notes to Review). None was dropped.</source>
        <translation>
            <numerusform>Les documents fournis avec OIC Reader ont un texte révisé&#xa0;: %n de vos notes porte sur des mots qu’il a changés et est à revoir (Notes &gt; Notes à revoir). Aucune n’a été supprimée.</numerusform>
            <numerusform>Les documents fournis avec OIC Reader ont un texte révisé&#xa0;: %n de vos notes portent sur des mots qu’il a changés et sont à revoir (Notes &gt; Notes à revoir). Aucune n’a été supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../oicreader/ui/library_dock.py" line="+30"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: symbol, title, meeting, date…</source>
        <translation>Filtrer&#xa0;: cote, titre, réunion, date…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents with notes tagged</source>
        <translation>Documents dont des notes portent l’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents in the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/library_model.py" line="+235"/>
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
        <source>Meeting</source>
        <translation>Réunion</translation>
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
        <location filename="../../oicreader/ui/library_messages.py" line="+50"/>
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
        <location line="+10"/>
        <source>Briefs recovered from it: %1.</source>
        <translation>Dossiers récupérés du fichier endommagé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>LibraryOpening</name>
    <message>
        <location filename="../../oicreader/ui/library_opening.py" line="+97"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrading the library for this version of OIC Reader. This happens once, and takes up to a minute for a large library.</source>
        <translation>Mise à niveau de la bibliothèque pour cette version d’OIC Reader. Cette opération n’a lieu qu’une fois et peut prendre jusqu’à une minute pour une grande bibliothèque.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../oicreader/ui/lock_controller.py" line="+64"/>
        <source>If the passphrase is forgotten, the notes are gone: no one, not even the makers of OIC Reader, can recover them.</source>
        <translation>Si la phrase secrète est oubliée, les notes sont perdues&#xa0;: personne, pas même les auteurs d’OIC Reader, ne peut les retrouver.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted library</source>
        <translation>Bibliothèque chiffrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Votre bibliothèque %1 est chiffrée. Tapez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This passphrase does not open the library. Type it again (capitals count).</source>
        <translation>Cette phrase secrète n’ouvre pas la bibliothèque. Tapez-la de nouveau (les majuscules comptent).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Hide the text and notes and close the library until its passphrase is typed again</source>
        <translation>Masquer le texte et les notes et fermer la bibliothèque jusqu’à ce que sa phrase secrète soit tapée de nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an encrypted library can be locked</source>
        <translation>Seule une bibliothèque chiffrée peut être verrouillée</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location line="-50"/>
        <source>OIC Reader is locked: the text and your notes are hidden, and the library is closed.</source>
        <translation>OIC Reader est verrouillé&#xa0;: le texte et vos notes sont masqués, et la bibliothèque est fermée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oicreader/ui/main_window.py" line="+78"/>
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
        <location filename="../../oicreader/ui/note_editor.py" line="+117"/>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the words: %1</source>
        <translation>Sur les mots&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../oicreader/ui/note_exchange_controller.py" line="+41"/>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Web Annotation (*.jsonld *.json)</source>
        <translation>Annotations web (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encrypted notes (*.oicnotes)</source>
        <translation>Notes chiffrées (*.oicnotes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encrypt notes</source>
        <translation>Chiffrer les notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase for %1. Anyone who has it can read these notes; without it no one can, not even you if you forget it. Give it to the reader of the file in another way than the file itself.</source>
        <translation>Choisissez une phrase secrète pour %1. Quiconque la connaît peut lire ces notes&#xa0;; sans elle, personne ne le peut, pas même vous si vous l’oubliez. Transmettez-la au destinataire du fichier autrement que par le fichier lui-même.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export notes as plain text?</source>
        <translation>Exporter les notes en texte clair&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your library is encrypted, but this file will be plain text: anyone who has it can read your notes. To keep them sealed, choose &quot;%1&quot; as the type of file.

Export as plain text anyway?</source>
        <translation>Votre bibliothèque est chiffrée, mais ce fichier sera en texte clair&#xa0;: quiconque l’a en main peut lire vos notes. Pour les garder chiffrées, choisissez «&#xa0;%1&#xa0;» comme type de fichier.

Exporter quand même en texte clair&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+18"/>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (*.jsonld *.json *.oicnotes);;All files (*)</source>
        <translation>Notes (*.jsonld *.json *.oicnotes);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Encrypted notes</source>
        <translation>Notes chiffrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes in %1 are encrypted. Type the passphrase they were exported with.</source>
        <translation>Les notes de %1 sont chiffrées. Tapez la phrase secrète avec laquelle elles ont été exportées.</translation>
    </message>
    <message>
        <location line="-19"/>
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
        <location filename="../../oicreader/ui/notes_controller.py" line="+130"/>
        <source>Select some words in one paragraph first.</source>
        <translation>Sélectionnez d’abord quelques mots dans un même paragraphe.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Note deleted. Press Ctrl+Z to bring it back.</source>
        <translation>Note supprimée. Appuyez sur Ctrl+Z pour la rétablir.</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../oicreader/ui/notes_dock.py" line="+45"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+199"/>
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
        <location line="+337"/>
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
        <location line="+147"/>
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
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../oicreader/ui/passphrase_dialog.py" line="+32"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, de nouveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;De nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../oicreader/ui/preferences_dialog.py" line="+81"/>
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
        <location line="+1"/>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
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
        <location line="+26"/>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Après %n minute</numerusform>
            <numerusform>Après %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1 minutes</source>
        <translation>Après %1 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when OIC Reader is not used</source>
        <translation>Verrouiller quand OIC Reader n’est pas utilisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted library is locked when OIC Reader has not been used for this long, and with File &gt; Lock (Ctrl+L): the text and notes are hidden and the library closed until its passphrase is typed again.</source>
        <translation>Une bibliothèque chiffrée est verrouillée quand OIC Reader n’a pas été utilisé pendant ce temps, et avec Fichier &gt; Verrouiller (Ctrl+L)&#xa0;: le texte et les notes sont masqués et la bibliothèque fermée jusqu’à ce que sa phrase secrète soit tapée de nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock &amp;when not used:</source>
        <translation>&amp;Verrouiller sans utilisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the passphrase in this computer&apos;s keychain</source>
        <translation>&amp;Retenir la phrase secrète dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OIC Reader then opens without asking, as long as you are logged in to this computer: anyone who uses your account can read your notes. Unlocking after a lock always asks the passphrase.</source>
        <translation>OIC Reader s’ouvre alors sans la demander, tant que votre session est ouverte sur cet ordinateur&#xa0;: quiconque utilise votre compte peut lire vos notes. Déverrouiller après un verrouillage demande toujours la phrase secrète.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no keychain OIC Reader can use, so the passphrase is asked each time. It is never kept in a file.</source>
        <translation>Cet ordinateur n’a pas de trousseau qu’OIC Reader puisse utiliser&#xa0;; la phrase secrète est donc demandée à chaque fois. Elle n’est jamais gardée dans un fichier.</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location filename="../../oicreader/ui/print_controller.py" line="+54"/>
        <source>%n paragraph(s) selected for printing: %1</source>
        <translation>
            <numerusform>%n paragraphe sélectionné pour l’impression&#xa0;: %1</numerusform>
            <numerusform>%n paragraphes sélectionnés pour l’impression&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/controllers_on_demand.py" line="+79"/>
        <location filename="../../oicreader/ui/print_controller.py" line="+4"/>
        <source>No paragraph selected for printing: all will be printed</source>
        <translation>Aucun paragraphe sélectionné pour l’impression&#xa0;: tous seront imprimés</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/print_controller.py" line="+26"/>
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
        <location line="+43"/>
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
        <location line="+43"/>
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
        <location filename="../../oicreader/ui/reading_controller.py" line="+246"/>
        <source>Back to %1, paragraph %2</source>
        <translation>Retour à %1, paragraphe %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward to %1, paragraph %2</source>
        <translation>Avancer vers %1, paragraphe %2</translation>
    </message>
    <message>
        <location line="+36"/>
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
    <message>
        <location line="+24"/>
        <source>Translator&apos;s note %1 on paragraph %2 (%3)</source>
        <translation>Note du traducteur %1 sur le paragraphe %2 (%3)</translation>
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
    <name>SearchController</name>
    <message>
        <location filename="../../oicreader/ui/search_controller.py" line="+75"/>
        <source>Opened %1 at paragraph %2</source>
        <translation>%1 ouvert au paragraphe %2</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../oicreader/ui/search_dock.py" line="+100"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>words  &quot;phrase&quot;  -word  a OR b  pre*</source>
        <translation>mots  &quot;expression&quot;  -mot  a OR b  préf*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search query</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes found</source>
        <translation>Notes trouvées</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>In notes: %n note(s)</source>
        <translation>
            <numerusform>Dans les notes&#xa0;: %n note</numerusform>
            <numerusform>Dans les notes&#xa0;: %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>First %n paragraph(s) found</source>
        <translation>
            <numerusform>%n paragraphe trouvé (le premier)</numerusform>
            <numerusform>Les %n premiers paragraphes trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paragraph(s) found</source>
        <translation>
            <numerusform>%n paragraphe trouvé</numerusform>
            <numerusform>%n paragraphes trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 in %n document(s)</source>
        <translation>
            <numerusform>%1 dans %n document</numerusform>
            <numerusform>%1 dans %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The list stops at %n matches: refine the search to see the rest.</source>
        <translation>
            <numerusform>La liste s’arrête à %n résultat&#xa0;: précisez la recherche pour voir la suite.</numerusform>
            <numerusform>La liste s’arrête à %n résultats&#xa0;: précisez la recherche pour voir la suite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchSyntax</name>
    <message>
        <location line="-259"/>
        <source>condemn attacks</source>
        <translation>condamner attaques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every word is required, in any of its forms (condemned, condemning)</source>
        <translation>chaque mot est requis, sous toutes ses formes (condamné, condamnant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Security Council&quot;</source>
        <translation>&quot;Conseil de sécurité&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phrase: these words together, in this order</source>
        <translation>une expression&#xa0;: ces mots ensemble, dans cet ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-Iraq</source>
        <translation>-Irak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves out the paragraphs with this word</source>
        <translation>écarte les paragraphes qui contiennent ce mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugees OR migrants</source>
        <translation>réfugiés OR migrants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word will do</source>
        <translation>l’un ou l’autre mot suffit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terror*</source>
        <translation>terror*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words that begin with these letters (three or more)</source>
        <translation>les mots qui commencent par ces lettres (trois au moins)</translation>
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
    <name>SymbolLinksController</name>
    <message>
        <location filename="../../oicreader/ui/symbol_links_controller.py" line="+117"/>
        <source>%1 is not in the library</source>
        <translation>Le document %1 n’est pas dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 at paragraph %2</source>
        <translation>Ouvrir %1 au paragraphe %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — Enter</source>
        <translation>%1 — Entrée</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../oicreader/ui/note_editor.py" line="-88"/>
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
    <message numerus="yes">
        <location filename="../../oicreader/ui/topics_controller.py" line="+217"/>
        <source>%1: paragraph(s) %2</source>
        <translation>
            <numerusform>%1&#xa0;: paragraphe %2</numerusform>
            <numerusform>%1&#xa0;: paragraphes %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The document was not opened.</source>
        <translation>Le document n’a pas été ouvert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2, paragraph %3</source>
        <translation>%1&#xa0;: %2, paragraphe %3</translation>
    </message>
</context>
<context>
    <name>TopicsDock</name>
    <message>
        <location filename="../../oicreader/ui/topics_dock.py" line="+39"/>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics of</source>
        <translation>Thèmes de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topics of the document you are reading, or of every document</source>
        <translation>Les thèmes du document que vous lisez, ou de tous les documents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Topics of the library</source>
        <translation>Thèmes de la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a topic to see its documents, newest first; choose a paragraph to read it</source>
        <translation>Ouvrez un thème pour voir ses documents, du plus récent au plus ancien&#xa0;; choisissez un paragraphe pour le lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics of the document</source>
        <translation>Thèmes du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a topic to mark its paragraphs and bring the first into view</source>
        <translation>Choisissez un thème pour marquer ses paragraphes et afficher le premier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finding the topics of every document…</source>
        <translation>Recherche des thèmes de tous les documents…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Documents: %1</source>
        <translation>Documents&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="-100"/>
        <location line="+54"/>
        <source>Paragraphs: %1</source>
        <translation>Paragraphes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+100"/>
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
        <location filename="../../oicreader/ui/actions.py" line="+101"/>
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
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Add to &amp;Brief</source>
        <translation>Ajouter au &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add This Topic to Brief</source>
        <translation>Ajouter ce thème au dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the Search Results to Brief</source>
        <translation>Ajouter les résultats de la recherche au dossier</translation>
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
        <location line="+14"/>
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
        <location line="+14"/>
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
