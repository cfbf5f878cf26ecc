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
    [two] قتيلان
    [few] { $n } قتلى
    [many] { $n } قتيلًا
   *[other] { $n } قتيل
}
alert-injured = { $n ->
    [0] لا جرحى
    [one] جريح واحد
    [two] جريحان
    [few] { $n } جرحى
    [many] { $n } جريحًا
   *[other] { $n } جريح
}
# a combined figure as stated («مقتل وإصابة 15»): no death toll (issue 13)
alert-casualties = { $n } بين قتيل وجريح
alert-casualties-of-whom = { $all }، بينهم { $known }
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
alert-toll-split-was = 📋 تفاصيل الحصيلة: { $toll } (كانت: { $was })
map-button = 📍 الموقع على الخريطة
map-unavailable = لا يتوفر موقع لهذا الحادث.
map-sent = أُرسل الموقع.
map-approximate = موقع تقريبي للمنطقة، لا لمكان الحادث بالضبط

## Subscriber bot (issue 6): welcome, help, menus, commands, errors.
## Bidi: useIsolating is off (locales/README.md). A "/command" or Latin text
## after Arabic words is preceded by { -lrm } so that its slash stays on the
## left of the word; help lines start with { -rlm }{ -lrm } so that the line
## reads right to left with the command first.
-lrm = {"\u200E"}
-rlm = {"\u200F"}

start-welcome =
    أهلًا بك في بوت تنبيهات الحوادث الأمنية في العراق 🇮🇶
    يتابع البوت الأخبار العربية على مدار الساعة، ويرسل إليك تنبيهًا قصيرًا عن كل هجوم أو تفجير أو اشتباك أو عملية أمنية جديدة: أين وقعت، وما نوعها، وكم ضحاياها.
    ستصلك الآن تنبيهات العراق كله: كل المحافظات وكل الأنواع. اختر ما يهمّك من الأزرار أدناه، أو أرسل { -lrm }/help لرؤية كل الأوامر.
start-again =
    أنت مشترك، وإعداداتك كما هي.
    لتغييرها اختر من الأزرار أدناه، أو أرسل { -lrm }/settings لرؤيتها كاملة.
group-welcome =
    أهلًا! سأرسل إلى هذه المجموعة تنبيهات الحوادث الأمنية في العراق كله.
    يستطيع مشرفو المجموعة وحدهم تضييقها بالأزرار أدناه أو بالأمر { -lrm }/settings.
help-text =
    🔔 يرسل هذا البوت تنبيهًا بكل حادث أمني جديد في العراق فور وروده في الأخبار.

    الفلاتر:
    { -rlm }{ -lrm }/provinces — اختيار المحافظات
    { -rlm }{ -lrm }/types — اختيار أنواع الهجمات
    { -rlm }{ -lrm }/districts — الاقتصار على أقضية معيّنة داخل المحافظة
    { -rlm }{ -lrm }/subscribe ديالى بغداد — إضافة محافظات أو أنواع بالاسم، أو منطقة كاملة (كردستان)
    { -rlm }{ -lrm }/unsubscribe البصرة — حذفها
    { -rlm }{ -lrm }/include كلمة، عبارة — لا تصلني إلا التنبيهات التي تذكر إحداها
    { -rlm }{ -lrm }/exclude كلمة — استبعاد التنبيهات التي تذكرها
    { -rlm }{ -lrm }/keywords — عرض الكلمات وحذفها
    { -rlm }{ -lrm }/quiet 23:00-07:00 — ساعات هدوء تصل فيها التنبيهات بلا صوت
    { -rlm }{ -lrm }/settings — كل إعداداتك، ومنها حدّ الخطورة

    التحكم:
    { -rlm }{ -lrm }/latest 5 — آخر الحوادث المطابقة لفلاترك
    { -rlm }{ -lrm }/pause 2h — إيقاف مؤقت (30m أو 2h أو 1d)، ودون مدة حتى تستأنف
    { -rlm }{ -lrm }/resume — استئناف التنبيهات
    { -rlm }{ -lrm }/lang — تغيير اللغة
    { -rlm }{ -lrm }/stop — إلغاء الاشتراك وحذف بياناتك
unknown-command = لا أعرف هذا الأمر. أرسل { -lrm }/help لرؤية الأوامر.
unknown-text = أفهم الأوامر فقط. أرسل { -lrm }/help لرؤيتها، أو { -lrm }/settings لتغيير ما يصلك.
error-generic = حدث خطأ غير متوقع. حاول مرة أخرى بعد قليل.
rate-limited = رسائل كثيرة في وقت قصير. انتظر بضع ثوانٍ ثم أعد المحاولة.
group-admins-only = يستطيع مشرفو المجموعة وحدهم تغيير إعدادات البوت هنا.
not-subscribed = لست مشتركًا بعد. أرسل { -lrm }/start للبدء.
saved = ✅ حُفظ
menu-stale = هذه القائمة قديمة. أرسل { -lrm }/settings لفتح قائمة جديدة.
list-separator = {"، "}

settings-title = ⚙️ إعدادات التنبيهات
settings-provinces = 📍 المحافظات: { $value }
settings-types = 💥 الأنواع: { $value }
settings-districts = 🏘️ الأقضية: { $value }
settings-severity = ⚠️ الخطورة: { $value }
settings-keywords-any = 🔎 يجب أن يذكر التنبيه: { $value }
settings-keywords-none = 🚫 يُستبعد إن ذكر: { $value }
settings-quiet = 🌙 ساعات الهدوء: { $value }
settings-status = 🔔 الحالة: { $value }
settings-language = 🌐 اللغة: { $value }
settings-hint = اختر ما تريد تغييره:
value-all-provinces = كل محافظات العراق
value-all-types = كل الأنواع
value-all-districts = كل الأقضية
value-nothing = لا شيء (لن تصلك تنبيهات)
value-none = —
status-active = التنبيهات تعمل
status-paused = متوقفة حتى تستأنفها بالأمر { -lrm }/resume
status-paused-until = متوقفة حتى { $time }
language-name = العربية
severity-all = كل الحوادث
severity-casualties = الحوادث التي فيها قتلى أو جرحى فقط
severity-deaths = الحوادث التي فيها قتلى فقط
quiet-off = لا توجد
quiet-range = من { $from } إلى { $to } بتوقيت بغداد
quiet-usage =
    حدّد ساعات الهدوء هكذا: { -lrm }/quiet 23:00-07:00
    تصل التنبيهات خلالها بلا صوت. لإلغائها: { -lrm }/quiet off
quiet-set = 🌙 ستصل التنبيهات بلا صوت من { $from } إلى { $to } بتوقيت بغداد.
quiet-cleared = ألغيت ساعات الهدوء.

btn-provinces = 📍 المحافظات
btn-types = 💥 أنواع الهجمات
btn-districts = 🏘️ الأقضية
btn-severity = ⚠️ الخطورة
btn-keywords = 🔎 الكلمات
btn-lang = 🌐 اللغة
btn-settings = ⚙️ كل الإعدادات
btn-done = ✔️ تم
btn-back = ↩️ رجوع
btn-none = لا شيء
btn-all-provinces = 🇮🇶 كل العراق
btn-all-types = كل الأنواع
btn-all-districts = كل أقضية المحافظة
btn-keywords-clear = 🗑 حذف كل الكلمات
btn-stop-yes = نعم، احذف اشتراكي
btn-stop-no = لا، تراجع

menu-provinces = اختر المحافظات التي تريد تنبيهاتها (يُحفظ كل اختيار فورًا):
menu-types = اختر أنواع الهجمات التي تريد تنبيهاتها (يُحفظ كل اختيار فورًا):
menu-current = المختار الآن: { $value }
menu-nothing-warning = ⚠️ لم تختر شيئًا، فلن تصلك أي تنبيهات.
menu-districts = اختر محافظة لتحديد أقضيتها. إن لم تختر قضاءً وصلتك تنبيهات المحافظة كلها.
menu-districts-unavailable = لا تتوفر قائمة أقضية للمحافظات التي اخترتها.
menu-province-districts = أقضية { $province }: اختر ما يهمّك، وتصلك تنبيهات المحافظة كلها إن لم تختر شيئًا. الحوادث التي لا يُعرف قضاؤها تصلك أيضًا.
menu-severity = أي الحوادث تريد أن تصلك؟
menu-lang = اختر لغة البوت:
menu-keywords =
    الكلمات المفتاحية تُطابَق على النص العربي دون تشكيل ولا فرق بين أشكال الهمزة والتاء المربوطة.
    { -rlm }{ -lrm }/include كلمة، عبارة — لا تصلني إلا التنبيهات التي تذكر إحداها
    { -rlm }{ -lrm }/exclude كلمة — استبعاد التنبيهات التي تذكرها
    اضغط كلمة أدناه لحذفها.
lang-changed = تم اختيار العربية.

subscribe-usage = اكتب أسماء المحافظات أو الأنواع بعد الأمر، مثل: { -lrm }/subscribe ديالى بغداد عبوة — أو منطقة كاملة: { -lrm }/subscribe كردستان
unsubscribe-usage = اكتب ما تريد حذفه بعد الأمر، مثل: { -lrm }/unsubscribe البصرة
name-unknown = لم أعرف «{ $word }».
name-unknown-suggest = لم أعرف «{ $word }». هل تقصد { $suggestion }؟ جرّب: { -lrm }{ $command } { $suggestion }
subscribe-done = ✅ أُضيف: { $names }
unsubscribe-done = ✅ حُذف: { $names }
see-settings = أرسل { -lrm }/settings لرؤية إعداداتك كاملة.

keywords-usage = اكتب كلمة أو عبارة بعد الأمر، وافصل بين العبارات بفاصلة: { -lrm }/include مطار، داعش
keywords-too-many = الحد الأقصى { $max } كلمة في كل قائمة. احذف بعضها من { -lrm }/keywords أولًا.
keywords-included = 🔎 لن تصلك إلا التنبيهات التي تذكر إحدى هذه الكلمات: { $words }
keywords-excluded = 🚫 لن تصلك التنبيهات التي تذكر: { $words }

paused = ⏸️ أوقفت التنبيهات حتى تستأنفها بالأمر { -lrm }/resume
paused-until = ⏸️ أوقفت التنبيهات حتى { $time } بتوقيت بغداد، وستُستأنف تلقائيًا حينها. لاستئنافها قبل ذلك: { -lrm }/resume
pause-usage = لم أفهم المدة. أمثلة: { -lrm }/pause 30m أو { -lrm }/pause 2h أو { -lrm }/pause 1d (حتى 30 يومًا)، أو { -lrm }/pause وحده حتى تستأنف.
resumed = ▶️ استؤنفت التنبيهات.
not-paused = التنبيهات تعمل أصلًا.
resumed-auto = ▶️ انتهى الإيقاف المؤقت، واستؤنفت التنبيهات.
stop-confirm = هل تريد إلغاء الاشتراك؟ ستُحذف إعداداتك كلها ولن تصلك تنبيهات بعد الآن.
stop-cancelled = لم يتغير شيء، واشتراكك باقٍ.
stopped = أُلغي اشتراكك وحُذفت بياناتك. يمكنك العودة متى شئت بالأمر { -lrm }/start

latest-usage = اكتب عددًا من 1 إلى { $max }، مثل: { -lrm }/latest 10
latest-none = لا توجد بعد حوادث تطابق فلاترك.
latest-title = { $n ->
    [one] 🗞️ آخر حادث يطابق فلاترك:
    [two] 🗞️ آخر حادثين يطابقان فلاترك:
    [few] 🗞️ آخر { $n } حوادث تطابق فلاترك:
   *[other] 🗞️ آخر { $n } حادثًا تطابق فلاترك:
}

# The command menu (setMyCommands); Telegram shows these next to each command.
commands =
    .start = البدء واختيار التنبيهات
    .settings = إعداداتك كلها
    .provinces = اختيار المحافظات
    .types = اختيار أنواع الهجمات
    .latest = آخر الحوادث المطابقة
    .pause = إيقاف مؤقت (مثل 2h)
    .resume = استئناف التنبيهات
    .subscribe = إضافة محافظات أو أنواع بالاسم
    .unsubscribe = حذف محافظات أو أنواع بالاسم
    .districts = الاقتصار على أقضية معيّنة
    .keywords = الكلمات المفتاحية
    .include = تنبيهات تذكر كلمات معيّنة فقط
    .exclude = استبعاد تنبيهات تذكر كلمات معيّنة
    .quiet = ساعات الهدوء (بلا صوت)
    .lang = اللغة
    .help = المساعدة
    .stop = إلغاء الاشتراك وحذف البيانات

## Shared
console-how-to-connect = لا يوجد TELEGRAM_BOT_TOKEN: يعمل البوت في وضع الطرفية. لربطه بتيليجرام أنشئ بوتًا عبر ‎@BotFather‎ وضع رمزه في المتغيّر TELEGRAM_BOT_TOKEN ثم أعد التشغيل.

## Admin tools (issue 9: admin-*)
admin-refused = عذرًا، هذا الأمر مخصص لمشرفي البوت فقط.
admin-private-only = أوامر المشرفين تعمل في المحادثة الخاصة مع البوت فقط.
admin-command-broadcast = إعلان للمشتركين (للمشرفين)
admin-command-sources = المصادر وحالتها (للمشرفين)
admin-command-stats = الإحصاءات (للمشرفين)
admin-command-channels = القنوات التي تصلها التنبيهات (للمشرفين)
admin-channels-usage =
    /channels — القنوات التي تصلها التنبيهات
    /channels add &lt;@username أو -100id&gt; [محافظات وأنواع] [lang=en] — إرسال التنبيهات إلى قناة (يجب أن يكون البوت مشرفًا فيها يملك صلاحية النشر)
    /channels remove &lt;@username أو id&gt; — إيقاف إرسالها
admin-channels-empty = لا تصل التنبيهات إلى أي قناة بعد. اجعل البوت مشرفًا في القناة يملك صلاحية النشر، ثم أرسل /channels add @channel.
admin-channels-head = <b>القنوات التي تصلها التنبيهات: { $count }</b>
admin-channel-filters = المحافظات: { $provinces } · الأنواع: { $types } · اللغة: { $language }
admin-channel-added = ✅ ستصل التنبيهات إلى القناة <b>{ $title }</b> (<code>{ $id }</code>).
admin-channel-updated = ✅ حُدّثت إعدادات القناة <b>{ $title }</b> (<code>{ $id }</code>).
admin-channel-removed = 🗑 لن تصل التنبيهات بعد الآن إلى القناة <b>{ $title }</b>.
admin-channel-not-found = لا يستطيع البوت رؤية { $ref }: تحقّق من اسم المستخدم أو المعرّف، وأضف البوت إلى القناة مشرفًا أولًا.
admin-channel-not-channel = <b>{ $title }</b> ليست قناة. في المجموعات أرسل /start داخل المجموعة.
admin-channel-cannot-post = مرفوض: البوت ليس مشرفًا في <b>{ $title }</b> يملك صلاحية نشر الرسائل. اجعله مشرفًا مع صلاحية «نشر الرسائل» ثم أعد المحاولة.
admin-channel-unknown-names = محافظة أو نوع غير معروف: { $words }. لم يتغيّر شيء.
admin-channel-not-fed = { $ref } ليست من القنوات التي تصلها التنبيهات (/channels يعرضها).
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
admin-stats-map-caption = الحوادث حسب المحافظة خلال آخر 7 أيام (الرقم على كل محافظة)
admin-stats-chart-others = محافظات أخرى
admin-notify-source-paused = ⚠️ أُوقف المصدر رقم { $id } <b>{ $name }</b> تلقائيًا بعد { $failures } إخفاقات متتالية.
    آخر خطأ: { $error }
    يُعاد تجريبه مرة في اليوم، والأمر /sources resume { $id } يستأنفه الآن.
admin-notify-delivery-failures = ⚠️ فشل جماعي في الإرسال: فشلت { $failed } من آخر { $total } رسالة.
    آخر خطأ: { $error }

## The map page and its buttons (issue 17: webmap-*)
webmap-title = خريطة الحوادث
webmap-range-24h = 24 ساعة
webmap-range-7d = 7 أيام
webmap-range-30d = 30 يومًا
webmap-hint-app = اضغط على محافظة أو نوع لتتابعه أو تلغي متابعته، ويُحفظ ذلك فورًا.
webmap-hint-public = عرض عام للقراءة فقط.
webmap-open-from-bot = افتح الخريطة من البوت لتغيير اشتراكاتك.
webmap-count = الحوادث: { $n }
webmap-none = لا حوادث في هذه الفترة.
webmap-following = تتابع: { $value }
webmap-followed = ✅ تتابع الآن: { $name }
webmap-unfollowed = ألغيت متابعة: { $name }
webmap-all-provinces = كل العراق
webmap-all-types = كل الأنواع
webmap-nothing = لا شيء
webmap-types = الأنواع
webmap-close = إغلاق
webmap-error = تعذّر التحميل، حاول مجددًا.
webmap-approximate = موقع تقريبي
webmap-unmapped = ليس على الخريطة: الخبر لا يسمّي محافظة
webmap-button = 🗺 الخريطة
webmap-button-incident = 🗺 على الخريطة
