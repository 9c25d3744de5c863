<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <source>Apache License, version 2.0</source>
        <translation>ترخيص أباتشي، الإصدار 2.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apache License, version 2.0, or BSD 3-Clause License</source>
        <translation>ترخيص أباتشي، الإصدار 2.0، أو ترخيص BSD ذو البنود الثلاثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD 3-Clause License</source>
        <translation>ترخيص BSD ذو البنود الثلاثة</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../oicreader/ui/import_controller.py" line="+66"/>
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
        <location filename="../../oicreader/ui/import_dialog.py" line="+64"/>
        <source>Import Report</source>
        <translation>استيراد تقرير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
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
        <location line="+56"/>
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
        <location filename="../../oicreader/ui/library_controller.py" line="+75"/>
        <source>The documents were not removed; your library is unchanged.</source>
        <translation>لم تُزَل الوثائق؛ مكتبتك لم تتغير.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal failed</source>
        <translation>تعذّرت الإزالة</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+15"/>
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
        <location filename="../../oicreader/ui/library_dock.py" line="+27"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: symbol, title, date, status…</source>
        <translation>تصفية: الرمز، العنوان، التاريخ، الحالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the documents</source>
        <translation>تصفية الوثائق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents in the library</source>
        <translation>الوثائق في المكتبة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove from Library…</source>
        <translation>إزالة من المكتبة…</translation>
    </message>
    <message>
        <location filename="../../oicreader/ui/library_model.py" line="+196"/>
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
        <location filename="../../oicreader/ui/library_messages.py" line="+41"/>
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
        <location line="+22"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../oicreader/ui/main_window.py" line="+85"/>
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
        <location filename="../../oicreader/ui/note_editor.py" line="+106"/>
        <source>Note on %1</source>
        <translation>ملاحظة على %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the words: %1</source>
        <translation>على العبارة: %1</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../oicreader/ui/note_exchange_controller.py" line="+36"/>
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotation (*.jsonld *.json)</source>
        <translation>تعليقات الويب التوضيحية (*.jsonld *.json)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+14"/>
        <source>Import notes</source>
        <translation>استيراد الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotation (*.jsonld *.json);;All files (*)</source>
        <translation>تعليقات الويب التوضيحية (*.jsonld *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../oicreader/ui/notes_controller.py" line="+127"/>
        <source>Select some words in one paragraph first.</source>
        <translation>حدِّد أولًا بعض الكلمات في فقرة واحدة.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Note deleted. Press Ctrl+Z to bring it back.</source>
        <translation>حُذفت الملاحظة. اضغط Ctrl+Z لاستعادتها.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../oicreader/ui/notes_dock.py" line="+42"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+188"/>
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
        <location line="+293"/>
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
        <location line="+178"/>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../oicreader/ui/preferences_dialog.py" line="+73"/>
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
        <location line="+44"/>
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
        <location filename="../../oicreader/ui/print_controller.py" line="+59"/>
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
        <location line="+4"/>
        <source>No paragraph selected for printing: all will be printed</source>
        <translation>لم تُحدَّد أي فقرة للطباعة: ستُطبع الفقرات كلها</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+40"/>
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
        <location line="+29"/>
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
        <location filename="../../oicreader/ui/reading_controller.py" line="+75"/>
        <source>OIC Reader — %1</source>
        <translation>OIC Reader — %1</translation>
    </message>
    <message>
        <location line="+164"/>
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
    <name>SearchDock</name>
    <message>
        <location filename="../../oicreader/ui/search_dock.py" line="+41"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search in Arabic, English or French</source>
        <translation>ابحث بالعربية أو الإنجليزية أو الفرنسية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search query</source>
        <translation>عبارة البحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
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
    <name>TagField</name>
    <message>
        <location filename="../../oicreader/ui/note_editor.py" line="-87"/>
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
    <message>
        <location filename="../../oicreader/ui/topics_controller.py" line="+157"/>
        <source>%1: paragraphs %2</source>
        <translation>%1: الفقرات %2</translation>
    </message>
</context>
<context>
    <name>TopicsDock</name>
    <message>
        <location filename="../../oicreader/ui/topics_dock.py" line="+31"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paragraphs</source>
        <translation>الفقرات</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Topics of the document</source>
        <translation>مواضيع الوثيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a topic to mark its paragraphs and bring the first into view</source>
        <translation>اختر موضوعًا لتمييز فقراته والانتقال إلى أولاها</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="-46"/>
        <source>Paragraphs: %1</source>
        <translation>الفقرات: %1</translation>
    </message>
    <message>
        <location line="+92"/>
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
        <location filename="../../oicreader/ui/actions.py" line="+99"/>
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
        <location line="+7"/>
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
        <location line="+13"/>
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
