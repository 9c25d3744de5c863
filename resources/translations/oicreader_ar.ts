<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../../oicreader/annotations/w3c_export.py" line="+59"/>
        <source>it is given twice</source>
        <translation>وردت مرتين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note {id}: {problem}</source>
        <translation>الملاحظة {id}: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../oicreader/annotations/w3c_validation.py" line="+89"/>
        <source>{earlier}; {problem}</source>
        <translation>{earlier}؛ {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../oicreader/annotations/w3c_validation.py" line="+6"/>
        <source>{listed}; and {more} more</source>
        <translation>{listed}؛ و{more} مشكلة أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot export the notes faithfully: {problems}</source>
        <translation>يتعذّر تصدير الملاحظات تصديرًا أمينًا: {problems}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>its id is not a lower-case UUID</source>
        <translation>معرّفها ليس UUID بأحرف صغيرة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revision</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its {name} is not a whole number from 0 to 999999999999</source>
        <translation>الحقل «{name}» ليس عددًا صحيحًا بين 0 و999999999999</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document key</source>
        <translation>مفتاح الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its {name} is empty or not valid Unicode</source>
        <translation>الحقل «{name}» فارغ أو ليس بترميز يونيكود صالح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its colour {colour} is not lower-case #rrggbb</source>
        <translation>لونها {colour} ليس بصيغة #rrggbb بأحرف صغيرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its {name} time {time} is not like {example}</source>
        <translation>وقت {name} {time} لا يطابق صيغة {example}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its highlight range {start}-{end} is empty or negative</source>
        <translation>نطاق التظليل {start}-{end} فارغ أو سالب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its highlight has no quoted words</source>
        <translation>لا يقتبس تظليلها أي كلمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its text holds a lone surrogate, which is not a character</source>
        <translation>يتضمن نصها بديلًا منفردًا، وهو ليس حرفًا</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/w3c_files.py" line="+30"/>
        <source>The file is damaged or is not a notes file; export the notes again from OIC Reader.</source>
        <translation>الملف تالف أو ليس ملف ملاحظات؛ صدِّر الملاحظات مرة أخرى من OIC Reader.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file cannot be read ({reason})</source>
        <translation>تتعذّر قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line {line}, byte {column}</source>
        <translation>السطر {line}، البايت {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>ليس نصًا بترميز ‎UTF-8 (البايت {byte})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the file as UTF-8, or export the notes again from OIC Reader.</source>
        <translation>احفظ الملف بترميز ‎UTF-8، أو صدِّر الملاحظات مرة أخرى من OIC Reader.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../oicreader/importing/bundle.py" line="+76"/>
        <source>line {line}, column {column}</source>
        <translation>السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not JSON: {reason}</source>
        <translation>ليس بصيغة JSON: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a notes file: its JSON is nested too deeply</source>
        <translation>ليس ملف ملاحظات: بنية JSON فيه متداخلة بعمق مفرط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not usable JSON: {reason}</source>
        <translation>بيانات JSON غير قابلة للاستخدام: {reason}</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/sealed_notes.py" line="+65"/>
        <source>Ask the sender to export the notes again, encrypted.</source>
        <translation>اطلب من المرسِل أن يصدِّر الملاحظات مرة أخرى مشفَّرةً.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>an empty passphrase protects nothing</source>
        <translation>عبارة المرور الفارغة لا تحمي شيئًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase.</source>
        <translation>اختر عبارة مرور.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the notes would take over {limit} MB sealed, more than an import accepts</source>
        <translation>ستشغل الملاحظات المشفَّرة أكثر من {limit} MB، وهو أكثر مما يقبله الاستيراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the notes unencrypted, or fewer of them.</source>
        <translation>صدِّر الملاحظات دون تشفير، أو صدِّر عددًا أقل منها.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not a sealed notes file (it does not begin as one)</source>
        <translation>ليس ملف ملاحظات مشفَّرًا (لا يبدأ كما يبدأ ملف كهذا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is the .oicnotes file you were sent.</source>
        <translation>تحقّق من أن هذا هو ملف ‎.oicnotes الذي أُرسل إليك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is in sealed notes format {version}; this OIC Reader reads format {known} only</source>
        <translation>الملف بصيغة الملاحظات المشفَّرة رقم {version}؛ ولا يقرأ هذا الإصدار من OIC Reader إلا الصيغة رقم {known}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update OIC Reader, or ask the sender for a file of this format.</source>
        <translation>حدِّث OIC Reader، أو اطلب من المرسِل ملفًا بهذه الصيغة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the passphrase is wrong, or the file was changed or cut short after it was sealed</source>
        <translation>عبارة المرور خاطئة، أو أن الملف عُدِّل أو اقتُطع منه جزء بعد تشفيره</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase again (letters, case and spaces count); if it is right, ask the sender to export the notes again, encrypted.</source>
        <translation>اكتب عبارة المرور مرة أخرى (الحروف وحالتها والمسافات كلها مهمة)؛ وإن كانت صحيحة فاطلب من المرسِل أن يصدِّر الملاحظات مرة أخرى مشفَّرةً.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../oicreader/annotations/w3c_files.py" line="+13"/>
        <source>the file is {size} MB; notes files over {limit} MB are refused</source>
        <translation>حجم الملف {size} MB؛ وتُرفض ملفات الملاحظات التي يتجاوز حجمها {limit} MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../oicreader/annotations/w3c_files.py" line="+6"/>
        <source>Check that this is the notes file you meant; 100,000 notes take about 60 MB.</source>
        <translation>تحقّق من أن هذا هو ملف الملاحظات المقصود؛ إذ تشغل مئة ألف ملاحظة نحو 60 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is cut short: it ends inside its header</source>
        <translation>الملف مقتطَع: ينتهي قبل اكتمال ترويسته</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/w3c_import.py" line="+37"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an annotation collection, page, annotation or list</source>
        <translation>يُتوقع مجموعة تعليقات توضيحية أو صفحة أو تعليق توضيحي أو قائمة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing: the collection holds no page of notes</source>
        <translation>مفقود: لا تضم المجموعة أي صفحة ملاحظات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the notes are on a page elsewhere (a link), not in this file; only collections with their notes inside can be imported</source>
        <translation>الملاحظات موجودة في صفحة أخرى (رابط) وليست في هذا الملف؛ ولا يمكن استيراد إلا المجموعات التي تتضمن ملاحظاتها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an AnnotationPage (a JSON object)</source>
        <translation>يُتوقع AnnotationPage (كائن JSON)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a whole number ≥ 0</source>
        <translation>يُتوقع عدد صحيح ≥ 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the collection says it holds {total} notes but the file has {count}</source>
        <translation>تذكر المجموعة أنها تضم {total} ملاحظة، في حين يضم الملف {count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the notes continue on another page that is not in this file</source>
        <translation>تتواصل الملاحظات في صفحة أخرى غير موجودة في هذا الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the page has no list of notes</source>
        <translation>مفقود: لا تتضمن الصفحة قائمة ملاحظات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a list of annotations</source>
        <translation>يُتوقع قائمة تعليقات توضيحية</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected the W3C annotation context {context}</source>
        <translation>يُتوقع سياق التعليقات التوضيحية لاتحاد W3C وهو {context}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected an annotation (a JSON object)</source>
        <translation>يُتوقع تعليق توضيحي (كائن JSON)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;Annotation&quot;</source>
        <translation>يُتوقع “Annotation”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing: every note needs its creation time</source>
        <translation>مفقود: لكل ملاحظة وقت إنشاء لا بد منه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a motivation name such as commenting</source>
        <translation>يُتوقع اسم غرض مثل commenting</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>missing: every note needs an id (urn:uuid: and a UUID)</source>
        <translation>مفقود: لكل ملاحظة معرّف لا بد منه (urn:uuid: متبوعًا بمعرّف UUID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text: urn:uuid: and a UUID</source>
        <translation>يُتوقع نص: urn:uuid: متبوعًا بمعرّف UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected urn:uuid: and a UUID, not {value}</source>
        <translation>يُتوقع urn:uuid: متبوعًا بمعرّف UUID، لا {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the same id as {first}: a note may appear only once</source>
        <translation>المعرّف نفسه الوارد في {first}: لا يجوز أن ترد الملاحظة إلا مرة واحدة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected {what}, not {value}</source>
        <translation>يُتوقع {what}، لا {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>holds a lone surrogate (\ud800-\udfff), which is not a character</source>
        <translation>يتضمن بديلًا منفردًا (\ud800-\udfff)، وهو ليس حرفًا</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a text body or a list of them; notes kept elsewhere (a link) cannot be imported</source>
        <translation>يُتوقع متن نصي أو قائمة متون نصية؛ ولا يمكن استيراد الملاحظات المحفوظة في موضع آخر (رابط)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a text body (a JSON object with a value)</source>
        <translation>يُتوقع متن نصي (كائن JSON ذو قيمة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only TextualBody (note text or tag) can be imported, not {kind}</source>
        <translation>لا يمكن استيراد إلا TextualBody (نص ملاحظة أو وسم)، لا {kind}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected text</source>
        <translation>يُتوقع نص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{purpose} is not kept by OIC Reader: it keeps notes (commenting) and tags (tagging)</source>
        <translation>لا يحتفظ OIC Reader بالغرض {purpose}: فهو يحتفظ بالملاحظات (commenting) والوسوم (tagging)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: a text body needs a value</source>
        <translation>مفقود: لا بد للمتن النصي من قيمة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a second note: OIC Reader keeps one note per annotation</source>
        <translation>ملاحظة ثانية: يحتفظ OIC Reader بملاحظة واحدة لكل تعليق توضيحي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: every note needs a target (the paragraph it is on)</source>
        <translation>مفقود: لا بد لكل ملاحظة من هدف (الفقرة التي ترد فيها)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected exactly one target, not {count}</source>
        <translation>يُتوقع هدف واحد بالضبط، لا {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected the paragraph&apos;s IRI or an object with a source</source>
        <translation>يُتوقع معرّف IRI للفقرة أو كائن ذو مصدر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the target needs a source (the paragraph)</source>
        <translation>مفقود: لا بد للهدف من مصدر (الفقرة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the paragraph&apos;s IRI as text</source>
        <translation>يُتوقع معرّف IRI للفقرة في صورة نص</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a TextQuoteSelector and a TextPositionSelector</source>
        <translation>يُتوقع TextQuoteSelector وTextPositionSelector</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a selector (a JSON object)</source>
        <translation>يُتوقع محدِّد (كائن JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refined selectors cannot be placed</source>
        <translation>لا يمكن وضع المحدِّدات المنقّحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a second TextQuoteSelector (the first is {first})</source>
        <translation>TextQuoteSelector ثانٍ (الأول في {first})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second TextPositionSelector (the first is {first})</source>
        <translation>TextPositionSelector ثانٍ (الأول في {first})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start {start} is not before end {end}: a highlight covers at least one character</source>
        <translation>البداية {start} لا تسبق النهاية {end}: يشمل التظليل حرفًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing: which kind of selector this is</source>
        <translation>مفقود: نوع هذا المحدِّد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown selector type {kind}: OIC Reader can place a highlight only by TextQuoteSelector and TextPositionSelector</source>
        <translation>نوع محدِّد غير معروف {kind}: لا يستطيع OIC Reader وضع التظليل إلا بواسطة TextQuoteSelector وTextPositionSelector</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TextQuoteSelector needs a TextPositionSelector beside it (where the words are)</source>
        <translation>لا بد أن يرافق TextQuoteSelector محدِّدُ TextPositionSelector (موضع الكلمات)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a TextPositionSelector needs a TextQuoteSelector beside it (the words)</source>
        <translation>لا بد أن يرافق TextPositionSelector محدِّدُ TextQuoteSelector (الكلمات)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: the highlighted words</source>
        <translation>مفقود: الكلمات المظلَّلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: a highlight quotes at least one character</source>
        <translation>فارغ: يقتبس التظليل حرفًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing: expected a whole number ≥ 0</source>
        <translation>مفقود: يُتوقع عدد صحيح ≥ 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number ≥ 0, not {value}</source>
        <translation>يُتوقع عدد صحيح ≥ 0، لا {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a colour class oicr-rrggbb (#rrggbb, e.g. oicr-fff176), not {value}</source>
        <translation>يُتوقع صنف لون oicr-rrggbb ‏(#rrggbb، مثل oicr-fff176)، لا {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a CssStylesheet (a JSON object) or its IRI</source>
        <translation>يُتوقع CssStylesheet (كائن JSON) أو معرّف IRI الخاص به</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;CssStylesheet&quot;</source>
        <translation>يُتوقع “CssStylesheet”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected CSS as text</source>
        <translation>يُتوقع CSS في صورة نص</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an IRI such as {prefix}…, not {value}</source>
        <translation>يُتوقع معرّف IRI مثل {prefix}…، لا {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown kind of source {scheme}: OIC Reader places notes only on its own documents ({form})</source>
        <translation>نوع مصدر غير معروف {scheme}: لا يضع OIC Reader الملاحظات إلا على وثائقه ({form})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected {form}, not {value}</source>
        <translation>يُتوقع {form}، لا {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the percent-escapes in {value} are not UTF-8</source>
        <translation>رموز الترميز المئوي في {value} ليست بترميز ‎UTF-8</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/w3c_validation.py" line="-56"/>
        <source>Ask the sender to export the notes again from OIC Reader, or correct the file at the places listed and import it again.</source>
        <translation>اطلب من المرسل أن يصدِّر الملاحظات مرة أخرى من OIC Reader، أو صحّح الملف في المواضع المذكورة ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{location}: {problem}</source>
        <translation>{location}: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file}: 1 problem — {listed}. Nothing was imported. {advice}</source>
        <translation>{file}: مشكلة واحدة — {listed}. لم يُستورد أي شيء. {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file}: {count} problems — {listed}. Nothing was imported. {advice}</source>
        <translation>{file}: عدد المشكلات {count} — {listed}. لم يُستورد أي شيء. {advice}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a date and time as text, like {example}</source>
        <translation>يُتوقع تاريخ ووقت في صورة نص، مثل {example}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an ISO 8601 date and time like {example}, not {value}</source>
        <translation>يُتوقع تاريخ ووقت وفق المعيار ISO 8601 مثل {example}، لا {value}</translation>
    </message>
    <message>
        <location filename="../../oicreader/align/relinks.py" line="+23"/>
        <source>Arabic version</source>
        <translation>النسخة العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English version</source>
        <translation>النسخة الإنكليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French version</source>
        <translation>النسخة الفرنسية</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{symbol}: cannot re-link the {version}: it is the source the other versions are aligned to; re-link a translation</source>
        <translation>{symbol}: تتعذّر إعادة ربط {version}: فهي المصدر الذي تُحاذى إليه النسخ الأخرى؛ أعد ربط إحدى الترجمات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{symbol}: cannot re-link the {version}: the document has no such version (it has {languages})</source>
        <translation>{symbol}: تتعذّر إعادة ربط {version}: لا توجد للوثيقة هذه النسخة (نسخها: {languages})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{symbol}, {version}, row {row}: {refusal}; nothing was changed</source>
        <translation>{symbol}، {version}، الصف {row}: {refusal}؛ ولم يطرأ أي تغيير</translation>
    </message>
    <message>
        <location filename="../../oicreader/app/reports.py" line="+168"/>
        <source>could not back up the library first ({reason}); nothing was imported</source>
        <translation>تعذّر أخذ نسخة احتياطية من المكتبة أولًا ({reason})؛ ولم يُستورد أي شيء</translation>
    </message>
    <message>
        <location filename="../../oicreader/errors.py" line="+49"/>
        <source>{earlier}, {item}</source>
        <translation>{earlier}، {item}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{message} — {advice}</source>
        <translation>{message} — {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is not enough memory for this; close other programs and try again</source>
        <translation>لا تتوفر ذاكرة كافية لإتمام هذه العملية؛ يُرجى إغلاق البرامج الأخرى والمحاولة مرة أخرى</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the disk is full; free some space and try again (nothing was changed)</source>
        <translation>القرص ممتلئ؛ يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى (لم يطرأ أي تغيير)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk may be full or failing; free some space and try again (nothing was changed); if it persists, restore a backup (oicreader restore)</source>
        <translation>ربما يكون القرص ممتلئًا أو معطوبًا؛ يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى (لم يطرأ أي تغيير)؛ وإذا استمرت المشكلة، فاستعد نسخة احتياطية (oicreader restore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder is read-only (a read-only disk or share); reading works, but nothing can be saved there: set OICREADER_HOME to a folder you can write</source>
        <translation>المجلد للقراءة فقط (قرص أو مجلد مشترك للقراءة فقط)؛ تعمل القراءة، ولكن لا يمكن حفظ أي شيء فيه: اضبط OICREADER_HOME على مجلد تملك صلاحية الكتابة فيه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the library cannot be written (read-only file or folder); check its permissions, or set OICREADER_HOME to a folder you can write</source>
        <translation>تتعذّر الكتابة في المكتبة (ملف أو مجلد للقراءة فقط)؛ تحقّق من أذوناتها، أو اضبط OICREADER_HOME على مجلد تملك صلاحية الكتابة فيه</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+44"/>
        <source>{file}: {reason} — {advice}</source>
        <translation>{file}: {reason} — {advice}</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>{reason} — {advice}</source>
        <translation>{reason} — {advice}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file or its folder cannot be written or read here; check its permissions, or set OICREADER_HOME to a folder you can write</source>
        <translation>تتعذّر قراءة الملف أو مجلده أو الكتابة فيهما هنا؛ تحقّق من الأذونات، أو اضبط OICREADER_HOME على مجلد تملك صلاحية الكتابة فيه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path is a loop of symbolic links; give the real file</source>
        <translation>المسار حلقة من الروابط الرمزية؛ يُرجى تحديد الملف الفعلي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such file; check the name</source>
        <translation>لا يوجد ملف بهذا الاسم؛ يُرجى التحقق من الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that is a folder; give a file</source>
        <translation>هذا مجلد؛ يُرجى تحديد ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file and try again</source>
        <translation>تحقّق من الملف وحاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another OIC Reader is writing to it; wait a moment and try again</source>
        <translation>ثمة نسخة أخرى من OIC Reader تكتب فيها؛ يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>try again; if it persists, restore a backup (oicreader restore)</source>
        <translation>حاول مرة أخرى؛ وإذا استمرت المشكلة، فاستعد نسخة احتياطية (oicreader restore)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/bundle.py" line="-51"/>
        <source>is not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>Fix the file.</source>
        <translation>يُرجى تصحيح الملف.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a required entry is missing or has the wrong type ({reason})</source>
        <translation>ثمة مدخل إلزامي مفقود أو من نوع غير صحيح ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare it with resources/documents/oic-acm-2017-chair-rep/meta.json.</source>
        <translation>قارنه بالملف ‎resources/documents/oic-acm-2017-chair-rep/meta.json.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../oicreader/importing/safe_read.py" line="+113"/>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore it from the repository.</source>
        <translation>استعده من المستودع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not valid JSON</source>
        <translation>ليس بصيغة JSON صحيحة</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/decoding.py" line="+16"/>
        <source>Check that it is the right file; if it is, split it into one file per language, or take the pictures out of a Word file.</source>
        <translation>تحقّق من أنه الملف الصحيح؛ وإن كان كذلك، فقسّمه إلى ملف لكل لغة، أو احذف الصور من ملف Word.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+28"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Choose the file that holds the report&apos;s text.</source>
        <translation>اختر الملف الذي يحتوي على نص التقرير.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{offset} (line {line})</source>
        <translation>{offset} (السطر {line})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{listed} and {more} more</source>
        <translation>{listed} و{more} موضعًا آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of the file is UTF-8, but 1 place in it is not: text typed or pasted in another encoding</source>
        <translation>معظم الملف بترميز ‎UTF-8، غير أن موضعًا واحدًا فيه ليس كذلك: نص مكتوب أو ملصق بترميز آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>most of the file is UTF-8, but {count} places in it are not: text typed or pasted in another encoding</source>
        <translation>معظم الملف بترميز ‎UTF-8، غير أن {count} من مواضعه ليست كذلك: نص مكتوب أو ملصق بترميز آخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the file in a text editor, correct the text at those places, and save it again as UTF-8.</source>
        <translation>افتح الملف في محرر نصوص، وصحّح النص في تلك المواضع، ثم احفظه من جديد بترميز ‎UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byte offsets {listed}</source>
        <translation>مواضع البايتات {listed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byte offset {listed}</source>
        <translation>موضع البايت {listed}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this is a binary file, not plain text</source>
        <translation>هذا ملف ثنائي وليس نصًا عاديًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as plain text (.txt, UTF-8) and import that.</source>
        <translation>احفظ التقرير نصًا عاديًا (‎.txt، ‎UTF-8) واستورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text cannot be decoded as {encoding}, Windows-1256 or Windows-1252</source>
        <translation>تتعذّر قراءة النص بترميز {encoding} أو ‎Windows-1256 أو ‎Windows-1252</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the file in a text editor and save it again as UTF-8.</source>
        <translation>افتح الملف في محرر نصوص واحفظه من جديد بترميز ‎UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first bad byte at byte offset {offset}</source>
        <translation>أول بايت غير صالح في الموضع {offset}</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/errors.py" line="+21"/>
        <source>{file}: {problem} ({place}). {advice}</source>
        <translation>{file}: {problem} ({place}). {advice}</translation>
    </message>
    <message>
        <location filename="../../oicreader/annotations/sealed_notes.py" line="-132"/>
        <location filename="../../oicreader/importing/errors.py" line="+10"/>
        <source>{file}: {problem}. {advice}</source>
        <translation>{file}: {problem}. {advice}</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/file_formats.py" line="+18"/>
        <source>plain text (.txt in UTF-8, UTF-16, Windows-1256 or Windows-1252), Word (.docx) and PDF with text (.pdf)</source>
        <translation>النص العادي (‎.txt بترميز ‎UTF-8 أو ‎UTF-16 أو ‎Windows-1256 أو ‎Windows-1252)، وملفات Word ‏(‎.docx)، وملفات PDF التي تحتوي على نص (‎.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open it in Word or LibreOffice, save it as a Word document (.docx), and import that.</source>
        <translation>افتحه في Word أو LibreOffice، واحفظه مستند Word ‏(‎.docx)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture holds no text to import: ask for the Word file, or type the text into a .txt file.</source>
        <translation>لا تحتوي الصورة على نص يمكن استيراده: اطلب ملف Word، أو اكتب النص في ملف ‎.txt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for the report as a Word file (.docx) or a plain-text file (.txt).</source>
        <translation>اطلب التقرير في ملف Word ‏(‎.docx) أو في ملف نصي عادي (‎.txt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>an older Word file (.doc, Word 97–2003)</source>
        <translation>ملف Word بصيغة قديمة (‎.doc، Word 97–2003)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>a Word file with macros (.docm)</source>
        <translation>ملف Word يحتوي على وحدات ماكرو (‎.docm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word template (.dot)</source>
        <translation>قالب Word ‏(‎.dot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word template (.dotx)</source>
        <translation>قالب Word ‏(‎.dotx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Word template (.dotm)</source>
        <translation>قالب Word ‏(‎.dotm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>an OpenDocument text file (.odt)</source>
        <translation>ملف نصي بصيغة OpenDocument ‏(‎.odt)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>an OpenDocument text file (.fodt)</source>
        <translation>ملف نصي بصيغة OpenDocument ‏(‎.fodt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>a Rich Text file (.rtf)</source>
        <translation>ملف نص منسّق (‎.rtf)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>a WordPerfect file (.wpd)</source>
        <translation>ملف WordPerfect ‏(‎.wpd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Apple Pages file (.pages)</source>
        <translation>ملف Apple Pages ‏(‎.pages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page (.htm)</source>
        <translation>صفحة ويب (‎.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page (.html)</source>
        <translation>صفحة ويب (‎.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.png)</source>
        <translation>صورة (‎.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.jpg)</source>
        <translation>صورة (‎.jpg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.jpeg)</source>
        <translation>صورة (‎.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.gif)</source>
        <translation>صورة (‎.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned picture (.tif)</source>
        <translation>صورة ممسوحة ضوئيًا (‎.tif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scanned picture (.tiff)</source>
        <translation>صورة ممسوحة ضوئيًا (‎.tiff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.bmp)</source>
        <translation>صورة (‎.bmp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.heic)</source>
        <translation>صورة (‎.heic)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (.webp)</source>
        <translation>صورة (‎.webp)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a picture (PNG)</source>
        <translation>صورة (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (JPEG)</source>
        <translation>صورة (JPEG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture (GIF)</source>
        <translation>صورة (GIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a scanned picture (TIFF)</source>
        <translation>صورة ممسوحة ضوئيًا (TIFF)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is named .pdf but is not a PDF inside</source>
        <translation>يحمل الامتداد ‎.pdf لكن محتواه ليس ملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is the right file, or ask for the report again.</source>
        <translation>تحقّق من أنه الملف الصحيح، أو اطلب التقرير مرة أخرى.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is named .docx but is not a Word document inside</source>
        <translation>يحمل الامتداد ‎.docx لكن محتواه ليس مستند Word</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a {suffix} file</source>
        <translation>ملف {suffix}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a damaged zip or Word file</source>
        <translation>ملف مضغوط (zip) أو ملف Word تالف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PowerPoint presentation</source>
        <translation>عرض تقديمي PowerPoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a zip archive</source>
        <translation>أرشيف مضغوط (zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is {kind}; OIC Reader imports {supported}</source>
        <translation>هذا {kind}؛ ويستورد OIC Reader {supported}</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/import_plan.py" line="+121"/>
        <source>unknown language {language}</source>
        <translation>لغة غير معروفة {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use ar, en or fr.</source>
        <translation>استخدم ar أو en أو fr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is given twice</source>
        <translation>محدَّد مرتين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give each language&apos;s file once.</source>
        <translation>حدّد ملف كل لغة مرة واحدة.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give each file a different language: one file per language.</source>
        <translation>خصّص لكل ملف لغة مختلفة: ملف واحد لكل لغة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If one of them is in another language, say which (--lang {file}=fr, or ar, en).</source>
        <translation>إذا كان أحدهما بلغة أخرى، فحدّدها (--lang {file}=fr أو ar أو en).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file and {other} are both {language}; a document has one file per language</source>
        <translation>هذا الملف والملف {other} كلاهما باللغة {language}؛ وللوثيقة ملف واحد لكل لغة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the files name different document symbols ({named})</source>
        <translation>تذكر الملفات رموز وثائق مختلفة ({named})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import each document&apos;s files separately, or give the symbol with --symbol.</source>
        <translation>استورد ملفات كل وثيقة على حدة، أو حدّد الرمز باستخدام --symbol.</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/pdf_file.py" line="+36"/>
        <source>Give its password on standard input (oicreader import FILE --password-stdin), or ask for a copy without a password.</source>
        <translation>أدخل كلمة المرور عبر الإدخال القياسي (oicreader import FILE --password-stdin)، أو اطلب نسخة غير محمية بكلمة مرور.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run it through OCR first, or ask for the Word file.</source>
        <translation>أخضِعه أولًا للتعرّف الضوئي على الحروف (OCR)، أو اطلب ملف Word.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download or copy the file again, or ask for the Word file.</source>
        <translation>نزّل الملف أو انسخه مرة أخرى، أو اطلب ملف Word.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the PDF has no pages</source>
        <translation>لا يحتوي ملف PDF على أي صفحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF has {count} pages, more than the {limit} a report can have</source>
        <translation>يضم ملف PDF {count} صفحة، أي أكثر من الحد الأقصى لصفحات التقرير وهو {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../oicreader/importing/plain_text.py" line="+88"/>
        <source>Check that it is the right file; if it is, split it into smaller files.</source>
        <translation>تحقّق من أنه الملف الصحيح؛ وإن كان كذلك، فقسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the password given does not open this PDF</source>
        <translation>كلمة المرور المدخلة لا تفتح ملف PDF هذا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is protected by a password</source>
        <translation>ملف PDF محمي بكلمة مرور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF is protected in a way OIC Reader cannot open</source>
        <translation>ملف PDF محمي بطريقة يتعذّر على OIC Reader فتحها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>ملف PDF تالف وتتعذّر قراءته</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <source>the PDF is damaged</source>
        <translation>ملف PDF تالف</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the page holds {count} characters, more than a report&apos;s page can</source>
        <translation>تضم الصفحة {count} حرفًا، أي أكثر مما يمكن أن تحويه صفحة من تقرير</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../oicreader/importing/safe_read.py" line="-62"/>
        <source>Check that it is the right file.</source>
        <translation>تحقّق من أنه الملف الصحيح.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the PDF is incomplete (it stops before its end, as a cut download does)</source>
        <translation>ملف PDF غير مكتمل (ينتهي قبل نهايته الفعلية، كما يحدث عند انقطاع التنزيل)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the PDF holds a compressed stream that unpacks to more than {megabytes} MB (a &quot;zip bomb&quot;, or a damaged file)</source>
        <translation>يحتوي ملف PDF على تدفق مضغوط يتجاوز حجمه بعد فك الضغط {megabytes} MB (قنبلة ضغط، أو ملف تالف)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check where the file comes from, and ask for the Word file.</source>
        <translation>تحقّق من مصدر الملف، واطلب ملف Word.</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/pdf_layout.py" line="+91"/>
        <source>scanned pages with no text</source>
        <translation>صفحات ممسوحة ضوئيًا لا تحتوي على نص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this PDF holds no text to read</source>
        <translation>لا يحتوي ملف PDF هذا على نص يمكن قراءته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the Word file, or a PDF with text.</source>
        <translation>اطلب ملف Word، أو ملف PDF يحتوي على نص.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pages {pages} of this PDF hold only pictures (scanned pages?): their text cannot be read, and the report would be imported without it</source>
        <translation>لا تحتوي الصفحات {pages} من ملف PDF هذا إلا على صور (صفحات ممسوحة ضوئيًا؟): يتعذّر قراءة نصها، وسيُستورد التقرير من دونه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page {pages} of this PDF hold only pictures (scanned pages?): their text cannot be read, and the report would be imported without it</source>
        <translation>لا تحتوي الصفحة {pages} من ملف PDF هذا إلا على صور (صفحة ممسوحة ضوئيًا؟): يتعذّر قراءة نصها، وسيُستورد التقرير من دونه</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/plain_text.py" line="-3"/>
        <source>the file has more than {count} lines, far more than a report</source>
        <translation>يضم الملف أكثر من {count} سطر، وهو ما يتجاوز بكثير طول أي تقرير</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>paragraph {number} is out of order after paragraph {current} (first seen at {seen})</source>
        <translation>الفقرة {number} في غير موضعها بعد الفقرة {current} (وردت أول مرة في {seen})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paragraph {number} is out of order after paragraph {current}</source>
        <translation>الفقرة {number} في غير موضعها بعد الفقرة {current}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the paragraph numbers: each number may appear once, in order.</source>
        <translation>تحقّق من أرقام الفقرات: يجوز أن يرد كل رقم مرة واحدة، وبالترتيب.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no numbered paragraphs found</source>
        <translation>لم يُعثر على فقرات مرقّمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each paragraph must start with its number, written as 1. or 1- or (1) (Arabic-Indic digits such as ١. are fine), or be numbered by Word&apos;s automatic numbering; paragraphs without numbers must follow a cover that ends with its date, separated by blank lines.</source>
        <translation>يجب أن تبدأ كل فقرة برقمها مكتوبًا على شكل 1. أو 1- أو (1) (ويجوز استخدام الأرقام العربية المشرقية مثل ١.)، أو أن تكون مرقّمة بالترقيم التلقائي في Word؛ أما الفقرات غير المرقّمة فيجب أن تلي غلافًا ينتهي بتاريخه، وأن تفصل بينها أسطر فارغة.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no paragraphs found after the cover</source>
        <translation>لم يُعثر على فقرات بعد الغلاف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the report&apos;s paragraphs after its cover, separated by blank lines, or number them (1. or (1)).</source>
        <translation>ضع فقرات التقرير بعد غلافه، مفصولة بأسطر فارغة، أو رقّمها (1. أو (1)).</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/safe_read.py" line="-24"/>
        <source>Give the path of the saved file itself.</source>
        <translation>حدّد مسار الملف المحفوظ نفسه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is {size} MB, over the {limit} MB limit</source>
        <translation>حجم الملف {size} MB، وهو ما يتجاوز الحد الأقصى البالغ {limit} MB</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+31"/>
        <source>is a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>a named pipe (FIFO)</source>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a special file</source>
        <translation>ملف خاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is {kind}, not a file</source>
        <translation>{kind} وليس ملفًا</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check the path and try again.</source>
        <translation>تحقّق من المسار وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a loop of symbolic links</source>
        <translation>حلقة من الروابط الرمزية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied for the file or a folder above it</source>
        <translation>لا تملك إذنًا بالوصول إلى الملف أو إلى أحد المجلدات التي تحتويه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the file to a folder of yours, or ask its owner for access.</source>
        <translation>انسخ الملف إلى مجلد خاص بك، أو اطلب إذن الوصول من مالكه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file and try again.</source>
        <translation>تحقّق من الملف وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/word_file.py" line="+118"/>
        <source>this Word file cannot be read ({reason})</source>
        <translation>تتعذّر قراءة ملف Word هذا ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this Word file is damaged ({kind})</source>
        <translation>ملف Word هذا تالف ({kind})</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/word_package.py" line="+28"/>
        <source>Open it in Word or LibreOffice, save it again as .docx, and import that.</source>
        <translation>افتحه في Word أو LibreOffice، واحفظه من جديد بصيغة ‎.docx، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that it is the right file; if it is, open it in Word or LibreOffice, save it again as .docx (or split the report into smaller files) and import that.</source>
        <translation>تحقّق من أنه الملف الصحيح؛ وإن كان كذلك، فافتحه في Word أو LibreOffice، واحفظه من جديد بصيغة ‎.docx (أو قسّم التقرير إلى ملفات أصغر)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this Word file is damaged ({kind}: {reason})</source>
        <translation>ملف Word هذا تالف ({kind}: {reason})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the Word file holds {count} parts, more than {limit}</source>
        <translation>يضم ملف Word ‏{count} جزءًا، أي أكثر من {limit}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unpacks to more than {megabytes} MB</source>
        <translation>يتجاوز حجمه بعد فك الضغط {megabytes} MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>makes the file unpack to more than {megabytes} MB</source>
        <translation>يجعل حجم الملف بعد فك الضغط يتجاوز {megabytes} MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brings its XML to more than {count} elements</source>
        <translation>يرفع عدد عناصر XML فيه إلى أكثر من {count} عنصر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this Word file is too large inside: its part {part} {what}</source>
        <translation>محتوى ملف Word هذا كبير جدًا: الجزء {part} منه {what}</translation>
    </message>
    <message>
        <location filename="../../oicreader/model/paragraph_links.py" line="+125"/>
        <source>there is no row {row}</source>
        <translation>لا يوجد صف رقمه {row}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row {row} is the last row: there is no row after it to merge</source>
        <translation>الصف {row} هو الصف الأخير: لا يوجد بعده صف يمكن دمجه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>row {row} is not merged with another row; only a merged row can be split</source>
        <translation>الصف {row} غير مدموج مع صف آخر؛ ولا يمكن تقسيم إلا صف مدموج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown move {move}: use one of {moves}</source>
        <translation>حركة غير معروفة {move}: استخدم إحدى الحركات {moves}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>row {row} has no paragraph of this version to move</source>
        <translation>لا يضم الصف {row} أي فقرة من هذه النسخة يمكن نقلها</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>row {row} is the first row: there is no row before it</source>
        <translation>الصف {row} هو الصف الأول: لا يوجد صف قبله</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row {row} is the last row: there is no row after it</source>
        <translation>الصف {row} هو الصف الأخير: لا يوجد صف بعده</translation>
    </message>
    <message>
        <location filename="../../oicreader/model/selection.py" line="+26"/>
        <source>cannot read {part} as a paragraph number or range: write numbers and ranges separated by commas, such as 3, 5-7</source>
        <translation>تتعذّر قراءة {part} بوصفه رقم فقرة أو نطاقًا: اكتب أرقامًا ونطاقات تفصل بينها فواصل، مثل 3، 5-7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the range {first}-{last} runs backwards: write {last}-{first}</source>
        <translation>النطاق {first}-{last} معكوس: اكتب {last}-{first}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the range {first}-{last} is too large</source>
        <translation>النطاق {first}-{last} كبير جدًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no paragraph chosen: give numbers such as 3, 5-7</source>
        <translation>لم تُختر أي فقرة: حدّد أرقامًا مثل 3، 5-7</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../oicreader/store/briefs.py" line="+52"/>
        <location filename="../../oicreader/store/library.py" line="+487"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no paragraph {missing} in this document (its paragraphs are {span})</source>
        <translation>لا توجد في هذه الوثيقة الفقرة {missing} (فقراتها هي {span})</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/annotation_moves.py" line="+126"/>
        <source>revision {revision} of {document} has no paragraph {paragraph} in {language}</source>
        <translation>لا يتضمن التنقيح {revision} من {document} الفقرة {paragraph} باللغة {language}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the words {quote} are not at {start}-{end}</source>
        <translation>الكلمات {quote} ليست في الموضع {start}-{end}</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/annotations.py" line="+144"/>
        <location line="+215"/>
        <source>no note with id {id}</source>
        <translation>لا توجد ملاحظة بالمعرّف {id}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>no note with id {id} (or already deleted)</source>
        <translation>لا توجد ملاحظة بالمعرّف {id} (أو أنها حُذفت من قبل)</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/backups.py" line="+162"/>
        <source>cannot back up {file}: there is no such file</source>
        <translation>تعذّر أخذ نسخة احتياطية من {file}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot back up {file}: the file is empty</source>
        <translation>تعذّر أخذ نسخة احتياطية من {file}: الملف فارغ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the backup copy of {file} failed its check ({problem}); no older backup was removed; OIC Reader checks the library in full at its next start and, if it is damaged, repairs it from a backup: close OIC Reader and start it again</source>
        <translation>لم تجتز النسخة الاحتياطية من {file} الفحص ({problem})؛ ولم تُحذف أي نسخة احتياطية سابقة؛ وسيفحص OIC Reader المكتبة فحصًا كاملًا عند تشغيله التالي، وإذا كانت تالفة أصلحها من نسخة احتياطية: أغلق OIC Reader ثم شغّله من جديد</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the backup {file} is damaged ({problem}); nothing was changed</source>
        <translation>النسخة الاحتياطية {file} تالفة ({problem})؛ ولم يطرأ أي تغيير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the copy of the backup {file} failed its check; nothing was changed</source>
        <translation>لم تجتز نسخة النسخة الاحتياطية {file} الفحص؛ ولم يطرأ أي تغيير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not back up the current library first ({reason}); nothing was changed</source>
        <translation>تعذّر أخذ نسخة احتياطية من المكتبة الحالية أولًا ({reason})؛ ولم يطرأ أي تغيير</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there are no backups in {folder}</source>
        <translation>لا توجد نسخ احتياطية في {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no backup file {file}; nothing was changed</source>
        <translation>لا يوجد ملف نسخة احتياطية باسم {file}؛ ولم يطرأ أي تغيير</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the backup {file} was written by a newer OIC Reader (schema {version}; this version knows {known}): update OIC Reader to restore it, or choose an older backup; nothing was changed</source>
        <translation>كُتبت النسخة الاحتياطية {file} بإصدار أحدث من OIC Reader (المخطط {version}؛ ولا يعرف هذا الإصدار إلا المخطط {known}): حدّث OIC Reader لاستعادتها، أو اختر نسخة احتياطية أقدم؛ ولم يطرأ أي تغيير</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/backup_copies.py" line="+50"/>
        <source>could not copy {file} ({reason}); no older backup was removed</source>
        <translation>تعذّر نسخ {file} ({reason})؛ ولم تُحذف أي نسخة احتياطية سابقة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the backup copy stayed in journal mode {mode}</source>
        <translation>بقيت النسخة الاحتياطية في وضع اليومية {mode}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the backup copy still needs a write-ahead log</source>
        <translation>لا تزال النسخة الاحتياطية تحتاج إلى سجل كتابة مسبقة</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/health.py" line="+91"/>
        <source>not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the write-ahead log belongs to another database (it turns the schema back)</source>
        <translation>سجل الكتابة المسبقة يعود إلى قاعدة بيانات أخرى (فهو يُرجع المخطط إلى حالة سابقة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the write-ahead log belongs to another database or is damaged ({problem})</source>
        <translation>سجل الكتابة المسبقة يعود إلى قاعدة بيانات أخرى أو أنه تالف ({problem})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty file, beside a {size}-byte write-ahead log</source>
        <translation>ملف فارغ، إلى جانبه سجل كتابة مسبقة حجمه {size} بايت</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a database file, or encrypted with another passphrase</source>
        <translation>ليس ملف قاعدة بيانات، أو أنه مشفّر بعبارة مرور أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>integrity check failed</source>
        <translation>أخفق فحص السلامة</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the write-ahead log cannot be applied</source>
        <translation>يتعذّر تطبيق سجل الكتابة المسبقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>integrity check failed: {failures}</source>
        <translation>أخفق فحص السلامة: {failures}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a database file</source>
        <translation>ليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage}: {reason}</source>
        <translation>{stage}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds no library: the database has no tables</source>
        <translation>لا يحتوي على مكتبة: لا توجد جداول في قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an OIC Reader library ({tables} tables, schema version 0)</source>
        <translation>ليس مكتبة OIC Reader ‏({tables} جدول، إصدار المخطط 0)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not a database file (no SQLite header)</source>
        <translation>ليس ملف قاعدة بيانات (لا يتضمن ترويسة SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a database file (its header is damaged)</source>
        <translation>ليس ملف قاعدة بيانات (ترويسته تالفة)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>truncated: the file has {size} bytes, its header says {expected}</source>
        <translation>ملف مبتور: حجمه {size} بايت، في حين تذكر ترويسته {expected}</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/library.py" line="-158"/>
        <location line="+141"/>
        <location line="+96"/>
        <source>no document {key} in the library</source>
        <translation>لا توجد في المكتبة وثيقة باسم {key}</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>a document with the symbol {symbol} is already in the library ({key}); remove it first or give the file another symbol</source>
        <translation>توجد في المكتبة بالفعل وثيقة تحمل الرمز {symbol} ({key})؛ احذفها أولًا أو امنح الملف رمزًا آخر</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>no document {reference} in the library (documents: {known}); give a symbol, an id, or the path of a .txt file</source>
        <translation>لا توجد في المكتبة وثيقة باسم {reference} (الوثائق: {known})؛ حدّد رمزًا أو معرّفًا أو مسار ملف ‎.txt</translation>
    </message>
    <message>
        <location line="+91"/>
        <location filename="../../oicreader/store/revisions.py" line="+142"/>
        <source>{symbol} has no revision {revision} (its revisions: {numbers})</source>
        <translation>لا يوجد للوثيقة {symbol} تنقيح رقمه {revision} (تنقيحاتها: {numbers})</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/revisions.py" line="-48"/>
        <source>these files hold the same text as revision {revision} of {symbol}; nothing was imported</source>
        <translation>تحتوي هذه الملفات على النص نفسه الوارد في التنقيح {revision} من {symbol}؛ ولم يُستورد أي شيء</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} has one revision only; import its next version (`oicreader import FILE...`) to compare</source>
        <translation>للوثيقة {symbol} تنقيح واحد فقط؛ استورد نسختها التالية (`oicreader import FILE...`) لإجراء المقارنة</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/schema.py" line="+473"/>
        <source>the library was written by a newer OIC Reader (schema {version}; this version knows {known}): update OIC Reader to open it</source>
        <translation>كُتبت المكتبة بإصدار أحدث من OIC Reader (المخطط {version}؛ ولا يعرف هذا الإصدار إلا المخطط {known}): حدّث OIC Reader لفتحها</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file}: another OIC Reader is upgrading this library or writing to it and has not finished; wait until it has, then try again</source>
        <translation>{file}: ثمة نسخة أخرى من OIC Reader تحدّث هذه المكتبة أو تكتب فيها ولم تنتهِ بعد؛ انتظر حتى تنتهي ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../oicreader/app/briefs.py" line="+95"/>
        <source>{document} has no paragraph {missing}: choose paragraphs it has</source>
        <translation>لا توجد في {document} الفقرة {missing}: اختر فقرات موجودة فيه</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>no paragraph of the library {file} has the topic {topic}: list topics with `oicreader topics DOC`</source>
        <translation>لا توجد في المكتبة {file} فقرة تتناول الموضوع {topic}: اعرض المواضيع بالأمر `oicreader topics DOC`</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>write {syntax}, such as {example}, or {topic}</source>
        <translation>اكتب {syntax}، مثل {example}، أو {topic}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>item {item}: {reason}</source>
        <translation>العنصر {item}: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the brief quotes paragraph {number} of {key}, revision {revision}, which the library {file} no longer holds ({reason}): remove that item</source>
        <translation>يقتبس ملف الإحاطة الفقرة {number} من {key}، التنقيح {revision}، ولم تعد المكتبة {file} تحتويها ({reason}): احذف هذا العنصر</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{symbol} (revision {revision}) has no paragraph {number}: remove that item from the brief</source>
        <translation>لا يتضمن {symbol} (التنقيح {revision}) الفقرة {number}: احذف هذا العنصر من ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a brief is written in ar, en or fr, not {language}: choose one of them</source>
        <translation>يُكتب ملف الإحاطة بالعربية (ar) أو الإنجليزية (en) أو الفرنسية (fr)، لا بـ {language}: اختر إحداها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a brief needs a title: type one</source>
        <translation>يحتاج ملف الإحاطة إلى عنوان: اكتب عنوانًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a heading or note of a brief needs words: type them</source>
        <translation>يحتاج العنوان الفرعي أو الملاحظة في ملف الإحاطة إلى نص: اكتبه</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/briefs.py" line="+3"/>
        <source>no brief {reference} in the library {file} (briefs: {titles}); give a brief&apos;s title or number</source>
        <translation>لا يوجد ملف إحاطة {reference} في المكتبة {file} (ملفات الإحاطة: {titles})؛ اذكر عنوان ملف إحاطة أو رقمه</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the new order of brief {brief} does not name each of its {count} items once: open the brief again and reorder it there</source>
        <translation>الترتيب الجديد لملف الإحاطة {brief} لا يذكر كل عنصر من عناصره البالغة {count} مرة واحدة: افتح ملف الإحاطة من جديد وأعد ترتيبه فيه</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a brief titled {title} is already in the library {file}: choose another title, or open that brief</source>
        <translation>يوجد في المكتبة {file} ملف إحاطة بعنوان {title}: اختر عنوانًا آخر أو افتح ذلك الملف</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no brief number {brief} in the library {file}: list the briefs and choose one</source>
        <translation>لا يوجد ملف إحاطة رقمه {brief} في المكتبة {file}: اعرض قائمة ملفات الإحاطة واختر أحدها</translation>
    </message>
    <message>
        <location filename="../../oicreader/app/note_exchange.py" line="+84"/>
        <source>{file}: the notes are encrypted and no passphrase was given; nothing was imported. Give the passphrase they were exported with.</source>
        <translation>{file}: الملاحظات مشفَّرة ولم تُعطَ عبارة مرور؛ لم يُستورد شيء. أعطِ عبارة المرور التي صُدِّرت بها.</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/encryption.py" line="+74"/>
        <source>the library {file} is encrypted: give its passphrase in OICREADER_PASSPHRASE, or on the first line of standard input with --passphrase-stdin; nothing was changed. A forgotten passphrase cannot be recovered by anyone: the notes are gone</source>
        <translation>المكتبة {file} مشفّرة: أعطِ عبارة مرورها في OICREADER_PASSPHRASE، أو في السطر الأول من الدخل القياسي مع ‎--passphrase-stdin؛ لم يتغيّر شيء. عبارة المرور المنسية لا يستطيع أحد استعادتها: تضيع الملاحظات معها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the passphrase does not open the encrypted library {file}; nothing was changed. Type it again (it is case-sensitive). A forgotten passphrase cannot be recovered by anyone: the notes are gone</source>
        <translation>عبارة المرور لا تفتح المكتبة المشفّرة {file}؛ لم يتغيّر شيء. اكتبها مرة أخرى (الأحرف الكبيرة والصغيرة مختلفة). عبارة المرور المنسية لا يستطيع أحد استعادتها: تضيع الملاحظات معها</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>a passphrase cannot hold the NUL character</source>
        <translation>لا يمكن أن تحتوي عبارة المرور على المحرف NUL</translation>
    </message>
    <message>
        <location filename="../../oicreader/store/library_encryption.py" line="+95"/>
        <source>an empty passphrase protects nothing; nothing was changed</source>
        <translation>عبارة المرور الفارغة لا تحمي شيئًا؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no library at {file} yet; start OIC Reader once, then try again</source>
        <translation>لا توجد مكتبة في {file} بعد؛ شغّل OIC Reader مرة واحدة ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{file} is already encrypted with another passphrase; nothing was changed</source>
        <translation>{file} مشفّر أصلًا بعبارة مرور أخرى؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{file} is in use ({reason}): close every OIC Reader window and command using it, then try again; nothing was changed</source>
        <translation>{file} قيد الاستخدام ({reason}): أغلق كل نافذة وأمر من OIC Reader يستخدمه، ثم حاول مرة أخرى؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the new copy of {file} failed its check ({problem}); the file was left as it was</source>
        <translation>أخفقت النسخة الجديدة من {file} في الفحص ({problem})؛ تُرك الملف كما كان</translation>
    </message>
    <message>
        <location filename="../../oicreader/paths.py" line="+70"/>
        <source>{file} is not a file (a named pipe, a device or a socket) and cannot hold the library: move it away, or set {variable} to another folder</source>
        <translation>{file} ليس ملفًا (بل أنبوب مسمّى أو جهاز أو مقبس) ولا يصلح لحفظ المكتبة: انقله إلى مكان آخر، أو اضبط {variable} على مجلد آخر</translation>
    </message>
    <message>
        <location filename="../../oicreader/importing/pdf_parallel.py" line="+111"/>
        <source>the PDF draws text at a position that cannot be measured</source>
        <translation>يرسم ملف PDF نصًا في موضع لا يمكن قياسه</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../oicreader/ui/about_dialog.py" line="+46"/>
        <source>About OIC Reader</source>
        <translation>حول OIC Reader</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>ال&amp;تراخيص</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An offline reader for the reports of the Organisation of Islamic Cooperation: the Arabic text beside its English and French translations, paragraph by paragraph, with your own notes. It never connects to the network.</source>
        <translation>قارئ يعمل دون اتصال لتقارير منظمة التعاون الإسلامي: النص العربي إلى جانب ترجمتيه الإنجليزية والفرنسية، فقرةً فقرة، مع ملاحظاتك الخاصة. ولا يتصل بالشبكة أبدًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your notes, settings and backups are kept in this folder:</source>
        <translation>تُحفظ ملاحظاتك وإعداداتك ونسخك الاحتياطية في هذا المجلد:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences of OIC Reader and its components</source>
        <translation>تراخيص OIC Reader ومكوّناته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MIT License</source>
        <translation>ترخيص MIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GNU Lesser General Public License, version 3</source>
        <translation>رخصة جنو العمومية الصغرى (LGPL)، الإصدار 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amiri font</source>
        <translation>خط أميري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIL Open Font License, version 1.1</source>
        <translation>رخصة SIL للخطوط المفتوحة (OFL)، الإصدار 1.1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Apache License, version 2.0</source>
        <translation>ترخيص أباتشي، الإصدار 2.0</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Apache License, version 2.0, or BSD 3-Clause License</source>
        <translation>ترخيص أباتشي، الإصدار 2.0، أو ترخيص BSD ذو البنود الثلاثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>BSD 3-Clause License</source>
        <translation>ترخيص BSD ذو البنود الثلاثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zlib License</source>
        <translation>رخصة zlib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISC License</source>
        <translation>رخصة ISC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Amiri font (copyright 2010–2022 The Amiri Project Authors) is licensed under the SIL Open Font License 1.1: it may be used, studied, modified and redistributed freely, and bundled with any software, but not sold by itself. The licence follows; its English text is the authoritative one.</source>
        <translation>خط أميري (حقوق النشر 2010–2022 لمؤلفي مشروع أميري) مرخّص بموجب رخصة SIL للخطوط المفتوحة 1.1: يجوز استخدامه ودراسته وتعديله وإعادة توزيعه بحرية، وإرفاقه بأي برنامج، ولكن لا يجوز بيعه منفردًا. ويلي ذلك نص الرخصة، والنص الإنجليزي هو النص المعتمد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Text of the SIL Open Font License</source>
        <translation>نص رخصة SIL للخطوط المفتوحة</translation>
    </message>
</context>
<context>
    <name>AlignmentController</name>
    <message>
        <location filename="../../oicreader/ui/alignment_controller.py" line="+56"/>
        <source>Re-link %1 Paragraph</source>
        <translation>إعادة ربط الفقرة (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>نقل إلى الصف ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Down</source>
        <translation>نقل إلى الصف ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with Next Row</source>
        <translation>&amp;دمج مع الصف التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Split</source>
        <translation>&amp;فصل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Re-link</source>
        <translation>إعادة الربط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row was not re-linked.</source>
        <translation>لم يُعَد ربط الصف.</translation>
    </message>
</context>
<context>
    <name>BriefController</name>
    <message>
        <location filename="../../oicreader/ui/brief_controller.py" line="+88"/>
        <location line="+236"/>
        <source>Brief</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n paragraph(s) added to the brief</source>
        <translation>
            <numerusform>لم تُضف أي فقرة إلى ملف الإحاطة</numerusform>
            <numerusform>أُضيفت فقرة واحدة إلى ملف الإحاطة</numerusform>
            <numerusform>أُضيفت فقرتان إلى ملف الإحاطة</numerusform>
            <numerusform>أُضيفت %n فقرات إلى ملف الإحاطة</numerusform>
            <numerusform>أُضيفت %n فقرة إلى ملف الإحاطة</numerusform>
            <numerusform>أُضيفت %n فقرة إلى ملف الإحاطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+23"/>
        <source>Export Brief</source>
        <translation>تصدير ملف الإحاطة</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The brief was not exported.</source>
        <translation>لم يُصدَّر ملف الإحاطة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brief exported to %1</source>
        <translation>صُدِّر ملف الإحاطة إلى %1</translation>
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
        <translation>إضافة عنوان فرعي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading:</source>
        <translation>العنوان الفرعي:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete Brief</source>
        <translation>حذف ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the brief “%1”? The documents and notes it quotes stay.</source>
        <translation>هل تريد حذف ملف الإحاطة «%1»؟ تبقى الوثائق والملاحظات التي يقتبسها.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The brief was not changed.</source>
        <translation>لم يُعدَّل ملف الإحاطة.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, paragraph %2: no longer in the library</source>
        <translation>%1، الفقرة %2: لم تعد في المكتبة</translation>
    </message>
</context>
<context>
    <name>BriefDock</name>
    <message>
        <location filename="../../oicreader/ui/brief_dock.py" line="+39"/>
        <source>Brief</source>
        <translation>ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open brief</source>
        <translation>ملف الإحاطة المفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the brief</source>
        <translation>عنوان ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of headings and citations</source>
        <translation>لغة العناوين والإحالات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the brief, in order</source>
        <translation>عناصر ملف الإحاطة بالترتيب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Heading…</source>
        <translation>إضافة &amp;عنوان فرعي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add N&amp;ote…</source>
        <translation>إضافة م&amp;لاحظة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <location filename="../../oicreader/ui/brief_export_dialog.py" line="+29"/>
        <source>Export Brief</source>
        <translation>تصدير ملف الإحاطة</translation>
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
        <translation>اللغات بترتيب القراءة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include my &amp;notes</source>
        <translation>تضمين &amp;ملاحظاتي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;yout:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tick at least one language to export.</source>
        <translation>اختر لغة واحدة على الأقل للتصدير.</translation>
    </message>
</context>
<context>
    <name>CitationController</name>
    <message>
        <location filename="../../oicreader/ui/citation_controller.py" line="+53"/>
        <source>Nothing to copy</source>
        <translation>لا يوجد ما يُنسخ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied with its citation</source>
        <translation>نُسخ النص مع الإحالة إلى مصدره</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../oicreader/ui/compare_dialog.py" line="+70"/>
        <source>Compare Revisions</source>
        <translation>مقارنة التنقيحات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>draft</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 (%2)</source>
        <translation>التنقيح %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count diacritics, hamza and case as changes</source>
        <translation>احتساب الحركات والهمزة وحالة الأحرف تغييرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes between the revisions</source>
        <translation>التغييرات بين التنقيحين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This document has only one revision.</source>
        <translation>لهذه الوثيقة تنقيح واحد فقط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paragraph %2 edited</source>
        <translation>عُدّلت الفقرة %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph %1 is now %2</source>
        <translation>أصبحت الفقرة %1 هي الفقرة %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph %2 inserted</source>
        <translation>أُدرجت الفقرة %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph %1 deleted</source>
        <translation>حُذفت الفقرة %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 paragraph versions changed</source>
        <translation>عدد نسخ الفقرات المتغيّرة: %1</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <location filename="../../oicreader/ui/data_folder.py" line="+23"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the data folder in the system&apos;s file manager</source>
        <translation>عرض مجلد البيانات في مدير الملفات في النظام</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../oicreader/ui/import_controller.py" line="+65"/>
        <source>Import a report</source>
        <translation>استيراد تقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>التقارير (*.txt *.docx *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This file could not be imported; the library is unchanged.</source>
        <translation>تعذّر استيراد هذا الملف؛ ولم يطرأ أي تغيير على المكتبة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>أُلغي الاستيراد؛ ولم يطرأ أي تغيير على المكتبة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is the same as the current revision; nothing was imported.</source>
        <translation>هذا النص مطابق للتنقيح الحالي، فلم يُستورد شيء.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes to review</source>
        <translation>ملاحظات تحتاج إلى مراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 is open. %2 of your notes were placed on the new text; %3 need a look (Notes &gt; Notes to Review). None was dropped.</source>
        <translation>فُتح التنقيح %1. وُضعت %2 من ملاحظاتك على النص الجديد، وتحتاج %3 منها إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password given does not open %1. Try again:</source>
        <translation>كلمة المرور المُدخلة لا تفتح الملف %1. أعد المحاولة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is protected by a password. Password:</source>
        <translation>الملف %1 محمي بكلمة مرور. كلمة المرور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: page %2 of %3</source>
        <translation>%1: الصفحة %2 من %3</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../oicreader/ui/import_dialog.py" line="+67"/>
        <source>Import Report</source>
        <translation>استيراد تقرير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document title</source>
        <translation>عنوان الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>قُرئ بوصفه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out</source>
        <translation>المستبعَد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Symbol:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 numbered by Word</source>
        <translation>%1 مرقّمة آليًا في Word</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>ملف PDF من %n صفحة</numerusform>
            <numerusform>ملف PDF من صفحة واحدة</numerusform>
            <numerusform>ملف PDF من صفحتين</numerusform>
            <numerusform>ملف PDF من %n صفحات</numerusform>
            <numerusform>ملف PDF من %n صفحة</numerusform>
            <numerusform>ملف PDF من %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text (%1)</source>
        <translation>نص (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language given</source>
        <translation>اللغة محدّدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language detected</source>
        <translation>اللغة مكتشفة آليًا</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n footnote(s)</source>
        <translation>
            <numerusform>%n حاشية</numerusform>
            <numerusform>حاشية واحدة</numerusform>
            <numerusform>حاشيتان</numerusform>
            <numerusform>%n حواشٍ</numerusform>
            <numerusform>%n حاشية</numerusform>
            <numerusform>%n حاشية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>وسطر آخر</numerusform>
            <numerusform>وسطران آخران</numerusform>
            <numerusform>و%n أسطر أخرى</numerusform>
            <numerusform>و%n سطرًا آخر</numerusform>
            <numerusform>و%n سطر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers and footers: %1</source>
        <translation>الترويسات والتذييلات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These files hold the same text as revision %1 of %2: there is nothing to import.</source>
        <translation>تحمل هذه الملفات النص نفسه الوارد في التنقيح %1 من %2: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new document: %1.</source>
        <translation>وثيقة جديدة: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in the library: this adds revision %2 and keeps the earlier ones; your notes are placed on the new text, and any it cannot place with confidence are listed for review.</source>
        <translation>الوثيقة %1 موجودة في المكتبة: سيُضاف التنقيح %2 مع الإبقاء على التنقيحات السابقة، وتُنقل ملاحظاتك إلى النص الجديد، وما تعذّر وضعه منها بثقة يُدرج في قائمة للمراجعة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not in these files: %1.</source>
        <translation>غير موجودة في هذه الملفات: %1.</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <location filename="../../oicreader/ui/legend_dialog.py" line="+31"/>
        <source>Legend</source>
        <translation>دليل العلامات</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your highlight, in the colour you chose, underlined in a deeper shade</source>
        <translation>تظليلك، باللون الذي اخترته، وتحته خط بدرجة أغمق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A word found by the search</source>
        <translation>كلمة عثر عليها البحث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A paragraph of the topic chosen in the Topics panel</source>
        <translation>فقرة من الموضوع المختار في لوحة المواضيع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rows of the chosen topic, tinted while no search is active</source>
        <translation>صفوف الموضوع المختار، مظللة ما دام لا بحث جاريًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current paragraph</source>
        <translation>الفقرة الحالية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sentence under the pointer or the caret, and what renders it in the other languages</source>
        <translation>الجملة الواقعة تحت مؤشر الفأرة أو مؤشر الكتابة، وما يقابلها في اللغات الأخرى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected for printing (click a paragraph&apos;s number)</source>
        <translation>محددة للطباعة (انقر رقم الفقرة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This paragraph has notes</source>
        <translation>على هذه الفقرة ملاحظات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language versions differ here</source>
        <translation>تختلف النسخ اللغوية هنا</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../oicreader/ui/library_controller.py" line="+89"/>
        <source>The documents were not removed; your library is unchanged.</source>
        <translation>لم تُزَل الوثائق؛ مكتبتك لم تتغير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal failed</source>
        <translation>تعذّرت الإزالة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The document was not renamed; your library is unchanged.</source>
        <translation>لم يُغيَّر عنوان الوثيقة؛ مكتبتك لم تتغير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename failed</source>
        <translation>تعذّر تغيير العنوان</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename Document</source>
        <translation>تغيير عنوان الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in %1:</source>
        <translation>العنوان (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove Documents</source>
        <translation>إزالة الوثائق</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n document(s) from the library? A backup is taken first.</source>
        <translation>
            <numerusform>إزالة %n وثيقة من المكتبة؟ تُؤخذ نسخة احتياطية أولاً.</numerusform>
            <numerusform>إزالة وثيقة واحدة من المكتبة؟ تُؤخذ نسخة احتياطية أولاً.</numerusform>
            <numerusform>إزالة وثيقتين من المكتبة؟ تُؤخذ نسخة احتياطية أولاً.</numerusform>
            <numerusform>إزالة %n وثائق من المكتبة؟ تُؤخذ نسخة احتياطية أولاً.</numerusform>
            <numerusform>إزالة %n وثيقة من المكتبة؟ تُؤخذ نسخة احتياطية أولاً.</numerusform>
            <numerusform>إزالة %n وثيقة من المكتبة؟ تُؤخذ نسخة احتياطية أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their notes can stay in the library, or be exported to a file and removed.</source>
        <translation>يمكن أن تبقى ملاحظاتها في المكتبة، أو أن تُصدَّر إلى ملف ثم تُزال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Their Notes</source>
        <translation>الإبقاء على ملاحظاتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Notes, Then Remove Them</source>
        <translation>تصدير الملاحظات ثم إزالتها</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The backup was not restored; your library is unchanged.</source>
        <translation>لم تُستعد النسخة الاحتياطية؛ ولم يطرأ أي تغيير على مكتبتك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore failed</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The documents that come with OIC Reader could not be checked for a newer version; the copies in your library are shown.</source>
        <translation>تعذّر التحقق من وجود إصدار أحدث من الوثائق المرفقة بـ OIC Reader، فعُرضت النسخ المحفوظة في مكتبتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reinstalling OIC Reader restores its files.</source>
        <translation>وتُستعاد ملفات البرنامج بإعادة تثبيت OIC Reader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled documents not checked</source>
        <translation>تعذّر التحقق من الوثائق المرفقة بالبرنامج</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes to review</source>
        <translation>ملاحظات تحتاج إلى مراجعة</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The documents that come with OIC Reader have a revised text: %n of your notes are on words it changed and need a look (Notes &gt; Notes to Review). None was dropped.</source>
        <translation>
            <numerusform>للوثائق المرفقة بـ OIC Reader نصٌّ منقَّح: %n ملاحظة من ملاحظاتك تقع على كلمات غيّرها وتحتاج إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</numerusform>
            <numerusform>للوثائق المرفقة بـ OIC Reader نصٌّ منقَّح: ملاحظة واحدة من ملاحظاتك تقع على كلمات غيّرها وتحتاج إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</numerusform>
            <numerusform>للوثائق المرفقة بـ OIC Reader نصٌّ منقَّح: ملاحظتان من ملاحظاتك تقعان على كلمات غيّرها وتحتاجان إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</numerusform>
            <numerusform>للوثائق المرفقة بـ OIC Reader نصٌّ منقَّح: %n ملاحظات من ملاحظاتك تقع على كلمات غيّرها وتحتاج إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</numerusform>
            <numerusform>للوثائق المرفقة بـ OIC Reader نصٌّ منقَّح: %n ملاحظة من ملاحظاتك تقع على كلمات غيّرها وتحتاج إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</numerusform>
            <numerusform>للوثائق المرفقة بـ OIC Reader نصٌّ منقَّح: %n ملاحظة من ملاحظاتك تقع على كلمات غيّرها وتحتاج إلى مراجعة (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة). ولم تُحذف أي ملاحظة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today&apos;s backup of your notes could not be made.</source>
        <translation>تعذّر أخذ نسخة اليوم الاحتياطية من ملاحظاتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily backup failed</source>
        <translation>تعذّر أخذ النسخة الاحتياطية اليومية</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../oicreader/ui/library_dock.py" line="+30"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: symbol, title, meeting, date…</source>
        <translation>تصفية: الرمز، العنوان، الاجتماع، التاريخ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the documents</source>
        <translation>تصفية الوثائق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents with notes tagged</source>
        <translation>الوثائق التي تحمل ملاحظاتها الوسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents in the library</source>
        <translation>الوثائق في المكتبة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove from Library…</source>
        <translation>إزالة من المكتبة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>تغيير العنوان…</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/library_model.py" line="+235"/>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
</context>
<context>
    <name>LibraryMessages</name>
    <message>
        <location filename="../../oicreader/ui/library_messages.py" line="+50"/>
        <source>Library restored</source>
        <translation>استُعيدت المكتبة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library&apos;s write-ahead log could not be used (%1). The library and its log are kept, unchanged, as %2. OIC Reader goes on from the library file itself, which is intact, so nothing needed restoring.</source>
        <translation>تعذّر استخدام سجل الكتابة المسبقة للمكتبة (%1). وقد حُفظت المكتبة وسجلها دون أي تغيير باسم %2. ويواصل OIC Reader العمل من ملف المكتبة نفسه، وهو سليم، فلم يلزم استعادة أي شيء.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The library file was damaged (%1). It is kept, unchanged, as %2. No usable backup was found, so OIC Reader starts a new library with the notes it could read from the damaged file.</source>
        <translation>كان ملف المكتبة تالفًا (%1). وقد حُفظ دون أي تغيير باسم %2. ولم يُعثر على نسخة احتياطية صالحة، لذا يبدأ OIC Reader مكتبة جديدة تضم الملاحظات التي أمكنه قراءتها من الملف التالف.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library file was damaged (%1). It is kept, unchanged, as %2. No usable backup was found, so OIC Reader starts with a new, empty library.</source>
        <translation>كان ملف المكتبة تالفًا (%1). وقد حُفظ دون أي تغيير باسم %2. ولم يُعثر على نسخة احتياطية صالحة، لذا يبدأ OIC Reader بمكتبة جديدة فارغة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library file was damaged (%1). It is kept, unchanged, as %2. OIC Reader restored the backup of %3 (%4); anything written after that time is only in the damaged copy.</source>
        <translation>كان ملف المكتبة تالفًا (%1). وقد حُفظ دون أي تغيير باسم %2. واستعاد OIC Reader النسخة الاحتياطية المؤرخة %3 (%4)؛ وكل ما كُتب بعد ذلك الوقت لا يوجد إلا في النسخة التالفة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No note could be read from the damaged file.</source>
        <translation>تعذّرت قراءة أي ملاحظة من الملف التالف.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OIC Reader added back the notes it could read from the damaged file that the backup lacked or held in an older version.</source>
        <translation>وأعاد OIC Reader إضافة الملاحظات التي أمكنه قراءتها من الملف التالف ولم تكن في النسخة الاحتياطية أو كانت فيها بصيغة أقدم.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes recovered from the damaged file: %1; notes that could not be read: %2.</source>
        <translation>الملاحظات المستعادة من الملف التالف: %1؛ الملاحظات التي تعذّرت قراءتها: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Briefs recovered from it: %1.</source>
        <translation>ملفات الإحاطة المستعادة منه: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept deleted: %1 (deleted here after the copy in the file was last changed).</source>
        <translation>بقيت محذوفة: %1 (حُذفت هنا بعد آخر تعديل لنسختها في الملف).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dated in the future, the copy here kept: %1.</source>
        <translation>مؤرخة في المستقبل، وأُبقيت النسخة الموجودة هنا: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept for review, as their place is not in this library or their date is in the future: %1 (Notes &gt; Notes to Review).</source>
        <translation>أُبقيت للمراجعة لأن موضعها غير موجود في هذه المكتبة أو لأن تاريخها في المستقبل: %1 (ملاحظات ‹ ملاحظات تحتاج إلى مراجعة).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored the backup of %1 (%2).</source>
        <translation>استُعيدت النسخة الاحتياطية المؤرخة %1 (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library it replaced was damaged (%1) and is kept, unchanged, as %2.</source>
        <translation>وكانت المكتبة التي حلّت محلها تالفة (%1)، وقد حُفظت دون أي تغيير باسم %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library it replaced is kept as %1 and was backed up as %2.</source>
        <translation>وقد حُفظت المكتبة التي حلّت محلها باسم %1، وأُخذت منها نسخة احتياطية باسم %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library it replaced is kept as %1.</source>
        <translation>وقد حُفظت المكتبة التي حلّت محلها باسم %1.</translation>
    </message>
</context>
<context>
    <name>LibraryOpening</name>
    <message>
        <location filename="../../oicreader/ui/library_opening.py" line="+97"/>
        <source>Opening the library…</source>
        <translation>جارٍ فتح المكتبة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrading the library for this version of OIC Reader. This happens once, and takes up to a minute for a large library.</source>
        <translation>جارٍ تحديث المكتبة لهذا الإصدار من OIC Reader. يجري ذلك مرة واحدة فقط، وقد يستغرق حتى دقيقة في المكتبة الكبيرة.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../oicreader/ui/lock_controller.py" line="+64"/>
        <source>If the passphrase is forgotten, the notes are gone: no one, not even the makers of OIC Reader, can recover them.</source>
        <translation>إذا نُسيت عبارة المرور ضاعت الملاحظات: لا يستطيع أحد استعادتها، ولا حتى صانعو OIC Reader.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted library</source>
        <translation>مكتبة مشفَّرة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library %1 is encrypted. Type its passphrase to open it.</source>
        <translation>مكتبتك %1 مشفَّرة. اكتب عبارة مرورها لفتحها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This passphrase does not open the library. Type it again (capitals count).</source>
        <translation>عبارة المرور هذه لا تفتح المكتبة. اكتبها مرة أخرى (حالة الحروف مهمة).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Hide the text and notes and close the library until its passphrase is typed again</source>
        <translation>إخفاء النص والملاحظات وإغلاق المكتبة حتى تُكتب عبارة مرورها من جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an encrypted library can be locked</source>
        <translation>لا تُقفل إلا مكتبة مشفَّرة</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location line="-50"/>
        <source>OIC Reader is locked: the text and your notes are hidden, and the library is closed.</source>
        <translation>OIC Reader مقفل: النص وملاحظاتك مخفية، والمكتبة مغلقة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;فتح القفل…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oicreader/ui/main_window.py" line="+78"/>
        <source>Position in the document</source>
        <translation>الموضع في الوثيقة</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/library_messages.py" line="-79"/>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>أُضيفت: %1، حُدِّثت: %2، دون تغيير: %3.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../oicreader/ui/names.py" line="+17"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arabic</source>
        <comment>inside a sentence</comment>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <comment>inside a sentence</comment>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show or hide the Arabic column</source>
        <translation>إظهار العمود العربي أو إخفاؤه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the English column</source>
        <translation>إظهار العمود الإنجليزي أو إخفاؤه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the French column</source>
        <translation>إظهار العمود الفرنسي أو إخفاؤه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One language</source>
        <translation>لغة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interleaved</source>
        <translation>متناوبة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Without my notes</source>
        <translation>دون ملاحظاتي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes under each paragraph</source>
        <translation>ملاحظاتي تحت كل فقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My notes as numbered endnotes</source>
        <translation>ملاحظاتي حواشيَ مرقّمة في آخر الوثيقة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>taken by you</source>
        <translation>أخذتَها بنفسك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before importing notes</source>
        <translation>قبل استيراد ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the bundled report was updated</source>
        <translation>قبل تحديث التقرير المرفق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>before a new revision was imported</source>
        <translation>قبل استيراد تنقيح جديد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>before a library upgrade</source>
        <translation>قبل ترقية المكتبة</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../oicreader/ui/note_editor.py" line="+117"/>
        <source>Note on %1</source>
        <translation>ملاحظة على %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the words: %1</source>
        <translation>على العبارة: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the note on %1</source>
        <translation>نص الملاحظة على %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note on %1</source>
        <translation>حذف الملاحظة على %1</translation>
    </message>
</context>
<context>
    <name>NoteExchangeController</name>
    <message>
        <location filename="../../oicreader/ui/note_exchange_controller.py" line="+41"/>
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Web Annotation (*.jsonld *.json)</source>
        <translation>تعليقات الويب التوضيحية (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encrypted notes (*.oicnotes)</source>
        <translation>ملاحظات مشفَّرة (*.oicnotes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encrypt notes</source>
        <translation>تشفير الملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase for %1. Anyone who has it can read these notes; without it no one can, not even you if you forget it. Give it to the reader of the file in another way than the file itself.</source>
        <translation>اختر عبارة مرور للملف %1. من يعرفها يستطيع قراءة هذه الملاحظات، ومن دونها لا يستطيع أحد قراءتها، ولا أنت إن نسيتها. أوصِلها إلى قارئ الملف بطريق غير الملف نفسه.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export notes as plain text?</source>
        <translation>أتصدّر الملاحظات نصًّا غير مشفَّر؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your library is encrypted, but this file will be plain text: anyone who has it can read your notes. To keep them sealed, choose &quot;%1&quot; as the type of file.

Export as plain text anyway?</source>
        <translation>مكتبتك مشفَّرة، لكن هذا الملف سيكون نصًّا غير مشفَّر: يستطيع كل من يحوزه قراءة ملاحظاتك. لتبقى مشفَّرة، اختر «%1» نوعًا للملف.

أتصدّرها نصًّا غير مشفَّر مع ذلك؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The notes could not be written to this file.</source>
        <translation>تعذّرت كتابة الملاحظات في هذا الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>لم تُصدَّر أي ملاحظة إلى %1</numerusform>
            <numerusform>صُدِّرت ملاحظة واحدة إلى %1</numerusform>
            <numerusform>صُدِّرت ملاحظتان إلى %1</numerusform>
            <numerusform>صُدِّرت %n ملاحظات إلى %1</numerusform>
            <numerusform>صُدِّرت %n ملاحظة إلى %1</numerusform>
            <numerusform>صُدِّرت %n ملاحظة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import notes</source>
        <translation>استيراد الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (*.jsonld *.json *.oicnotes);;All files (*)</source>
        <translation>الملاحظات (*.jsonld *.json *.oicnotes);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Encrypted notes</source>
        <translation>ملاحظات مشفَّرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes in %1 are encrypted. Type the passphrase they were exported with.</source>
        <translation>الملاحظات في %1 مشفَّرة. اكتب عبارة المرور التي صُدِّرت بها.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No note was imported: the file cannot be read as notes.</source>
        <translation>لم تُستورد أي ملاحظة: تعذّرت قراءة الملف بوصفه ملف ملاحظات.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note was imported; your notes are unchanged.</source>
        <translation>لم تُستورد أي ملاحظة؛ ولم يطرأ أي تغيير على ملاحظاتك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes imported</source>
        <translation>استُوردت الملاحظات</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../oicreader/ui/notes_controller.py" line="+130"/>
        <source>Select some words in one paragraph first.</source>
        <translation>حدِّد أولًا بعض الكلمات في فقرة واحدة.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Note deleted. Press Ctrl+Z to bring it back.</source>
        <translation>حُذفت الملاحظة. اضغط Ctrl+Z لاستعادتها.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opened %1 to show the note</source>
        <translation>فُتحت الوثيقة %1 لعرض الملاحظة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on Paragraph %1…</source>
        <translation>ملاحظة على الفقرة %1…</translation>
    </message>
</context>
<context>
    <name>NotesDock</name>
    <message>
        <location filename="../../oicreader/ui/notes_dock.py" line="+45"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Filter notes</source>
        <translation>تصفية الملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by text</source>
        <translation>تصفية الملاحظات حسب النص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by document</source>
        <translation>تصفية الملاحظات حسب الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter notes by tag</source>
        <translation>تصفية الملاحظات حسب الوسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter notes by colour</source>
        <translation>تصفية الملاحظات حسب اللون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any colour</source>
        <translation>كل الألوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter notes by language</source>
        <translation>تصفية الملاحظات حسب اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>All notes</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Notes on paragraph %1</source>
        <translation>الملاحظات على الفقرة %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>No notes on this paragraph. Select words and press Ctrl+H to highlight them, or Ctrl+Shift+N to add a note.</source>
        <translation>لا توجد ملاحظات على هذه الفقرة. حدِّد كلمات واضغط Ctrl+H لتظليلها، أو Ctrl+Shift+N لإضافة ملاحظة.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Any tag</source>
        <translation>كل الوسوم</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../oicreader/ui/outline_dock.py" line="+76"/>
        <source>Outline</source>
        <translation>مخطط الفقرات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outline of paragraphs</source>
        <translation>مخطط فقرات الوثيقة</translation>
    </message>
</context>
<context>
    <name>ParallelView</name>
    <message>
        <location filename="../../oicreader/ui/parallel_view.py" line="+82"/>
        <source>Parallel text</source>
        <translation>النص المتوازي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report paragraph by paragraph, one column per language</source>
        <translation>التقرير فقرةً فقرة، عمود لكل لغة</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>Selected for printing</source>
        <translation>محددة للطباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This paragraph has notes</source>
        <translation>على هذه الفقرة ملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language versions differ here</source>
        <translation>تختلف النسخ اللغوية هنا</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../oicreader/ui/passphrase_dialog.py" line="+32"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../oicreader/ui/preferences_dialog.py" line="+81"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Interface</source>
        <translation>ال&amp;واجهة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printing</source>
        <translation>ال&amp;طباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data and Backups</source>
        <translation>ال&amp;بيانات والنسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security</source>
        <translation>الأ&amp;مان</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>As the system (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new interface language takes effect the next time OIC Reader starts.</source>
        <translation>تسري لغة الواجهة الجديدة عند تشغيل OIC Reader في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fonts of the text</source>
        <translation>خطوط النص</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Arabic:</source>
        <translation>ال&amp;عربية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English and French:</source>
        <translation>الإن&amp;جليزية والفرنسية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts change at once.</source>
        <translation>يُطبَّق تغيير الخطوط فورًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages shown</source>
        <translation>اللغات المعروضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the languages to show, in their order from the right edge of the text:</source>
        <translation>اختر اللغات المراد عرضها، مرتبةً ابتداءً من الحافة اليمنى للنص:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the languages to show, in their order from the left edge of the text:</source>
        <translation>اختر اللغات المراد عرضها، مرتبةً ابتداءً من الحافة اليسرى للنص:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Languages shown and their order</source>
        <translation>اللغات المعروضة وترتيبها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;Up</source>
        <translation>ن&amp;قل لأعلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns change at once.</source>
        <translation>يُطبَّق تغيير الأعمدة فورًا.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The print options start from these choices; you can change them there.</source>
        <translation>تبدأ خيارات الطباعة بهذه الاختيارات، ويمكنك تغييرها هناك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;layout:</source>
        <translation>الت&amp;نسيق الافتراضي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default p&amp;aper:</source>
        <translation>&amp;حجم الورق الافتراضي:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library, notes, settings and backups are kept here.</source>
        <translation>تُحفظ هنا مكتبتك وملاحظاتك وإعداداتك ونسخك الاحتياطية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>نسخ احتياطي &amp;الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen backup in place of the library</source>
        <translation>وضع النسخة الاحتياطية المختارة مكان المكتبة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is taken every day you use OIC Reader and before every change that rewrites the library. Restoring a backup keeps the current library beside it.</source>
        <translation>تُؤخذ نسخة احتياطية في كل يوم تستخدم فيه OIC Reader، وقبل كل تغيير يعيد كتابة المكتبة. واستعادة نسخة احتياطية تُبقي المكتبة الحالية محفوظة إلى جانبها.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lock</source>
        <translation>القفل</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>بعد أقل من دقيقة</numerusform>
            <numerusform>بعد دقيقة واحدة</numerusform>
            <numerusform>بعد دقيقتين</numerusform>
            <numerusform>بعد %n دقائق</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1 minutes</source>
        <translation>بعد %1 دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock when OIC Reader is not used</source>
        <translation>القفل حين لا يُستخدم OIC Reader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted library is locked when OIC Reader has not been used for this long, and with File &gt; Lock (Ctrl+L): the text and notes are hidden and the library closed until its passphrase is typed again.</source>
        <translation>تُقفل المكتبة المشفَّرة إذا لم يُستخدم OIC Reader طوال هذه المدة، وبالأمر ملف &gt; قفل (Ctrl+L): يُخفى النص والملاحظات وتُغلق المكتبة حتى تُكتب عبارة مرورها من جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lock &amp;when not used:</source>
        <translation>الق&amp;فل عند عدم الاستخدام:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>سلسلة المفاتيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the passphrase in this computer&apos;s keychain</source>
        <translation>&amp;تذكُّر عبارة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OIC Reader then opens without asking, as long as you are logged in to this computer: anyone who uses your account can read your notes. Unlocking after a lock always asks the passphrase.</source>
        <translation>يُفتح OIC Reader عندئذ دون سؤال ما دمت مسجَّل الدخول إلى هذا الحاسوب: كل من يستخدم حسابك يستطيع قراءة ملاحظاتك. أما فتح القفل بعد القفل فيطلب عبارة المرور دائمًا.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer has no keychain OIC Reader can use, so the passphrase is asked each time. It is never kept in a file.</source>
        <translation>لا توجد في هذا الحاسوب سلسلة مفاتيح يستطيع OIC Reader استخدامها، لذا تُطلب عبارة المرور في كل مرة. ولا تُحفظ أبدًا في ملف.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No backup was taken: %1</source>
        <translation>لم تُؤخذ أي نسخة احتياطية: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up as %1.</source>
        <translation>أُخذت نسخة احتياطية باسم %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the backup of %1 in place of your library? Notes written since then will no longer be shown; the current library is first backed up and kept beside it, so nothing is deleted.</source>
        <translation>هل تريد وضع النسخة الاحتياطية المؤرخة %1 مكان مكتبتك؟ لن تُعرض الملاحظات المكتوبة بعد ذلك التاريخ، ولكن تُؤخذ أولًا نسخة احتياطية من المكتبة الحالية وتُحفظ إلى جانبها، فلا يُحذف شيء.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/print_controller.py" line="+54"/>
        <source>%n paragraph(s) selected for printing: %1</source>
        <translation>
            <numerusform>لم تُحدَّد أي فقرة للطباعة: %1</numerusform>
            <numerusform>فقرة واحدة محددة للطباعة: %1</numerusform>
            <numerusform>فقرتان محددتان للطباعة: %1</numerusform>
            <numerusform>%n فقرات محددة للطباعة: %1</numerusform>
            <numerusform>%n فقرة محددة للطباعة: %1</numerusform>
            <numerusform>%n فقرة محددة للطباعة: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/controllers_on_demand.py" line="+79"/>
        <location filename="../../oicreader/ui/print_controller.py" line="+4"/>
        <source>No paragraph selected for printing: all will be printed</source>
        <translation>لم تُحدَّد أي فقرة للطباعة: ستُطبع الفقرات كلها</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/print_controller.py" line="+26"/>
        <source>Select Paragraphs for Printing</source>
        <translation>تحديد الفقرات المراد طباعتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs (e.g. 3, 5-7):</source>
        <translation>الفقرات (مثلًا 3، 5-7):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print selection</source>
        <translation>الفقرات المحددة للطباعة</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>These pages cannot be laid out for printing.</source>
        <translation>يتعذّر تنسيق هذه الصفحات للطباعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot print</source>
        <translation>تتعذّر الطباعة</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written to this file.</source>
        <translation>تعذّرت كتابة ملف PDF في هذا المكان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n page(s) to %1</source>
        <translation>
            <numerusform>لم تُحفظ أي صفحة في %1</numerusform>
            <numerusform>حُفظت صفحة واحدة في %1</numerusform>
            <numerusform>حُفظت صفحتان في %1</numerusform>
            <numerusform>حُفظت %n صفحات في %1</numerusform>
            <numerusform>حُفظت %n صفحة في %1</numerusform>
            <numerusform>حُفظت %n صفحة في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../oicreader/ui/print_dialog.py" line="+48"/>
        <source>Cannot read “%1”: write paragraph numbers and ranges separated by commas, such as 3, 5-7.</source>
        <translation>تتعذّر قراءة «%1»: اكتب أرقام الفقرات ونطاقاتها مفصولةً بفواصل، مثل 3، 5-7.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This document has no paragraph %1: its paragraphs are %2.</source>
        <translation>لا توجد في هذه الوثيقة الفقرة %1: فقراتها هي %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print Options</source>
        <translation>خيارات الطباعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All paragraphs, or e.g. 3, 5-7</source>
        <translation>كل الفقرات، أو مثلًا 3، 5-7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphs to print</source>
        <translation>الفقرات المراد طباعتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages, the page language first</source>
        <translation>اللغات، ولغة الصفحة أولًا</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Print my &amp;highlights</source>
        <translation>طباعة ال&amp;نصوص التي ظلّلتها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> mm</source>
        <comment>millimetres, after the margin&apos;s width</comment>
        <translation> مم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins in millimetres</source>
        <translation>الهوامش بالمليمتر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Paragraphs:</source>
        <translation>ال&amp;فقرات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>ال&amp;لغات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;yout:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>ال&amp;ملاحظات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;aper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Margins:</source>
        <translation>ال&amp;هوامش:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tick at least one language to print.</source>
        <translation>اختر لغة واحدة على الأقل للطباعة.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../oicreader/ui/interface_language.py" line="+62"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReadingController</name>
    <message>
        <location filename="../../oicreader/ui/reading_controller.py" line="+246"/>
        <source>Back to %1, paragraph %2</source>
        <translation>رجوع إلى %1، الفقرة %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forward to %1, paragraph %2</source>
        <translation>تقدّم إلى %1، الفقرة %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Go to Paragraph</source>
        <translation>الانتقال إلى فقرة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraph number:</source>
        <translation>رقم الفقرة:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paragraph %1 of %2</source>
        <translation>الفقرة %1 من %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Translator&apos;s note %1 on paragraph %2 (%3)</source>
        <translation>ملاحظة المترجم %1 على الفقرة %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../oicreader/ui/review_dialog.py" line="+31"/>
        <source>Notes to Review</source>
        <translation>ملاحظات للمراجعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes that need a look after a new revision</source>
        <translation>ملاحظات تحتاج إلى مراجعة بعد تنقيح جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Where Placed</source>
        <translation>إبقاؤها حيث وُضعت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach to Selected Words</source>
        <translation>ربطها بالكلمات المحددة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of these notes was dropped: each is kept where it was placed (or on its paragraph) until you decide.</source>
        <translation>لم تُحذف أي من هذه الملاحظات: تبقى كل منها حيث وُضعت (أو على فقرتها) إلى أن تقرّر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(whole paragraph)</source>
        <translation>(الفقرة كلها)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>¶%1 [%2] revision %3: «%4»</source>
        <translation>¶%1 [%2] التنقيح %3: «%4»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Now: ¶%1 — %2</source>
        <translation>الآن: ¶%1 — %2</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../oicreader/ui/search_controller.py" line="+75"/>
        <source>Opened %1 at paragraph %2</source>
        <translation>فُتحت الوثيقة %1 عند الفقرة %2</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../oicreader/ui/search_dock.py" line="+100"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>words  &quot;phrase&quot;  -word  a OR b  pre*</source>
        <translation>كلمات  &quot;عبارة&quot;  -كلمة  أ OR ب  بادئة*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search query</source>
        <translation>عبارة البحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes found</source>
        <translation>الملاحظات التي عُثر عليها</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>In notes: %n note(s)</source>
        <translation>
            <numerusform>في الملاحظات: لا شيء</numerusform>
            <numerusform>في الملاحظات: ملاحظة واحدة</numerusform>
            <numerusform>في الملاحظات: ملاحظتان</numerusform>
            <numerusform>في الملاحظات: %n ملاحظات</numerusform>
            <numerusform>في الملاحظات: %n ملاحظة</numerusform>
            <numerusform>في الملاحظات: %n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>First %n paragraph(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي فقرة</numerusform>
            <numerusform>أول فقرة عُثر عليها</numerusform>
            <numerusform>أول فقرتين عُثر عليهما</numerusform>
            <numerusform>أول %n فقرات عُثر عليها</numerusform>
            <numerusform>أول %n فقرة عُثر عليها</numerusform>
            <numerusform>أول %n فقرة عُثر عليها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paragraph(s) found</source>
        <translation>
            <numerusform>لم يُعثر على أي فقرة</numerusform>
            <numerusform>عُثر على فقرة واحدة</numerusform>
            <numerusform>عُثر على فقرتين</numerusform>
            <numerusform>عُثر على %n فقرات</numerusform>
            <numerusform>عُثر على %n فقرة</numerusform>
            <numerusform>عُثر على %n فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 in %n document(s)</source>
        <translation>
            <numerusform>%1 في %n وثيقة</numerusform>
            <numerusform>%1 في وثيقة واحدة</numerusform>
            <numerusform>%1 في وثيقتين</numerusform>
            <numerusform>%1 في %n وثائق</numerusform>
            <numerusform>%1 في %n وثيقة</numerusform>
            <numerusform>%1 في %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The list stops at %n matches: refine the search to see the rest.</source>
        <translation>
            <numerusform>تتوقف القائمة عند %n نتيجة: ضيِّق البحث لرؤية البقية.</numerusform>
            <numerusform>تتوقف القائمة عند نتيجة واحدة: ضيِّق البحث لرؤية البقية.</numerusform>
            <numerusform>تتوقف القائمة عند نتيجتين: ضيِّق البحث لرؤية البقية.</numerusform>
            <numerusform>تتوقف القائمة عند %n نتائج: ضيِّق البحث لرؤية البقية.</numerusform>
            <numerusform>تتوقف القائمة عند %n نتيجة: ضيِّق البحث لرؤية البقية.</numerusform>
            <numerusform>تتوقف القائمة عند %n نتيجة: ضيِّق البحث لرؤية البقية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchSyntax</name>
    <message>
        <location line="-259"/>
        <source>condemn attacks</source>
        <translation>إدانة الهجمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every word is required, in any of its forms (condemned, condemning)</source>
        <translation>كل كلمة مطلوبة، بأيٍّ من صيغها (أدان، يدين)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Security Council&quot;</source>
        <translation>&quot;مجلس الأمن&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phrase: these words together, in this order</source>
        <translation>عبارة: هذه الكلمات معًا وبهذا الترتيب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-Iraq</source>
        <translation>-العراق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaves out the paragraphs with this word</source>
        <translation>يستبعد الفقرات التي فيها هذه الكلمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refugees OR migrants</source>
        <translation>اللاجئين OR المهاجرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word will do</source>
        <translation>تكفي أيٌّ من الكلمتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terror*</source>
        <translation>إرها*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words that begin with these letters (three or more)</source>
        <translation>الكلمات التي تبدأ بهذه الحروف (ثلاثة أو أكثر)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../oicreader/ui/shortcuts_dialog.py" line="+75"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by action, key or menu</source>
        <translation>تصفية حسب الأمر أو المفتاح أو القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>SymbolLinksController</name>
    <message>
        <location filename="../../oicreader/ui/symbol_links_controller.py" line="+117"/>
        <source>%1 is not in the library</source>
        <translation>الوثيقة %1 غير موجودة في المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 at paragraph %2</source>
        <translation>فتح %1 عند الفقرة %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — Enter</source>
        <translation>%1 — مفتاح الإدخال</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../oicreader/ui/note_editor.py" line="-88"/>
        <source>Tags, separated by commas</source>
        <translation>الوسوم، مفصولةً بفواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>TopicsController</name>
    <message numerus="yes">
        <location filename="../../oicreader/ui/topics_controller.py" line="+217"/>
        <source>%1: paragraph(s) %2</source>
        <translation>
            <numerusform>%1: الفقرات %2</numerusform>
            <numerusform>%1: الفقرة %2</numerusform>
            <numerusform>%1: الفقرتان %2</numerusform>
            <numerusform>%1: الفقرات %2</numerusform>
            <numerusform>%1: الفقرات %2</numerusform>
            <numerusform>%1: الفقرات %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The document was not opened.</source>
        <translation>لم تُفتح الوثيقة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2, paragraph %3</source>
        <translation>%1: %2، الفقرة %3</translation>
    </message>
</context>
<context>
    <name>TopicsDock</name>
    <message>
        <location filename="../../oicreader/ui/topics_dock.py" line="+39"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This document</source>
        <translation>هذه الوثيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole library</source>
        <translation>المكتبة كلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics of</source>
        <translation>مواضيع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topics of the document you are reading, or of every document</source>
        <translation>مواضيع الوثيقة التي تقرؤها، أو مواضيع كل الوثائق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Topics of the library</source>
        <translation>مواضيع المكتبة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a topic to see its documents, newest first; choose a paragraph to read it</source>
        <translation>افتح موضوعًا لترى وثائقه، الأحدث أولًا؛ واختر فقرة لقراءتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics of the document</source>
        <translation>مواضيع الوثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a topic to mark its paragraphs and bring the first into view</source>
        <translation>اختر موضوعًا لتمييز فقراته والانتقال إلى أولاها</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finding the topics of every document…</source>
        <translation>جارٍ البحث عن مواضيع كل الوثائق…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Documents: %1</source>
        <translation>الوثائق: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paragraph %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Differences between versions</source>
        <translation>الاختلافات بين النسخ</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places and organisations</source>
        <translation>الأماكن والمنظمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My tags</source>
        <translation>وسومي</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+54"/>
        <source>Paragraphs: %1</source>
        <translation>الفقرات: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¶%1 %2 %3: in %4; not in %5</source>
        <translation>¶%1 %2 %3: في %4؛ وليس في %5</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../oicreader/ui/tour.py" line="+36"/>
        <source>Each row is one paragraph of the report: the Arabic original beside its English and French translations. Show or hide a language with %1 or the toolbar&apos;s buttons; View &gt; Column Order puts the columns in another order.</source>
        <translation>كل صف فقرة واحدة من التقرير: الأصل العربي بجانب ترجمتيه الإنجليزية والفرنسية. أظهِر لغة أو أخفِها بالاختصار %1 أو بأزرار شريط الأدوات، ويغيّر الأمر «ترتيب الأعمدة» في قائمة «عرض» ترتيب الأعمدة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Topics panel groups the paragraphs by the questions, countries and organisations they speak of. Choose a topic to mark its paragraphs, then go from one to the next with %1 and back with %2.</source>
        <translation>تجمع لوحة المواضيع الفقرات حسب المسائل والبلدان والمنظمات التي تتناولها. اختر موضوعًا لتمييز فقراته، ثم انتقل من فقرة إلى التي تليها بالاختصار %1 وارجع إلى السابقة بالاختصار %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select words and press %1 to highlight them, or %2 to write a note on them; %3 writes a note on the whole paragraph. The Notes panel lists your notes; they stay on this computer.</source>
        <translation>حدّد كلمات واضغط %1 لتظليلها أو %2 لكتابة ملاحظة عليها، ويكتب الاختصار %3 ملاحظة على الفقرة كلها. تعرض لوحة الملاحظات ملاحظاتك، وهي تبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click paragraph numbers to choose what to print. Print (%1) and Export PDF (%2) lay out the languages shown, with or without your notes. %3 copies a passage followed by its citation.</source>
        <translation>انقر أرقام الفقرات لاختيار ما تطبعه. تُخرج الطباعة (%1) والتصدير إلى PDF‏ (%2) اللغات المعروضة، مع ملاحظاتك أو بدونها. وينسخ الاختصار %3 مقطعًا متبوعًا بالإحالة إلى مصدره.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three languages side by side</source>
        <translation>ثلاث لغات جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your notes</source>
        <translation>ملاحظاتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing and citing</source>
        <translation>الطباعة والإحالة</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location line="+12"/>
        <source>Welcome to OIC Reader</source>
        <translation>مرحبًا بك في OIC Reader</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../oicreader/ui/actions.py" line="+101"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Revisions…</source>
        <translation>م&amp;قارنة التنقيحات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes to &amp;Review…</source>
        <translation>ملاحظات تحتاج إلى م&amp;راجعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>قف&amp;ل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pr&amp;eferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About OIC Reader</source>
        <translation>&amp;حول OIC Reader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo Delete Note</source>
        <translation>ترا&amp;جع عن حذف الملاحظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with Ci&amp;tation</source>
        <translation>نسخ مع الإ&amp;حالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tour</source>
        <translation>&amp;جولة تعريفية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go to Paragraph…</source>
        <translation>&amp;الانتقال إلى فقرة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Paragraph</source>
        <translation>الفقرة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Paragraph</source>
        <translation>الفقرة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>ت&amp;قدّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom O&amp;ut</source>
        <translation>تص&amp;غير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual &amp;Size</source>
        <translation>الحجم ال&amp;فعلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font for &amp;Arabic…</source>
        <translation>خط النص ال&amp;عربي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font for &amp;English and French…</source>
        <translation>خط النص الإن&amp;جليزي والفرنسي…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;gend…</source>
        <translation>&amp;دليل العلامات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next Paragraph in &amp;Topic</source>
        <translation>الفقرة التالية في ال&amp;موضوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Paragraph in T&amp;opic</source>
        <translation>الفقرة السابقة في الموضو&amp;ع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;تظليل النص المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Note to Selection…</source>
        <translation>إضافة &amp;ملاحظة على النص المحدد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on the Current &amp;Paragraph</source>
        <translation>ملاحظة على ال&amp;فقرة الحالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Notes…</source>
        <translation>تصدير ال&amp;ملاحظات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport Notes…</source>
        <translation>استيراد الملا&amp;حظات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>م&amp;عاينة الطباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Paragraphs for Printing…</source>
        <translation>تحديد الفقرات المراد طباعتها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select This Topic&apos;s Paragraphs</source>
        <translation>تحديد فقرات هذا الموضوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the Search Results</source>
        <translation>تحديد نتائج البحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Print Selection</source>
        <translation>إلغاء تحديد الفقرات للطباعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to &amp;Brief</source>
        <translation>&amp;إضافة إلى ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add This Topic to Brief</source>
        <translation>إضافة هذا الموضوع إلى ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the Search Results to Brief</source>
        <translation>إضافة نتائج البحث إلى ملف الإحاطة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Notes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;لون التظليل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print &amp;Selection</source>
        <translation>ال&amp;فقرات المحددة للطباعة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Languages</source>
        <translation>ال&amp;لغات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &amp;Order</source>
        <translation>&amp;ترتيب الأعمدة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
</TS>
