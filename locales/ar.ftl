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
