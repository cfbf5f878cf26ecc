# Arabic is the default language of the bot.

## Provinces (ids of TAXONOMY.md)
province-baghdad = بغداد
province-basra = البصرة
province-nineveh = نينوى
province-erbil = أربيل
province-sulaymaniyah = السليمانية
province-duhok = دهوك
province-halabja = حلبجة
province-kirkuk = كركوك
province-diyala = ديالى
province-anbar = الأنبار
province-salahuddin = صلاح الدين
province-babil = بابل
province-karbala = كربلاء
province-najaf = النجف
province-wasit = واسط
province-qadisiyah = القادسية
province-maysan = ميسان
province-dhi_qar = ذي قار
province-muthanna = المثنى
province-unknown = العراق

## Attack types
type-ied = عبوة ناسفة
type-car_bomb = سيارة مفخخة
type-suicide = هجوم انتحاري
type-armed_attack = هجوم مسلح
type-rocket = قصف صاروخي
type-drone = طائرة مسيّرة
type-airstrike = ضربة جوية
type-assassination = اغتيال
type-kidnapping = اختطاف
type-clash = اشتباكات
type-security_operation = عملية أمنية
type-other = حادث أمني

## Alert messages (issue 7: alert-*, map-*)
alert-killed = { $n ->
    [0] لا قتلى
    [one] قتيل واحد
    [two] 2 قتلى
    [few] { $n } قتلى
    [many] { $n } قتيلًا
   *[other] { $n } قتيل
}
alert-injured = { $n ->
    [0] لا جرحى
    [one] جريح واحد
    [two] 2 جرحى
    [few] { $n } جرحى
    [many] { $n } جريحًا
   *[other] { $n } جريح
}
alert-perpetrator = الجهة المنفذة: { $who }
alert-time = 🕒 { $time } بتوقيت بغداد
alert-sources = { $count ->
    [one] المصدر
   *[other] المصادر
}: { $links }
alert-sources-more = و{ $n } غيرها
alert-updated = 🔄 تحديث { $time }
alert-summary-original = الملخص (النص العربي الأصلي):
alert-toll-rise = 📈 ارتفاع الحصيلة إلى { $toll }
alert-toll-rise-was = 📈 ارتفاع الحصيلة إلى { $toll } (كانت: { $was })
map-button = 📍 الموقع على الخريطة
map-unavailable = لا يتوفر موقع لهذا الحادث.
map-sent = أُرسل الموقع.
map-approximate = موقع تقريبي للمنطقة، لا لمكان الحادث بالضبط

## Commands
start-welcome =
    أهلًا بك في بوت تنبيهات الحوادث الأمنية في العراق.
    يقرأ البوت الأخبار العربية باستمرار، ويرسل إليك تنبيهًا قصيرًا بكل هجوم أو انفجار أو اشتباك أو عملية أمنية جديدة: أين وقع، وما نوعه، وكم ضحيته.
    ستصلك الآن تنبيهات كل المحافظات وكل الأنواع. لتضييقها استخدم /provinces و /types.
help-text =
    الأوامر:
    /start — البدء
    /help — هذه المساعدة
unknown-command = لا أعرف هذا الأمر. أرسل /help لرؤية الأوامر.
error-generic = حدث خطأ غير متوقع. حاول مرة أخرى بعد قليل.
console-how-to-connect = لا يوجد TELEGRAM_BOT_TOKEN: يعمل البوت في وضع الطرفية. لربطه بتيليجرام أنشئ بوتًا عبر ‎@BotFather‎ وضع رمزه في المتغيّر TELEGRAM_BOT_TOKEN ثم أعد التشغيل.

## Admin tools (issue 9: admin-*)
admin-refused = عذرًا، هذا الأمر مخصص لمشرفي البوت فقط.
admin-private-only = أوامر المشرفين تعمل في المحادثة الخاصة مع البوت فقط.
admin-ago-now = الآن
admin-ago-min = قبل { $n } دقيقة
admin-ago-hours = قبل { $n } ساعة
admin-ago-days = قبل { $n } يوم
admin-audience-all = جميع المشتركين
admin-audience-unknown = محافظة أو نوع غير معروف: { $words }
admin-broadcast-usage =
    /broadcast — إعلان لكل المشتركين
    /broadcast بغداد، البصرة، مسيرة — فقط لمن يتابع إحدى هذه المحافظات وأحد هذه الأنواع
    اكتب النص في الأسطر التالية، أو أرسله في الرسالة التالية.
admin-broadcast-ask = الجمهور: { $audience } ({ $count } مستلم). أرسل نص الإعلان الآن (يُحفظ التنسيق)، أو /cancel للإلغاء.
admin-broadcast-aborted = أُلغي الإعلان.
admin-broadcast-text-only = أرسل الإعلان نصًّا (أو تعليقًا على صورة)، أو /cancel للإلغاء.
admin-broadcast-too-long = طول الإعلان { $length } حرفًا، والحد الذي يسمح به تيليجرام { $max }.
admin-broadcast-preview-head = 📣 الإعلان رقم { $id } — المعاينة أدناه كما سيراها المشتركون.
    الجمهور: { $audience }. عدد المستلمين: { $count }.
admin-broadcast-send-button = ✅ إرسال إلى { $count }
admin-broadcast-cancel-button = ✖️ إلغاء
admin-broadcast-stop-button = ⏹ إيقاف الإرسال
admin-broadcast-cancelled = أُلغي الإعلان رقم { $id }.
admin-broadcast-not-draft = هذا الإعلان أُرسل أو أُلغي من قبل.
admin-broadcast-progress = 📣 <b>الإعلان رقم { $id }</b> — جارٍ الإرسال…
    أُرسل: { $sent } · فشل: { $failed } · متبقٍّ: { $left } (من { $total })
admin-broadcast-done = 📣 <b>الإعلان رقم { $id }</b> — اكتمل.
    أُرسل: { $sent } · فشل: { $failed } (من { $total })
admin-broadcast-stopped = 📣 <b>الإعلان رقم { $id }</b> — أُوقف.
    أُرسل: { $sent } · فشل: { $failed } · لم يُرسل: { $cancelled } (من { $total })
admin-sources-usage =
    /sources — قائمة المصادر وحالتها
    /sources add &lt;url&gt; [الاسم] — قراءة تجريبية ثم إضافة
    /sources test &lt;url أو #رقم&gt; — ما يستخرجه المحلل من أحدث الأخبار (دون حفظ أو إرسال)
    /sources pause #رقم · /sources resume #رقم · /sources remove #رقم
admin-sources-empty = لا توجد مصادر. أضف مصدرًا بالأمر /sources add &lt;url&gt;.
admin-sources-head = <b>المصادر: { $total }</b> ({ $paused } متوقف، { $failing } متعثر)
admin-source-last-success = آخر نجاح { $ago }
admin-source-never = لم يُقرأ بعد
admin-source-items = { $n } خبرًا
admin-source-failures = { $n } إخفاقات متتالية
admin-source-last-error = آخر خطأ { $ago }: { $error }
admin-source-paused-because = متوقف: { $reason }
admin-source-not-found = لا يوجد المصدر { $ref }. الأمر /sources يعرض المصادر بأرقامها.
admin-source-added = ✅ أُضيف المصدر رقم { $id } <b>{ $name }</b> ({ $count } خبرًا في القراءة التجريبية). أول قراءة له تسجّل الموجود دون تنبيه.
admin-source-restored = ✅ أُعيد المصدر رقم { $id } <b>{ $name }</b> ({ $count } خبرًا في القراءة التجريبية).
admin-source-exists = المصدر رقم { $id } <b>{ $name }</b> موجود من قبل.
admin-source-removed = 🗑 حُذف المصدر رقم { $id } <b>{ $name }</b> (ولن يعيده ملف المصادر).
admin-source-paused = ⏸ أُوقف المصدر رقم { $id } <b>{ $name }</b>.
admin-source-resumed = ▶️ استُؤنف المصدر رقم { $id } <b>{ $name }</b>، وسيُقرأ في الجولة القادمة.
admin-source-refused-bad-url = مرفوض: هذا ليس رابطًا.
admin-source-refused-scheme = مرفوض: المصادر المسموحة http و https فقط ({ $detail }).
admin-source-refused-credentials = مرفوض: لا يجوز أن يحمل رابط المصدر اسم مستخدم أو كلمة مرور.
admin-source-refused-unresolved = مرفوض: تعذّر العثور على عنوان الخادم ({ $detail }).
admin-source-refused-private = مرفوض: { $detail } عنوان خاص أو محلي (فعّل ALLOW_PRIVATE_SOURCES للسماح به).
admin-source-fetch-failed = ❌ فشلت القراءة التجريبية، فلم يُضف المصدر: { $error }
admin-source-test-failed = ❌ فشلت القراءة التجريبية: { $error }
admin-source-test-head = 🔎 <b>تجربة</b> { $url }: قُرئ { $count } خبرًا. لم يُحفظ أو يُرسل شيء. الأحدث:
admin-source-test-nothing = ← لم يُعثر على خبر
admin-source-test-not-incident = ← ليس حادثًا ({ $reason })
admin-source-test-incident = ← <b>{ $type }</b> — { $where } · قتلى: { $killed } · جرحى: { $injured }
admin-stats-title = 📊 <b>الإحصاءات</b>
admin-stats-subscribers = 👥 المشتركون: { $active } نشط · { $paused } متوقف مؤقتًا · { $blocked } حظر البوت (مجموعات وقنوات: { $groups })
admin-stats-incidents = 🚨 الحوادث: { $day } خلال 24 ساعة · { $week } خلال 7 أيام
admin-stats-by-province = <b>حسب المحافظة</b> (24 ساعة / 7 أيام):
admin-stats-by-type = <b>حسب النوع</b> (24 ساعة / 7 أيام):
admin-stats-deliveries = 📨 الرسائل خلال 24 ساعة: { $sent } أُرسلت · { $failed } فشلت · { $cancelled } أُلغيت · { $pending } بالانتظار (الطابور الآن: { $backlog })
admin-stats-sources = 📡 المصادر: { $total } ({ $paused } متوقف، { $failing } متعثر، { $neverPolled } لم يُقرأ) · آخر نجاح { $last } · { $itemsDay } خبرًا خلال 24 ساعة
admin-stats-chart-caption = الحوادث يوميًا خلال آخر 7 أيام
admin-notify-source-paused = ⚠️ أُوقف المصدر رقم { $id } <b>{ $name }</b> تلقائيًا بعد { $failures } إخفاقات متتالية.
    آخر خطأ: { $error }
    يُعاد تجريبه مرة في اليوم، والأمر /sources resume { $id } يستأنفه الآن.
admin-notify-delivery-failures = ⚠️ فشل إرسال { $failed } من { $total } رسالة خلال آخر { $minutes } دقيقة.
    الخطأ الأكثر تكرارًا: { $error }
