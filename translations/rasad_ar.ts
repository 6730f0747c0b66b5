<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>GraphEdgeLayer</name>
    <message numerus="yes">
        <source>%1
%n shared event(s)</source>
        <translation>
            <numerusform>%1
لا أحداث مشتركة</numerusform>
            <numerusform>%1
حدث مشترك واحد</numerusform>
            <numerusform>%1
حدثان مشتركان</numerusform>
            <numerusform>%1
%n أحداث مشتركة</numerusform>
            <numerusform>%1
%n حدثاً مشتركاً</numerusform>
            <numerusform>%1
%n حدث مشترك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا اتصالات</numerusform>
            <numerusform>اتصال واحد</numerusform>
            <numerusform>اتصالان</numerusform>
            <numerusform>%n اتصالات</numerusform>
            <numerusform>%n اتصالاً</numerusform>
            <numerusform>%n اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالاً</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>لا شخصيات</numerusform>
            <numerusform>شخصية واحدة</numerusform>
            <numerusform>شخصيتان</numerusform>
            <numerusform>%n شخصيات</numerusform>
            <numerusform>%n شخصيةً</numerusform>
            <numerusform>%n شخصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>لا صلات</numerusform>
            <numerusform>صلة واحدة</numerusform>
            <numerusform>صلتان</numerusform>
            <numerusform>%n صلات</numerusform>
            <numerusform>%n صلةً</numerusform>
            <numerusform>%n صلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counterpart(s)</source>
        <translation>
            <numerusform>لا أطراف</numerusform>
            <numerusform>طرف واحد</numerusform>
            <numerusform>طرفان</numerusform>
            <numerusform>%n أطراف</numerusform>
            <numerusform>%n طرفاً</numerusform>
            <numerusform>%n طرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Meeting</source>
        <translation>لقاء</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>اتصال هاتفي</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>وفد</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>تواصل آخر</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>بلد غير معروف</translation>
    </message>
</context>
<context>
    <name>rasad::ActorEditorDialog</name>
    <message>
        <source>Verified by a researcher</source>
        <translation>تحقّق منه باحث</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>تعديل الشخصية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation>إضافة تهجئة…</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>حذف التهجئة</translation>
    </message>
    <message>
        <source>Split off as a new actor</source>
        <translation>فصلها شخصيةً جديدة</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>إضافة تهجئة</translation>
    </message>
    <message>
        <source>Another spelling of the name:</source>
        <translation>تهجئة أخرى للاسم:</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>إضافة منصب</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>حذف المنصب</translation>
    </message>
    <message>
        <source>Merge into this actor</source>
        <translation>دمجها في هذه الشخصية</translation>
    </message>
    <message>
        <source>Delete actor</source>
        <translation>حذف الشخصية</translation>
    </message>
    <message>
        <source>Delete this actor? Its events keep their other participants.</source>
        <translation>حذف هذه الشخصية؟ تبقى أحداثها مع مشاركيها الآخرين.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>المناصب</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>الشخص نفسه مثل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>دمج شخصيتين</translation>
    </message>
    <message>
        <source>Split alias</source>
        <translation>فصل تهجئة</translation>
    </message>
</context>
<context>
    <name>rasad::ActorGraphView</name>
    <message>
        <source>Replay how the network grew, month by month</source>
        <translation>أعد عرض نمو الشبكة شهراً بعد شهر</translation>
    </message>
    <message>
        <source>Show contacts up to this month</source>
        <translation>اعرض الاتصالات حتى هذا الشهر</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>اعرض المخطط كاملاً (0)</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>أعد الترتيب</translation>
    </message>
    <message>
        <source>Lay the graph out again; nodes you dragged stay pinned</source>
        <translation>أعد ترتيب المخطط؛ تبقى العقد التي سحبتها مثبّتة</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>فك تثبيت الكل</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the graph as shown to PNG, SVG or PDF</source>
        <translation>صدّر المخطط كما يظهر إلى PNG أو SVG أو PDF</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>سوريا</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>روسيا</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>دول أخرى</translation>
    </message>
    <message>
        <source>Disc size: contacts · Line width: shared events</source>
        <translation>حجم الدائرة: عدد الاتصالات · عرض الخط: الأحداث المشتركة</translation>
    </message>
    <message>
        <source>Find an actor…</source>
        <translation>ابحث عن شخصية…</translation>
    </message>
    <message>
        <source>Contacts between officials</source>
        <translation>الاتصالات بين المسؤولين</translation>
    </message>
    <message>
        <source>Laying out the graph of %1…</source>
        <translation>رسم شبكة %1…</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 مع %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Stop the replay at this month</source>
        <translation>أوقف العرض عند هذا الشهر</translation>
    </message>
    <message>
        <source>Month back</source>
        <translation>شهر للوراء</translation>
    </message>
    <message>
        <source>Show the network one month earlier</source>
        <translation>اعرض الشبكة قبل شهر</translation>
    </message>
    <message>
        <source>Month on</source>
        <translation>شهر للأمام</translation>
    </message>
    <message>
        <source>Show the network one month later</source>
        <translation>اعرض الشبكة بعد شهر</translation>
    </message>
    <message>
        <source>All, to %1</source>
        <translation>الكل، حتى %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>rasad::ActorTableModel</name>
    <message>
        <source>How often the actor lies on the shortest path between two others (estimated from a sample)</source>
        <translation>كم مرة تقع الشخصية على أقصر طريق بين شخصيتين أخريين (تقدير من عيّنة)</translation>
    </message>
    <message>
        <source>How often the actor lies on the shortest path between two others</source>
        <translation>كم مرة تقع الشخصية على أقصر طريق بين شخصيتين أخريين</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>أول اتصال</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر اتصال</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>البينية</translation>
    </message>
</context>
<context>
    <name>rasad::ArticleReaderView</name>
    <message>
        <source>evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>شخصية</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>contact word</source>
        <translation>كلمة تواصل</translation>
    </message>
    <message>
        <source>Open a source from the details panel to read the article.</source>
        <translation>افتح مصدراً من لوحة التفاصيل لقراءة المقال.</translation>
    </message>
    <message>
        <source>Article %1 is not in the project any more.</source>
        <translation>المقال %1 لم يعد موجوداً في المشروع.</translation>
    </message>
    <message>
        <source>New contact from selection…</source>
        <translation>تواصل جديد من النص المحدد…</translation>
    </message>
</context>
<context>
    <name>rasad::ContactsTableModel</name>
    <message>
        <source>, </source>
        <comment>between the names of a contact&apos;s participants</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>جرى</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مقرَّر</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>منفيّ</translation>
    </message>
    <message>
        <source>Hypothetical</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>unknown outlet</source>
        <translation>وسيلة إعلام غير معروفة</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>كما ورد: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Factuality</source>
        <translation>الحدوث</translation>
    </message>
</context>
<context>
    <name>rasad::CurationPanel</name>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>وضع علامة «تم التحقق»</translation>
    </message>
    <message>
        <source>Export audit log…</source>
        <translation>تصدير سجل التدقيق…</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>سجل تعديلات %1</translation>
    </message>
    <message>
        <source>History of the event of %1</source>
        <translation>سجل تعديلات حدث %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Filter the queue…</source>
        <translation>تصفية القائمة…</translation>
    </message>
</context>
<context>
    <name>rasad::ReviewQueueModel</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>شخصية</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>found in the text, not in the gazetteer</source>
        <translation>وردت في النص وليست في المعجم</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>الثقة %1٪</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>المصادر مختلفة</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>no date: the publication date is unknown, so relative dates stay unresolved</source>
        <translation>بلا تاريخ: تاريخ النشر مجهول، فتبقى التواريخ النسبية دون حل</translation>
    </message>
    <message>
        <source>planned, not reported as held</source>
        <translation>مخطط له، ولم يُذكر أنه جرى</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>منفيّ</translation>
    </message>
    <message>
        <source>supposed or asked about</source>
        <translation>مفترَض أو موضع سؤال</translation>
    </message>
    <message>
        <source>spellings taken as one person: %1</source>
        <translation>كتابات عُدّت لشخص واحد: %1</translation>
    </message>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
</context>
<context>
    <name>rasad::DataExport</name>
    <message>
        <source>Rasad JSON (*.json)</source>
        <translation>JSON رصد (*.json)</translation>
    </message>
    <message>
        <source>CSV tables, one folder (*)</source>
        <translation>جداول CSV في مجلد (*)</translation>
    </message>
    <message>
        <source>GraphML network (*.graphml)</source>
        <translation>شبكة GraphML ‏(*.graphml)</translation>
    </message>
    <message>
        <source>GEXF network with dates, for Gephi (*.gexf)</source>
        <translation>شبكة GEXF بتواريخ لبرنامج Gephi ‏(*.gexf)</translation>
    </message>
    <message>
        <source>TimelineJS (*.timeline.json)</source>
        <translation>TimelineJS ‏(*.timeline.json)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>صُدِّر %1 و%2 إلى %3.</translation>
    </message>
</context>
<context>
    <name>rasad::DateField</name>
    <message>
        <source>There is no such day. The day comes first: 1/10/2025 is 1 October 2025.</source>
        <translation>لا يوجد يوم كهذا. اليوم يُكتب أولاً: 1/10/2025 هو ١ تشرين الأول ٢٠٢٥.</translation>
    </message>
    <message>
        <source>Give the year too, for example 1 October 2025 or October 2025.</source>
        <translation>اذكر السنة أيضاً، مثل ١ تشرين الأول ٢٠٢٥ أو تشرين الأول ٢٠٢٥.</translation>
    </message>
    <message>
        <source>This is not a date Rasad can read.</source>
        <translation>هذا ليس تاريخاً يستطيع رصد قراءته.</translation>
    </message>
    <message>
        <source>Type a date and press Enter: 2025-10-01, 1/10/2025 (day first, as in Syria and Russia), 1 October 2025, or a month alone: October 2025.</source>
        <translation>اكتب تاريخاً ثم اضغط Enter: ‏2025-10-01 أو 1/10/2025 (اليوم أولاً، كما في سوريا وروسيا) أو ١ تشرين الأول ٢٠٢٥، أو شهراً وحده: تشرين الأول ٢٠٢٥.</translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation>فُهم على أنه: %1</translation>
    </message>
    <message>
        <source>Pick a day in a calendar</source>
        <translation>اختر يوماً من التقويم</translation>
    </message>
</context>
<context>
    <name>rasad::DetailsPanel</name>
    <message>
        <source>Select an event on the timeline or an actor in the graph to see its details and sources.</source>
        <translation>اختر حدثاً على الخط الزمني أو شخصية في المخطط لترى تفاصيله ومصادره.</translation>
    </message>
    <message>
        <source>Announced, not yet held</source>
        <translation>مُعلن عنه ولم يُعقد بعد</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما ورد في النص</translation>
    </message>
    <message>
        <source>no date phrase; see how it was found</source>
        <translation>لا عبارة تاريخ؛ انظر كيف استُنتج</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>مصدر التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>اختلافات بين المصادر</translation>
    </message>
    <message>
        <source>Merged because</source>
        <translation>سبب الدمج</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>المصادر (%1)</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>المناصب</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حتى الآن</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>صيغ الاسم</translation>
    </message>
    <message>
        <source>Found in the text, not in the gazetteer: worth a review.</source>
        <translation>وُجدت في النص وليست في المعجم: تستحق المراجعة.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>الاتصالات (%1)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>host</source>
        <translation>مضيف</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ضيف</translation>
    </message>
    <message>
        <source>delegation member</source>
        <translation>عضو في الوفد</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>نظير</translation>
    </message>
    <message>
        <source>the sentence itself</source>
        <translation>الجملة نفسها</translation>
    </message>
    <message>
        <source>an earlier date the sentence refers to</source>
        <translation>تاريخ سابق تحيل إليه الجملة</translation>
    </message>
    <message>
        <source>the article&apos;s main event</source>
        <translation>الحدث الرئيسي في المقال</translation>
    </message>
    <message>
        <source>set by a user</source>
        <translation>حدده مستخدم</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>Denied: the text says this contact did not take place</source>
        <translation>منفيّ: يقول النص إن هذا الاتصال لم يحدث</translation>
    </message>
    <message>
        <source>Supposed or asked about, not reported as held</source>
        <translation>مفترَض أو موضع سؤال، ولم يُذكر أنه جرى</translation>
    </message>
    <message>
        <source>the publication date (the article reports it as news, without a date)</source>
        <translation>تاريخ النشر (يورد المقال الخبر دون تاريخ)</translation>
    </message>
    <message>
        <source>the day and month in the text; the year is the only one whose weekday fits while %1 held office</source>
        <translation>اليوم والشهر من النص؛ والسنة هي الوحيدة التي يوافق فيها اليومُ المذكور مدةَ تولّي %1 مناصبهم</translation>
    </message>
    <message numerus="yes">
        <source>the contact verb «%1» with %n people named in its clause</source>
        <translation>
            <numerusform>فعل الاتصال «%1» دون أشخاص مسمَّين في جملته</numerusform>
            <numerusform>فعل الاتصال «%1» مع شخص واحد مسمّى في جملته</numerusform>
            <numerusform>فعل الاتصال «%1» مع شخصين مسمَّيين في جملته</numerusform>
            <numerusform>فعل الاتصال «%1» مع %n أشخاص مسمَّين في جملته</numerusform>
            <numerusform>فعل الاتصال «%1» مع %n شخصاً مسمّى في جملته</numerusform>
            <numerusform>فعل الاتصال «%1» مع %n شخص مسمّى في جملته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the contact noun «%1» with %n people named in its clause</source>
        <translation>
            <numerusform>اسم الاتصال «%1» دون أشخاص مسمَّين في جملته</numerusform>
            <numerusform>اسم الاتصال «%1» مع شخص واحد مسمّى في جملته</numerusform>
            <numerusform>اسم الاتصال «%1» مع شخصين مسمَّيين في جملته</numerusform>
            <numerusform>اسم الاتصال «%1» مع %n أشخاص مسمَّين في جملته</numerusform>
            <numerusform>اسم الاتصال «%1» مع %n شخصاً مسمّى في جملته</numerusform>
            <numerusform>اسم الاتصال «%1» مع %n شخص مسمّى في جملته</numerusform>
        </translation>
    </message>
    <message>
        <source>one official travelling between the two countries («%1»)</source>
        <translation>مسؤول واحد مسافر بين البلدين («%1»)</translation>
    </message>
    <message>
        <source>; cue «%1»</source>
        <translation>؛ القرينة «%1»</translation>
    </message>
    <message numerus="yes">
        <source>; %n report(s) merged</source>
        <translation>
            <numerusform>؛ لا تقارير مدمجة</numerusform>
            <numerusform>؛ تقرير واحد مدمج</numerusform>
            <numerusform>؛ تقريران مدمجان</numerusform>
            <numerusform>؛ %n تقارير مدمجة</numerusform>
            <numerusform>؛ %n تقريراً مدمجاً</numerusform>
            <numerusform>؛ %n تقرير مدمج</numerusform>
        </translation>
    </message>
    <message>
        <source>, score %1</source>
        <translation>، بدرجة %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>head of delegation</source>
        <translation>رئيس الوفد</translation>
    </message>
    <message>
        <source>party</source>
        <translation>طرف</translation>
    </message>
</context>
<context>
    <name>rasad::EventEditorDialog</name>
    <message>
        <source>Verified by a researcher</source>
        <translation>تحقّق منه باحث</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>تعديل الحدث</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>لقاء</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>وفد</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Split off as a separate contact</source>
        <translation>فصله تواصلاً مستقلاً</translation>
    </message>
    <message>
        <source>Merge into this contact</source>
        <translation>دمجه في هذا التواصل</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>حذف التواصل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Same contact as</source>
        <translation>التواصل نفسه مثل</translation>
    </message>
    <message>
        <source>(choose a contact)</source>
        <translation>(اختر تواصلاً)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>دمج تواصلين</translation>
    </message>
    <message>
        <source>Split a source off</source>
        <translation>فصل مصدر</translation>
    </message>
    <message>
        <source>Delete this contact? It stays deleted after a re-extraction; Undo brings it back.</source>
        <translation>حذف هذا التواصل؟ يبقى محذوفاً بعد إعادة الاستخراج، ويعيده أمر «تراجع».</translation>
    </message>
    <message>
        <source>The date could not be read. Correct it or clear it.</source>
        <translation>تعذّرت قراءة التاريخ. صحّحه أو امسحه.</translation>
    </message>
</context>
<context>
    <name>rasad::ExportDialog</name>
    <message>
        <source>Export picture</source>
        <translation>تصدير صورة</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>رسم متجهي SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>نسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 cm printed</source>
        <translation>%1 × %2 بكسل، %3 × %4 سم عند الطباعة</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>رسوم SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفاً للتصدير إليه.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Printed under the picture</source>
        <translation>يُطبع تحت الصورة</translation>
    </message>
    <message>
        <source>e.g. the author or the newsroom</source>
        <translation>مثلاً: الكاتب أو غرفة الأخبار</translation>
    </message>
    <message>
        <source>The filter's dates</source>
        <translation>تواريخ التصفية</translation>
    </message>
    <message>
        <source>The dates on screen</source>
        <translation>التواريخ المعروضة على الشاشة</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>كما على الشاشة</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 أفقي</translation>
    </message>
    <message>
        <source>Slide (16:9)</source>
        <translation>شريحة عرض (16:9)</translation>
    </message>
    <message>
        <source>Newspaper column (8.5 cm wide)</source>
        <translation>عمود صحيفة (عرض 8.5 سم)</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Credit line:</source>
        <translation>سطر الحقوق:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>الصفحة:</translation>
    </message>
</context>
<context>
    <name>rasad::FilterBar</name>
    <message>
        <source>Search names and article text…</source>
        <translation>ابحث في الأسماء ونصوص المقالات…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>أزل كل المرشحات</translation>
    </message>
    <message>
        <source>Country…</source>
        <translation>البلد…</translation>
    </message>
    <message>
        <source>Actor…</source>
        <translation>الشخصية…</translation>
    </message>
    <message>
        <source>Type…</source>
        <translation>النوع…</translation>
    </message>
    <message>
        <source>Topic…</source>
        <translation>الموضوع…</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>أزل هذا المرشح</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>النص: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>البلد: %1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>الشخصية: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>من: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>إلى: %1</translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation>النافذة: %1 – %2</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>يظهر %1 من %2</translation>
    </message>
</context>
<context>
    <name>rasad::FuzzyDateEditor</name>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Part of a month</source>
        <translation>جزء من شهر</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>فترة</translation>
    </message>
    <message>
        <source>Early (1–10)</source>
        <translation>مطلع (١–١٠)</translation>
    </message>
    <message>
        <source>Mid (11–20)</source>
        <translation>منتصف (١١–٢٠)</translation>
    </message>
    <message>
        <source>Late (21–end)</source>
        <translation>أواخر (٢١–نهايته)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>rasad::GazetteerEditorDialog</name>
    <message>
        <source>Gazetteer</source>
        <translation>المعجم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Add the people and places of a colleague&apos;s gazetteer file to yours</source>
        <translation>أضف أشخاص وأماكن ملف معجم من زميل إلى معجمك</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>The whole gazetteer…</source>
        <translation>المعجم كله…</translation>
    </message>
    <message>
        <source>Only my additions and changes…</source>
        <translation>إضافاتي وتعديلاتي فقط…</translation>
    </message>
    <message>
        <source>Re-extract the project with this gazetteer</source>
        <translation>أعد استخراج المشروع بهذا المعجم</translation>
    </message>
    <message>
        <source>Saves your changes, then finds people, places and meetings in every article again</source>
        <translation>يحفظ تعديلاتك ثم يعيد البحث عن الأشخاص والأماكن واللقاءات في كل مقال</translation>
    </message>
    <message>
        <source>Your changes are saved in %1; the files that come with Rasad are never changed.</source>
        <translation>تُحفظ تعديلاتك في %1، ولا تُغيَّر الملفات المرفقة برصد أبداً.</translation>
    </message>
    <message>
        <source>Find a person by name, alias or English name</source>
        <translation>ابحث عن شخص بالاسم أو بصيغة أخرى له أو بالاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>A stable id in lower-case Latin letters, digits, &apos;-&apos; or &apos;_&apos;; projects refer to it</source>
        <translation>معرّف ثابت بأحرف لاتينية صغيرة وأرقام و‎-‎ و‎_‎؛ تشير إليه المشاريع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dates as YYYY, YYYY-MM or YYYY-MM-DD; leave “To” empty while still in office</source>
        <translation>التواريخ بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD؛ اترك «إلى» فارغاً ما دام في المنصب</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>إضافة صيغة</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>حذف الصيغة</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>إضافة منصب</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>حذف المنصب</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>صيغ أخرى للاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>المناصب</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>ابحث عن مكان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>إضافة مكان</translation>
    </message>
    <message>
        <source>Remove place</source>
        <translation>حذف المكان</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>عاصمة</translation>
    </message>
    <message>
        <source>city</source>
        <translation>مدينة</translation>
    </message>
    <message>
        <source>base</source>
        <translation>قاعدة</translation>
    </message>
    <message>
        <source>building</source>
        <translation>مبنى</translation>
    </message>
    <message>
        <source>region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ميناء</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>مطار</translation>
    </message>
    <message>
        <source>The id of the place this one lies in (the Kremlin lies in moscow); may be empty</source>
        <translation>معرّف المكان الذي يقع فيه هذا المكان (الكرملين يقع في moscow)؛ يجوز تركه فارغاً</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Lies in</source>
        <translation>يقع في</translation>
    </message>
    <message>
        <source>Some gazetteer files have problems and were skipped:</source>
        <translation>في بعض ملفات المعجم أخطاء فتُخطّيت:</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>عدّلته أنت</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>أضفته أنت</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>مرفق برصد</translation>
    </message>
    <message>
        <source>another file</source>
        <translation>ملف آخر</translation>
    </message>
    <message>
        <source>edited, not saved</source>
        <translation>معدَّل، لم يُحفظ</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>لم يُذكر مصدر</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>اختر شخصاً أولاً.</translation>
    </message>
    <message>
        <source>“%1” comes with Rasad or from another gazetteer file; you can change it but not remove it.</source>
        <translation>«%1» مرفق برصد أو آتٍ من ملف معجم آخر؛ يمكنك تعديله لا حذفه.</translation>
    </message>
    <message>
        <source>Select a place first.</source>
        <translation>اختر مكاناً أولاً.</translation>
    </message>
    <message>
        <source>A new person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>%1: give an id (for example “ru-deputy-minister”).</source>
        <translation>%1: أدخل معرّفاً (مثل ru-deputy-minister).</translation>
    </message>
    <message>
        <source>%1: the id “%2” may hold only lower-case Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>%1: المعرّف «%2» لا يقبل إلا أحرفاً لاتينية صغيرة وأرقاماً و‎-‎ و‎_‎.</translation>
    </message>
    <message>
        <source>%1: the id “%2” is already used by another person.</source>
        <translation>%1: المعرّف «%2» مستخدم لشخص آخر.</translation>
    </message>
    <message>
        <source>%1: the Arabic name is empty.</source>
        <translation>%1: الاسم العربي فارغ.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a known country code (two capital letters, e.g. SY or RU).</source>
        <translation>%1: «%2» ليس رمز بلد معروفاً (حرفان لاتينيان كبيران، مثل SY أو RU).</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1، المنصب %2</translation>
    </message>
    <message>
        <source>%1: the title is empty.</source>
        <translation>%1: اسم المنصب فارغ.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>%1: «%2» ليس تاريخاً؛ اكتبه بصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1: the start date %2 is after the end date %3.</source>
        <translation>%1: تاريخ البداية %2 بعد تاريخ النهاية %3.</translation>
    </message>
    <message>
        <source>A new place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>%1: give an id (for example “latakia”).</source>
        <translation>%1: أدخل معرّفاً (مثل latakia).</translation>
    </message>
    <message>
        <source>%1: the id “%2” is already used by another place.</source>
        <translation>%1: المعرّف «%2» مستخدم لمكان آخر.</translation>
    </message>
    <message>
        <source>%1: the name is empty.</source>
        <translation>%1: الاسم فارغ.</translation>
    </message>
    <message>
        <source>%1: “lies in” must be the id of another place, not “%2”.</source>
        <translation>%1: خانة «يقع في» يجب أن تحمل معرّف مكان آخر، لا «%2».</translation>
    </message>
    <message>
        <source>Your gazetteer file cannot be read, so nothing was saved:</source>
        <translation>تعذّرت قراءة ملف معجمك، فلم يُحفظ شيء:</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>لم يُحفظ شيء:</translation>
    </message>
    <message>
        <source>Saved to %1; entries changed: %2.</source>
        <translation>حُفظ في %1؛ عدد المداخل المعدّلة: %2.</translation>
    </message>
    <message>
        <source>%1 was not imported:</source>
        <translation>لم يُستورد %1:</translation>
    </message>
    <message>
        <source>Imported %1: people %2 added, %3 changed; places %4 added, %5 changed; organisations %6 added, %7 changed.</source>
        <translation>استُورد %1: الأشخاص: أُضيف %2 وعُدّل %3؛ الأماكن: أُضيف %4 وعُدّل %5؛ الجهات: أُضيف %6 وعُدّل %7.</translation>
    </message>
    <message>
        <source>Problems to check:</source>
        <translation>مشكلات تحتاج إلى مراجعة:</translation>
    </message>
    <message>
        <source>Exported %1 people and %2 places to %3.</source>
        <translation>صُدّر %1 شخصاً و%2 مكاناً إلى %3.</translation>
    </message>
    <message>
        <source>Gazetteer not saved</source>
        <translation>لم يُحفظ المعجم</translation>
    </message>
    <message>
        <source>Import a gazetteer</source>
        <translation>استيراد معجم</translation>
    </message>
    <message>
        <source>Gazetteer files (*.json)</source>
        <translation>ملفات المعجم (*.json)</translation>
    </message>
    <message>
        <source>Gazetteer imported</source>
        <translation>استُورد المعجم</translation>
    </message>
    <message>
        <source>Gazetteer not imported</source>
        <translation>لم يُستورد المعجم</translation>
    </message>
    <message>
        <source>Export the gazetteer</source>
        <translation>تصدير المعجم</translation>
    </message>
    <message>
        <source>Gazetteer not exported</source>
        <translation>لم يُصدَّر المعجم</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Save your changes to the gazetteer before closing?</source>
        <translation>هل تحفظ تعديلاتك على المعجم قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>rasad::ImportController</name>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>قراءة الملفات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>سيتوقف بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>استيراد %1 (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>rasad::ImportReportDialog</name>
    <message>
        <source>Imported: %1 · New versions: %2 · Skipped (already there): %3 · Failed: %4</source>
        <translation>استُورد: %1، نسخ جديدة: %2، تُجوهل (موجود مسبقاً): %3، فشل: %4</translation>
    </message>
    <message>
        <source>The import was cancelled; the files listed were handled before it stopped.</source>
        <translation>أُلغي الاستيراد؛ الملفات المدرجة عولجت قبل التوقف.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>نسخة جديدة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُجوهل</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>The new articles are stored but not yet read for contacts: choose Edit → Re-extract all articles to add them to the record.</source>
        <translation>حُفظت المقالات الجديدة ولم تُقرأ بعد لاستخراج الاتصالات: اختر تحرير ← إعادة الاستخراج من كل المقالات لإضافتها إلى السجل.</translation>
    </message>
    <message>
        <source>The articles are stored, but reading them for contacts failed; the record is as it was: %1</source>
        <translation>حُفظت المقالات، لكن استخراج الاتصالات منها أخفق؛ بقي السجل كما كان: %1</translation>
    </message>
</context>
<context>
    <name>rasad::MainWindow</name>
    <message>
        <source>About Rasad</source>
        <translation>حول رصد</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rasad %1&lt;/h3&gt;&lt;p&gt;Reads Arabic news about Syrian–Russian official contacts and shows who met whom, where and when, each with the sentence it came from.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;رصد %1&lt;/h3&gt;&lt;p&gt;يقرأ الأخبار العربية عن الاتصالات الرسمية السورية الروسية ويُظهر من التقى بمن وأين ومتى، مع الجملة التي استُخرج منها كل ذلك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rasad — %1</source>
        <translation>رصد — %1</translation>
    </message>
    <message>
        <source>Rasad</source>
        <translation>رصد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>استيراد &amp;ملفات…</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Timeline picture (PNG, SVG, PDF)…</source>
        <translation>صورة الخط الزمني (PNG، SVG، PDF)…</translation>
    </message>
    <message>
        <source>Copy timeline picture</source>
        <translation>نسخ صورة الخط الزمني</translation>
    </message>
    <message>
        <source>Graph picture (PNG, SVG, PDF)…</source>
        <translation>صورة المخطط (PNG، SVG، PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Show every contact the filter lets through; the view follows the filter again</source>
        <translation>اعرض كل الاتصالات التي تمرّرها التصفية؛ ويعود العرض إلى تتبّعها</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>تكبير إلى المحدد</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>وضع العرض التقديمي</translation>
    </message>
    <message>
        <source>The filtered contacts as full-screen slides, one a slide; Space and the arrows step, Escape returns</source>
        <translation>الاتصالات المصفّاة شرائحَ بملء الشاشة، اتصال في كل شريحة؛ المسافة والأسهم للتنقل، وEsc للعودة</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;إعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Month names</source>
        <translation>أسماء الأشهر</translation>
    </message>
    <message>
        <source>Levantine (كانون الثاني، شباط…)</source>
        <translation>شامية (كانون الثاني، شباط…)</translation>
    </message>
    <message>
        <source>Gregorian (يناير، فبراير…)</source>
        <translation>ميلادية (يناير، فبراير…)</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Arabic-Indic (١٢٣)</source>
        <translation>هندية (١٢٣)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>لاتينية (123)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Rasad</source>
        <translation>&amp;حول رصد</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>مخطط الشخصيات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>إحصاءات</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>المسارات:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>حسب البلد</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>حسب الشخصية</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Rasad projects (*.sqlite *.db);;All files (*)</source>
        <translation>مشاريع رصد (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>مقالات (*.txt *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>هناك عملية استيراد جارية.</translation>
    </message>
    <message>
        <source>Timeline picture copied.</source>
        <translation>نُسخت صورة الخط الزمني.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>حذف التواصل</translation>
    </message>
    <message>
        <source>Delete the selected contact? It stays deleted after a re-extraction; Undo brings it back.</source>
        <translation>حذف التواصل المحدد؟ يبقى محذوفاً بعد إعادة الاستخراج، ويعيده أمر «تراجع».</translation>
    </message>
    <message>
        <source>Data (JSON, CSV, GraphML, GEXF, TimelineJS)…</source>
        <translation>البيانات (JSON وCSV وGraphML وGEXF وTimelineJS)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>تعديل المحدد…</translation>
    </message>
    <message>
        <source>Mark selected as verified</source>
        <translation>وضع علامة «تم التحقق» على المحدد</translation>
    </message>
    <message>
        <source>Delete selected contact…</source>
        <translation>حذف التواصل المحدد…</translation>
    </message>
    <message>
        <source>New actor…</source>
        <translation>شخصية جديدة…</translation>
    </message>
    <message>
        <source>Gazetteer (people, places)…</source>
        <translation>المعجم (الأشخاص والأماكن)…</translation>
    </message>
    <message>
        <source>Re-extract all articles</source>
        <translation>إعادة الاستخراج من كل المقالات</translation>
    </message>
    <message>
        <source>Run extraction again with the current gazetteer; corrections are kept</source>
        <translation>إعادة الاستخراج بالمعجم الحالي؛ تبقى التصحيحات</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation>لم يُحفظ التصحيح</translation>
    </message>
    <message>
        <source>This data source cannot be corrected.</source>
        <translation>لا يمكن تصحيح مصدر البيانات هذا.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Select a contact on the timeline or an actor in the graph first.</source>
        <translation>حدد أولاً تواصلاً على الخط الزمني أو شخصية في الشبكة.</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>وضع علامة «تم التحقق»</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>شخصية جديدة</translation>
    </message>
    <message>
        <source>Name as the press writes it:</source>
        <translation>الاسم كما تكتبه الصحافة:</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>تواصل جديد</translation>
    </message>
    <message>
        <source>Re-extracting every article…</source>
        <translation>إعادة الاستخراج من كل المقالات…</translation>
    </message>
    <message>
        <source>Re-extract</source>
        <translation>إعادة الاستخراج</translation>
    </message>
    <message>
        <source>Re-extracted; every correction was applied again.</source>
        <translation>أعيد الاستخراج، وطُبّقت كل التصحيحات من جديد.</translation>
    </message>
    <message>
        <source>Another program changed this project (an import from the command line, say). Reload to see it; the view stays where it is.</source>
        <translation>غيّر برنامج آخر هذا المشروع (استيراد من سطر الأوامر مثلاً). أعد التحميل لتراه؛ يبقى العرض كما هو.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>أعد التحميل</translation>
    </message>
    <message>
        <source>This project file cannot be written (its file or folder is read-only), so it was opened to be viewed: nothing can be imported, corrected or re-extracted. To work on it, copy it to a writable folder and open the copy.</source>
        <translation>لا يمكن الكتابة في ملف المشروع هذا (الملف أو مجلده للقراءة فقط)، لذا فُتح للعرض: لا يمكن الاستيراد أو التصحيح أو إعادة الاستخراج. للعمل عليه انسخه إلى مجلد قابل للكتابة وافتح النسخة.</translation>
    </message>
    <message>
        <source>This project file cannot be written; nothing was imported. Copy it to a writable folder and open the copy.</source>
        <translation>لا يمكن الكتابة في ملف المشروع هذا؛ لم يُستورد شيء. انسخه إلى مجلد قابل للكتابة وافتح النسخة.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) stored by an import that stopped before its end are being extracted…</source>
        <translation>
            <numerusform>لا مقالات خزّنها استيراد توقف قبل نهايته</numerusform>
            <numerusform>يُستخرج الآن مقال واحد خزّنه استيراد توقف قبل نهايته…</numerusform>
            <numerusform>يُستخرج الآن مقالان خزّنهما استيراد توقف قبل نهايته…</numerusform>
            <numerusform>تُستخرج الآن %n مقالات خزّنها استيراد توقف قبل نهايته…</numerusform>
            <numerusform>يُستخرج الآن %n مقالاً خزّنها استيراد توقف قبل نهايته…</numerusform>
            <numerusform>يُستخرج الآن %n مقال خزّنها استيراد توقف قبل نهايته…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover into a new file…</source>
        <translation>&amp;استرداد إلى ملف جديد…</translation>
    </message>
    <message>
        <source>Copy what can still be read of this damaged project file into a new one</source>
        <translation>نسخ ما زال مقروءاً من ملف المشروع التالف هذا إلى ملف جديد</translation>
    </message>
    <message>
        <source>This project file is damaged, so it was opened read-only: nothing can be imported, corrected or re-extracted, and nothing more can be lost. File → Recover into a new file… copies what can still be read.</source>
        <translation>ملف المشروع هذا تالف، لذا فُتح للقراءة فقط: لا يمكن الاستيراد ولا التصحيح ولا إعادة الاستخراج، ولن يضيع منه شيء آخر. ملف ← استرداد إلى ملف جديد… ينسخ ما زال مقروءاً.</translation>
    </message>
    <message>
        <source>Part of this project could not be read, so what is shown may be incomplete. Close other programs that use the file and open it again; if this stays, the file is damaged.</source>
        <translation>تعذّرت قراءة جزء من هذا المشروع، فقد يكون المعروض ناقصاً. أغلق البرامج الأخرى التي تستعمل الملف ثم افتحه من جديد؛ وإن بقي الأمر كذلك فالملف تالف.</translation>
    </message>
    <message>
        <source>Recover into a new file</source>
        <translation>استرداد إلى ملف جديد</translation>
    </message>
    <message>
        <source>Rasad projects (*.sqlite *.db)</source>
        <translation>مشاريع رصد (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>%1: %2 rows copied</source>
        <translation>%1: نُسخ %2 صفاً</translation>
    </message>
    <message>
        <source>lost: ids %1–%2</source>
        <translation>فُقدت: المعرّفات %1–%2</translation>
    </message>
    <message>
        <source>lost: every row after id %1</source>
        <translation>فُقدت: كل الصفوف بعد المعرّف %1</translation>
    </message>
    <message>
        <source>%1 dropped (they referred to a lost row)</source>
        <translation>حُذف %1 (كانت تشير إلى صف مفقود)</translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation>لم يضع شيء.</translation>
    </message>
    <message>
        <source>Some rows could not be read and were not copied:</source>
        <translation>تعذّرت قراءة بعض الصفوف فلم تُنسخ:</translation>
    </message>
    <message>
        <source>Open the recovered file %1 now?</source>
        <translation>فتح الملف المسترد %1 الآن؟</translation>
    </message>
    <message>
        <source>This project file is damaged and open read-only; nothing was imported. Use File → Recover into a new file… first.</source>
        <translation>ملف المشروع هذا تالف ومفتوح للقراءة فقط؛ لم يُستورد شيء. استعمل ملف ← استرداد إلى ملف جديد… أولاً.</translation>
    </message>
    <message>
        <source>Contacts table</source>
        <translation>جدول التواصلات</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>ا&amp;نتقال إلى</translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>إعادة ترتيب اللوحات</translation>
    </message>
    <message>
        <source>Put the panels back where they are on a first start</source>
        <translation>إعادة اللوحات إلى أماكنها عند أول تشغيل</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search names and article text</source>
        <translation>ابحث في الأسماء ونصوص المقالات</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>يظهر منها %1</translation>
    </message>
</context>
<context>
    <name>rasad::ReportExporter</name>
    <message>
        <source>width must be between 16 and 30000 pixels</source>
        <translation>يجب أن يكون العرض بين 16 و30000 بكسل</translation>
    </message>
    <message>
        <source>resolution must be between 36 and 2400 DPI</source>
        <translation>يجب أن تكون الدقة بين 36 و2400 نقطة/بوصة</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>تعذّر بدء كاتب SVG</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>تعذّر بدء كاتب PDF</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>Sources: none shown</source>
        <translation>المصادر: لا شيء معروض</translation>
    </message>
    <message>
        <source>Rasad, %1</source>
        <translation>رصد، %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>people: %1</source>
        <translation>الأشخاص: %1</translation>
    </message>
    <message>
        <source>countries: %1</source>
        <translation>الدول: %1</translation>
    </message>
    <message>
        <source>types: %1</source>
        <translation>الأنواع: %1</translation>
    </message>
    <message>
        <source>topics: %1</source>
        <translation>المواضيع: %1</translation>
    </message>
    <message>
        <source>search: “%1”</source>
        <translation>البحث: «%1»</translation>
    </message>
    <message>
        <source>denied and hypothetical contacts included</source>
        <translation>مع الاتصالات المنفية والافتراضية</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>كل الاتصالات</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>التصفية: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more article(s)</source>
        <translation>
            <numerusform>ولا مقالات أخرى</numerusform>
            <numerusform>ومقال آخر</numerusform>
            <numerusform>ومقالان آخران</numerusform>
            <numerusform>و%n مقالات أخرى</numerusform>
            <numerusform>و%n مقالاً آخر</numerusform>
            <numerusform>و%n مقال آخر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rasad::SlideShow</name>
    <message>
        <source>Rasad — presentation</source>
        <translation>رصد — عرض</translation>
    </message>
    <message>
        <source>%1, Space or Page Down: next   %2 or Page Up: back   Home, End: first, last   Esc: leave</source>
        <translation>التالي: %1 أو المسافة أو Page Down   السابق: %2 أو Page Up   الأول والأخير: Home و End   الخروج: Esc</translation>
    </message>
    <message>
        <source>No contact passes the filter. Escape returns to the explorer, where the filter can be changed.</source>
        <translation>لا يمرّ أي اتصال من التصفية. يعيدك Esc إلى المستكشف، وهناك يمكن تغيير التصفية.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Place not stated</source>
        <translation>المكان غير مذكور</translation>
    </message>
    <message>
        <source>Planned: announced, not yet held</source>
        <translation>مقرَّر: أُعلن عنه ولم يُعقد بعد</translation>
    </message>
    <message>
        <source>Denied: the text says this contact did not take place</source>
        <translation>منفيّ: يقول النص إن هذا الاتصال لم يحدث</translation>
    </message>
    <message>
        <source>Supposed or asked about, not reported as held</source>
        <translation>مفترَض أو موضع سؤال، ولم يُذكر أنه جرى</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا أحد غيرهم</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخرين</numerusform>
        </translation>
    </message>
    <message>
        <source>(no sentence was kept for this contact)</source>
        <translation>(لم تُحفظ جملة لهذا الاتصال)</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more source(s))</source>
        <translation>
            <numerusform>(ولا مصادر أخرى)</numerusform>
            <numerusform>(ومصدر آخر)</numerusform>
            <numerusform>(ومصدران آخران)</numerusform>
            <numerusform>(و%n مصادر أخرى)</numerusform>
            <numerusform>(و%n مصدراً آخر)</numerusform>
            <numerusform>(و%n مصدر آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>rasad::StatsPanel</name>
    <message>
        <source>All months</source>
        <translation>كل الأشهر</translation>
    </message>
    <message>
        <source>Clear the date window</source>
        <translation>امسح نافذة التاريخ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Contacts per month, by type</source>
        <translation>الاتصالات شهرياً حسب النوع</translation>
    </message>
    <message>
        <source>%1 undated (not charted)</source>
        <translation>%1 بلا تاريخ (غير ممثلة)</translation>
    </message>
    <message>
        <source>Window: %1 – %2</source>
        <translation>النافذة: %1 – %2</translation>
    </message>
</context>
<context>
    <name>rasad::TimelineView</name>
    <message>
        <source>place not stated</source>
        <translation>المكان غير مذكور</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>التاريخ كما ورد</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>Drag along the dates to show only the contacts between them</source>
        <translation>اسحب على التواريخ لتعرض الاتصالات الواقعة بينها فقط</translation>
    </message>
</context>
<context>
    <name>rasad::TimelinePicture</name>
    <message>
        <source>Syrian–Russian official contacts</source>
        <translation>الاتصالات الرسمية السورية الروسية</translation>
    </message>
    <message>
        <source>bars: dates known only to a span</source>
        <translation>الأشرطة: تواريخ معروفة ضمن مدة فقط</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>broken link (points to %1, which does not exist)</source>
        <translation>رابط معطوب (يشير إلى %1، وهو غير موجود)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>مجلد، وليس ملفاً</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device); not read</source>
        <translation>ليس ملفاً عادياً (أنبوب أو مقبس أو جهاز)؛ لم يُقرأ</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>too large (%1; articles over %2 are refused)</source>
        <translation>كبير جداً (%1؛ تُرفض المقالات التي تتجاوز %2)</translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation>تعذّر فتحه (%1)</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>تعذّرت قراءته (%1)</translation>
    </message>
    <message>
        <source>too large (over %1)</source>
        <translation>كبير جداً (أكثر من %1)</translation>
    </message>
    <message>
        <source>: Arabic presentation forms (text copied from a PDF?) normalised to ordinary letters (NFKC)</source>
        <translation>: أشكال العرض العربية (نص منسوخ من ملف PDF؟) حُوّلت إلى حروف عادية (NFKC)</translation>
    </message>
    <message>
        <source>the page holds no article text</source>
        <translation>لا تحوي الصفحة نص مقال</translation>
    </message>
    <message>
        <source>empty file (only white space)</source>
        <translation>ملف فارغ (مسافات فقط)</translation>
    </message>
    <message>
        <source>: the manifest says published %1, the page says %2; the manifest wins</source>
        <translation>: يذكر البيان تاريخ النشر %1 وتذكر الصفحة %2؛ يُعتمد البيان</translation>
    </message>
    <message>
        <source>: publication date %1 read from the page&apos;s metadata</source>
        <translation>: قُرئ تاريخ النشر %1 من البيانات الوصفية للصفحة</translation>
    </message>
    <message>
        <source>: publication date %1 read from the address</source>
        <translation>: قُرئ تاريخ النشر %1 من عنوان الصفحة</translation>
    </message>
    <message>
        <source>: publication date %1 read from the text</source>
        <translation>: قُرئ تاريخ النشر %1 من النص</translation>
    </message>
    <message>
        <source>mixed encodings: %1 of %2 lines are windows-1256 (the first is line %3), the others UTF-8; each line was read in its own encoding</source>
        <translation>ترميزات مختلطة: %1 من %2 سطراً بترميز windows-1256 (أولها السطر %3) والباقي UTF-8؛ قُرئ كل سطر بترميزه</translation>
    </message>
    <message>
        <source>; 1 byte is neither and was replaced with U+FFFD (�)</source>
        <translation>؛ بايت واحد ليس من أيٍّ منهما فاستُبدل بـ U+FFFD (�)</translation>
    </message>
    <message>
        <source>; %1 bytes are neither and were replaced with U+FFFD (�)</source>
        <translation>؛ %1 بايت ليست من أيٍّ منهما فاستُبدلت بـ U+FFFD (�)</translation>
    </message>
    <message>
        <source>binary file, not text (contains NUL or control bytes)</source>
        <translation>ملف ثنائي وليس نصاً (فيه بايتات NUL أو تحكّم)</translation>
    </message>
    <message>
        <source>starts with a UTF-8 byte-order mark but is not valid UTF-8</source>
        <translation>يبدأ بعلامة ترتيب بايتات UTF-8 لكنه ليس UTF-8 صالحاً</translation>
    </message>
    <message>
        <source>starts with a %1 byte-order mark but is not valid %1</source>
        <translation>يبدأ بعلامة ترتيب بايتات %1 لكنه ليس %1 صالحاً</translation>
    </message>
    <message>
        <source>declares charset %1 but is not; read as %2</source>
        <translation>يعلن الترميز %1 وليس كذلك؛ قُرئ بترميز %2</translation>
    </message>
    <message>
        <source>no byte-order mark; read as %1</source>
        <translation>بلا علامة ترتيب بايتات؛ قُرئ بترميز %1</translation>
    </message>
    <message>
        <source>1 byte is not valid UTF-8 and was replaced with U+FFFD (�)</source>
        <translation>بايت واحد ليس UTF-8 صالحاً فاستُبدل بـ U+FFFD (�)</translation>
    </message>
    <message>
        <source>%1 bytes are not valid UTF-8 and were replaced with U+FFFD (�)</source>
        <translation>%1 بايت ليست UTF-8 صالحاً فاستُبدلت بـ U+FFFD (�)</translation>
    </message>
    <message>
        <source>binary file, not text (contains NUL bytes)</source>
        <translation>ملف ثنائي وليس نصاً (فيه بايتات NUL)</translation>
    </message>
    <message>
        <source>mixed or damaged encoding: %1 characters are UTF-8 but %2 bytes are not, the first at line %3 (byte %4), within lines; not imported</source>
        <translation>ترميز مختلط أو تالف: %1 حرفاً بترميز UTF-8 و%2 بايت ليست كذلك، أولها في السطر %3 (البايت %4)، داخل الأسطر؛ لم يُستورد</translation>
    </message>
    <message>
        <source>not UTF-8; read as ISO-8859-6</source>
        <translation>ليس UTF-8؛ قُرئ بترميز ISO-8859-6</translation>
    </message>
    <message>
        <source>not UTF-8; read as windows-1256</source>
        <translation>ليس UTF-8؛ قُرئ بترميز windows-1256</translation>
    </message>
    <message>
        <source>not UTF-8, UTF-16 or Arabic windows-1256 text%1; not imported</source>
        <translation>ليس نصاً بترميز UTF-8 أو UTF-16 أو windows-1256 العربي%1؛ لم يُستورد</translation>
    </message>
    <message>
        <source> (ICU guesses %1, %2% sure)</source>
        <translation> (تُرجّح ICU الترميز %1 بثقة %2%)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>; it was opened read-only and nothing was imported</source>
        <translation>؛ فُتح للقراءة فقط ولم يُستورد شيء</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>: could not be stored</source>
        <translation>: تعذّر حفظه</translation>
    </message>
    <message>
        <source>: not stored, the store refused an earlier file</source>
        <translation>: لم يُحفظ، رفض ملف المشروع ملفاً قبله</translation>
    </message>
    <message>
        <source>; the files it describes were not imported</source>
        <translation>؛ لم تُستورد الملفات التي يصفها</translation>
    </message>
    <message>
        <source>; import stopped, %1 more files not imported</source>
        <translation>؛ توقف الاستيراد، ولم يُستورد %1 ملفاً آخر</translation>
    </message>
    <message>
        <source>%1: already imported (same text as article %2)</source>
        <translation>%1: مستورد من قبل (النص نفسه في المقال %2)</translation>
    </message>
    <message>
        <source>%1: changed since it was imported; stored as version %2</source>
        <translation>%1: تغيّر منذ استيراده؛ حُفظ نسخةً رقم %2</translation>
    </message>
    <message>
        <source>publication date unknown (no manifest date, none stated in the text)</source>
        <translation>تاريخ النشر غير معروف (لا تاريخ في البيان ولا في النص)</translation>
    </message>
    <message>
        <source>%1 for %2 articles: %3 and %4 more</source>
        <translation>%1 في %2 مقالاً: %3 و%4 غيرها</translation>
    </message>
    <message>
        <source> (the search index of these articles is written at the next search)</source>
        <translation> (يُكتب فهرس البحث لهذه المقالات عند البحث التالي)</translation>
    </message>
    <message>
        <source>: articles stored earlier but never extracted (an import stopped before its end) are extracted now</source>
        <translation>: مقالات حُفظت من قبل ولم تُقرأ اتصالاتها (توقف استيراد قبل نهايته) تُقرأ الآن</translation>
    </message>
    <message>
        <source>: extraction failed</source>
        <translation>: فشلت قراءة الاتصالات</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>: database is locked by another program (close it and try again)</source>
        <translation>: ملف المشروع مقفل من برنامج آخر (أغلقه وأعد المحاولة)</translation>
    </message>
    <message>
        <source>: the database file is read-only</source>
        <translation>: ملف المشروع للقراءة فقط</translation>
    </message>
    <message>
        <source>: file is not a database (or it is encrypted or damaged)</source>
        <translation>: الملف ليس قاعدة بيانات (أو هو مشفّر أو تالف)</translation>
    </message>
    <message>
        <source>: the database file is damaged (corrupt)</source>
        <translation>: ملف المشروع تالف</translation>
    </message>
    <message>
        <source>: the disk is full</source>
        <translation>: القرص ممتلئ</translation>
    </message>
    <message>
        <source>: cannot open the database file</source>
        <translation>: تعذّر فتح ملف المشروع</translation>
    </message>
    <message>
        <source>: permission denied</source>
        <translation>: لا إذن بالوصول</translation>
    </message>
    <message>
        <source>: the database file is damaged (PRAGMA quick_check: </source>
        <translation>: ملف المشروع تالف (PRAGMA quick_check: </translation>
    </message>
    <message>
        <source>: is a folder, not a database file</source>
        <translation>: مجلد، وليس ملف مشروع</translation>
    </message>
    <message>
        <source>: the folder is read-only; Rasad needs to write beside </source>
        <translation>: المجلد للقراءة فقط؛ يحتاج رصد إلى الكتابة بجانب </translation>
    </message>
    <message>
        <source> (its -wal and -shm files)</source>
        <translation> (ملفّيه ‎-wal و‎-shm)</translation>
    </message>
    <message>
        <source>: a new project cannot be made there</source>
        <translation>: لا يمكن إنشاء مشروع جديد هناك</translation>
    </message>
    <message>
        <source>: cannot create the folder </source>
        <translation>: تعذّر إنشاء المجلد </translation>
    </message>
    <message>
        <source>: is an SQLite database but not a Rasad project file</source>
        <translation>: قاعدة بيانات SQLite لكنها ليست ملف مشروع لرصد</translation>
    </message>
    <message>
        <source>: was written by a newer Rasad (schema v%1; this build knows up to v%2); update Rasad to open it</source>
        <translation>: كتبه إصدار أحدث من رصد (المخطط v%1؛ يعرف هذا الإصدار حتى v%2)؛ حدّث رصد لفتحه</translation>
    </message>
    <message>
        <source>; it also needs an upgrade from schema v%1, which cannot be done on a damaged file: recover it into a new file first</source>
        <translation>؛ ويحتاج أيضاً إلى ترقية من المخطط v%1، ولا تُجرى على ملف تالف: استرجعه إلى ملف جديد أولاً</translation>
    </message>
    <message>
        <source>: is not a Rasad project file</source>
        <translation>: ليس ملف مشروع لرصد</translation>
    </message>
    <message>
        <source>; its schema v%1 is not this build&apos;s v%2 and cannot be upgraded in place: copy the file to a writable folder and open the copy</source>
        <translation>؛ مخططه v%1 ليس v%2 الذي يعرفه هذا الإصدار، ولا تمكن ترقيته في مكانه: انسخ الملف إلى مجلد قابل للكتابة وافتح النسخة</translation>
    </message>
    <message>
        <source>; it was opened read-only and nothing was written</source>
        <translation>؛ فُتح للقراءة فقط ولم يُكتب شيء</translation>
    </message>
</context>
</TS>
