## Provinces (ids of TAXONOMY.md)
province-baghdad = Baghdad
province-basra = Basra
province-nineveh = Nineveh
province-erbil = Erbil
province-sulaymaniyah = Sulaymaniyah
province-duhok = Duhok
province-halabja = Halabja
province-kirkuk = Kirkuk
province-diyala = Diyala
province-anbar = Anbar
province-salahuddin = Salahuddin
province-babil = Babil
province-karbala = Karbala
province-najaf = Najaf
province-wasit = Wasit
province-qadisiyah = Qadisiyah
province-maysan = Maysan
province-dhi_qar = Dhi Qar
province-muthanna = Muthanna
province-unknown = Iraq

## Attack types
type-ied = IED / explosive device
type-car_bomb = Car bomb
type-suicide = Suicide attack
type-armed_attack = Armed attack
type-rocket = Rocket / shelling
type-drone = Drone attack
type-airstrike = Airstrike
type-assassination = Assassination
type-kidnapping = Kidnapping
type-clash = Armed clashes
type-security_operation = Security operation
type-other = Security incident

## Alert messages (issue 7: alert-*, map-*)
alert-killed = { $n ->
    [0] no one killed
   *[other] { $n } killed
}
alert-injured = { $n ->
    [0] no one injured
   *[other] { $n } injured
}
# a combined figure as stated («مقتل وإصابة 15»): no death toll (issue 13)
alert-casualties = { $n } killed or injured in all
alert-casualties-of-whom = { $all }, including { $known }
alert-perpetrator = Perpetrator: { $who }
alert-time = 🕒 { $time } (Baghdad time)
alert-sources = { $count ->
    [one] Source
   *[other] Sources
}: { $links }
alert-sources-more = and { $n } more
alert-updated = 🔄 Updated { $time }
alert-summary-original = Summary (Arabic original):
alert-toll-rise = 📈 Toll rises to { $toll }
alert-toll-rise-was = 📈 Toll rises to { $toll } (was: { $was })
alert-toll-split-was = 📋 Toll details: { $toll } (was: { $was })
map-button = 📍 Show on map
map-unavailable = No location is known for this incident.
map-sent = Location sent.
map-approximate = Approximate: the area, not the exact spot

## Subscriber bot (issue 6): welcome, help, menus, commands, errors.
start-welcome =
    Welcome to the Iraq security-incident alert bot 🇮🇶
    It follows Arabic news around the clock and sends you a short alert for every new attack, explosion, clash or security operation: where it happened, what it was and how many victims.
    You will now receive alerts for all of Iraq: every province and every type. Choose what matters to you with the buttons below, or send /help to see every command.
start-again =
    You are subscribed and your settings are unchanged.
    Change them with the buttons below, or send /settings to see them all.
group-welcome =
    Hello! I will send this group alerts about security incidents anywhere in Iraq.
    Only the group's admins can narrow them, with the buttons below or /settings.
help-text =
    🔔 This bot alerts you to every new security incident in Iraq as soon as it is reported.

    Filters:
    /provinces — choose provinces
    /types — choose attack types
    /districts — only some districts inside a province
    /subscribe diyala baghdad — add provinces or types by name, or a whole region (kurdistan)
    /unsubscribe basra — remove them
    /include word, phrase — only alerts that mention one of them
    /exclude word — drop alerts that mention it
    /keywords — see and delete your words
    /quiet 23:00-07:00 — quiet hours: alerts arrive silently
    /settings — all your settings, including minimum severity

    Control:
    /latest 5 — the latest incidents matching your filters
    /pause 2h — pause (30m, 2h or 1d); without a duration, until /resume
    /resume — resume alerts
    /lang — change the language
    /stop — unsubscribe and delete your data
unknown-command = I don't know that command. Send /help to see the commands.
unknown-text = I only understand commands. Send /help to see them, or /settings to change what you receive.
error-generic = Something went wrong. Please try again in a moment.
rate-limited = Too many messages in a short time. Wait a few seconds and try again.
group-admins-only = Only the group's admins can change the bot's settings here.
not-subscribed = You are not subscribed yet. Send /start to begin.
saved = ✅ Saved
menu-stale = This menu is out of date. Send /settings to open a fresh one.
list-separator = {", "}

settings-title = ⚙️ Alert settings
settings-provinces = 📍 Provinces: { $value }
settings-types = 💥 Types: { $value }
settings-districts = 🏘️ Districts: { $value }
settings-severity = ⚠️ Severity: { $value }
settings-keywords-any = 🔎 Must mention: { $value }
settings-keywords-none = 🚫 Dropped if it mentions: { $value }
settings-quiet = 🌙 Quiet hours: { $value }
settings-status = 🔔 Status: { $value }
settings-language = 🌐 Language: { $value }
settings-hint = Choose what to change:
value-all-provinces = all provinces of Iraq
value-all-types = all types
value-all-districts = all districts
value-nothing = nothing (you will receive no alerts)
value-none = —
status-active = alerts on
status-paused = paused until you send /resume
status-paused-until = paused until { $time }
language-name = English
severity-all = every incident
severity-casualties = only incidents with dead or injured
severity-deaths = only incidents with dead
quiet-off = none
quiet-range = { $from } to { $to } Baghdad time
quiet-usage =
    Set quiet hours like this: /quiet 23:00-07:00
    Alerts still arrive during them, silently. To remove them: /quiet off
quiet-set = 🌙 Alerts will arrive silently from { $from } to { $to } Baghdad time.
quiet-cleared = Quiet hours removed.

btn-provinces = 📍 Provinces
btn-types = 💥 Attack types
btn-districts = 🏘️ Districts
btn-severity = ⚠️ Severity
btn-keywords = 🔎 Keywords
btn-lang = 🌐 Language
btn-settings = ⚙️ All settings
btn-done = ✔️ Done
btn-back = ↩️ Back
btn-none = None
btn-all-provinces = 🇮🇶 All of Iraq
btn-all-types = All types
btn-all-districts = Whole province
btn-keywords-clear = 🗑 Delete all words
btn-stop-yes = Yes, delete my subscription
btn-stop-no = No, keep it

menu-provinces = Choose the provinces you want alerts for (each tap is saved at once):
menu-types = Choose the attack types you want alerts for (each tap is saved at once):
menu-current = Now: { $value }
menu-nothing-warning = ⚠️ Nothing is selected, so you will receive no alerts.
menu-districts = Choose a province to pick its districts. With no district chosen you get the whole province.
menu-districts-unavailable = No list of districts is available for the provinces you chose.
menu-province-districts = Districts of { $province }: pick the ones you care about; with none picked you get the whole province. Incidents whose district is unknown still reach you.
menu-severity = Which incidents do you want?
menu-lang = Choose the bot's language:
menu-keywords =
    Keywords are matched on the Arabic text, ignoring diacritics and hamza or taa marbuta spellings.
    /include word, phrase — only alerts that mention one of them
    /exclude word — drop alerts that mention it
    Tap a word below to delete it.
lang-changed = English selected.

subscribe-usage = Write province or type names after the command, e.g. /subscribe diyala baghdad ied — or a whole region: /subscribe kurdistan
unsubscribe-usage = Write what to remove after the command, e.g. /unsubscribe basra
name-unknown = I don't know “{ $word }”.
name-unknown-suggest = I don't know “{ $word }”. Did you mean { $suggestion }? Try: { $command } { $suggestion }
subscribe-done = ✅ Added: { $names }
unsubscribe-done = ✅ Removed: { $names }
see-settings = Send /settings to see all your settings.

keywords-usage = Write a word or phrase after the command, separating phrases with commas: /include airport, ISIS
keywords-too-many = At most { $max } words per list. Delete some with /keywords first.
keywords-included = 🔎 You will only get alerts that mention one of: { $words }
keywords-excluded = 🚫 You will not get alerts that mention: { $words }

paused = ⏸️ Alerts paused until you send /resume
paused-until = ⏸️ Alerts paused until { $time } Baghdad time; they will resume by themselves then. To resume earlier: /resume
pause-usage = I didn't understand the duration. Examples: /pause 30m, /pause 2h, /pause 1d (up to 30 days), or just /pause until you resume.
resumed = ▶️ Alerts resumed.
not-paused = Alerts are already on.
resumed-auto = ▶️ Your pause is over: alerts are back on.
stop-confirm = Unsubscribe? All your settings will be deleted and you will receive no more alerts.
stop-cancelled = Nothing changed; you are still subscribed.
stopped = You are unsubscribed and your data is deleted. Come back any time with /start

latest-usage = Write a number from 1 to { $max }, e.g. /latest 10
latest-none = No incidents match your filters yet.
latest-title = { $n ->
    [one] 🗞️ The latest incident matching your filters:
   *[other] 🗞️ The latest { $n } incidents matching your filters:
}

# The command menu (setMyCommands); Telegram shows these next to each command.
commands =
    .start = start and choose your alerts
    .settings = all your settings
    .provinces = choose provinces
    .types = choose attack types
    .latest = latest matching incidents
    .pause = pause alerts (e.g. 2h)
    .resume = resume alerts
    .subscribe = add provinces or types by name
    .unsubscribe = remove provinces or types by name
    .districts = only some districts
    .keywords = keyword filters
    .include = only alerts mentioning words
    .exclude = drop alerts mentioning words
    .quiet = quiet hours (silent alerts)
    .lang = language
    .help = help
    .stop = unsubscribe and delete data

## Shared
console-how-to-connect = No TELEGRAM_BOT_TOKEN: running in console mode. To connect a bot, create one with @BotFather, put its token in TELEGRAM_BOT_TOKEN and start again.

## Admin tools (issue 9: admin-*)
admin-refused = Sorry, this command is only for the bot's administrators.
admin-private-only = Admin commands work only in a private chat with the bot.
admin-command-broadcast = announcement to subscribers (admins)
admin-command-sources = sources and their health (admins)
admin-command-stats = statistics (admins)
admin-command-channels = channels fed with alerts (admins)
admin-channels-usage =
    /channels — the channels fed with alerts
    /channels add &lt;@username or -100id&gt; [provinces and types] [lang=en] — feed a channel (the bot must be one of its administrators, allowed to post)
    /channels remove &lt;@username or id&gt; — stop feeding it
admin-channels-empty = No channel is fed yet. Make the bot an administrator of the channel (allowed to post), then /channels add @channel.
admin-channels-head = <b>Channels fed: { $count }</b>
admin-channel-filters = provinces: { $provinces } · types: { $types } · language: { $language }
admin-channel-added = ✅ Channel <b>{ $title }</b> (<code>{ $id }</code>) will receive the alerts.
admin-channel-updated = ✅ Channel <b>{ $title }</b> (<code>{ $id }</code>) updated.
admin-channel-removed = 🗑 Channel <b>{ $title }</b> no longer receives alerts.
admin-channel-not-found = The bot cannot see { $ref }: check the username or id, and add the bot to the channel as an administrator first.
admin-channel-not-channel = <b>{ $title }</b> is not a channel. In a group, send /start there instead.
admin-channel-cannot-post = Refused: the bot is not an administrator of <b>{ $title }</b> allowed to post messages. Make it an administrator with “Post messages”, then try again.
admin-channel-unknown-names = Unknown province or type: { $words }. Nothing was changed.
admin-channel-not-fed = { $ref } is not among the channels fed (/channels lists them).
admin-ago-now = just now
admin-ago-min = { $n } min ago
admin-ago-hours = { $n } h ago
admin-ago-days = { $n } days ago
admin-audience-all = everyone
admin-audience-unknown = Unknown province or type: { $words }
admin-broadcast-usage =
    /broadcast — announcement to every subscriber
    /broadcast Baghdad, Basra, drone — only those who follow one of these provinces and one of these types
    Write the text on the following lines, or send it as the next message.
admin-broadcast-ask = Audience: { $audience } ({ $count } recipients). Send the announcement now (formatting is kept), or /cancel.
admin-broadcast-aborted = Broadcast abandoned.
admin-broadcast-text-only = Send the announcement as text (or a captioned photo's caption), or /cancel.
admin-broadcast-too-long = The announcement is { $length } characters long; Telegram allows { $max }.
admin-broadcast-preview-head = 📣 Broadcast #{ $id } — preview below, exactly as subscribers will see it.
    Audience: { $audience }. Recipients: { $count }.
admin-broadcast-send-button = ✅ Send to { $count }
admin-broadcast-cancel-button = ✖️ Cancel
admin-broadcast-stop-button = ⏹ Stop sending
admin-broadcast-cancelled = Broadcast #{ $id } cancelled.
admin-broadcast-not-draft = This broadcast has already been sent or cancelled.
admin-broadcast-progress = 📣 <b>Broadcast #{ $id }</b> — sending…
    Sent: { $sent } · Failed: { $failed } · Left: { $left } (of { $total })
admin-broadcast-done = 📣 <b>Broadcast #{ $id }</b> — done.
    Sent: { $sent } · Failed: { $failed } (of { $total })
admin-broadcast-stopped = 📣 <b>Broadcast #{ $id }</b> — stopped.
    Sent: { $sent } · Failed: { $failed } · Not sent: { $cancelled } (of { $total })
admin-sources-usage =
    /sources — list with health
    /sources add &lt;url&gt; [name] — test-read, then add
    /sources test &lt;url or #id&gt; — what the parser and the extractor make of the latest items (nothing is stored or sent)
    /sources pause #id · /sources resume #id · /sources remove #id
admin-sources-empty = No sources. Add one with /sources add &lt;url&gt;.
admin-sources-head = <b>Sources: { $total }</b> ({ $paused } paused, { $failing } failing)
admin-source-last-success = last success { $ago }
admin-source-never = never read
admin-source-items = { $n } items seen
admin-source-failures = { $n } consecutive failures
admin-source-last-error = last error { $ago }: { $error }
admin-source-paused-because = paused: { $reason }
admin-source-not-found = No source { $ref }. /sources lists them with their numbers.
admin-source-added = ✅ Source #{ $id } <b>{ $name }</b> added ({ $count } items in the test read). Its first poll records what is already there without alerting.
admin-source-restored = ✅ Source #{ $id } <b>{ $name }</b> is back ({ $count } items in the test read).
admin-source-exists = Source #{ $id } <b>{ $name }</b> already exists.
admin-source-removed = 🗑 Source #{ $id } <b>{ $name }</b> removed (the sources file will not bring it back).
admin-source-paused = ⏸ Source #{ $id } <b>{ $name }</b> paused.
admin-source-resumed = ▶️ Source #{ $id } <b>{ $name }</b> resumed; it will be read at the next poll.
admin-source-refused-bad-url = Refused: that is not a URL.
admin-source-refused-scheme = Refused: only http and https sources are allowed ({ $detail }).
admin-source-refused-credentials = Refused: a source URL may not carry a user name or password.
admin-source-refused-unresolved = Refused: the host cannot be resolved ({ $detail }).
admin-source-refused-private = Refused: { $detail } is a private, loopback or link-local address (set ALLOW_PRIVATE_SOURCES to allow it).
admin-source-fetch-failed = ❌ The test read failed, so the source was not added: { $error }
admin-source-test-failed = ❌ The test read failed: { $error }
admin-source-test-head = 🔎 <b>Test of</b> { $url }: { $count } items read. Nothing was stored or sent. The latest:
admin-source-test-nothing = → no story found
admin-source-test-not-incident = → not an incident ({ $reason })
admin-source-test-incident = → <b>{ $type }</b> — { $where } · killed: { $killed } · injured: { $injured }
admin-stats-title = 📊 <b>Statistics</b>
admin-stats-subscribers = 👥 Subscribers: { $active } active · { $paused } paused · { $blocked } blocked (groups and channels: { $groups })
admin-stats-incidents = 🚨 Incidents: { $day } in 24 h · { $week } in 7 days
admin-stats-by-province = <b>By province</b> (24 h / 7 days):
admin-stats-by-type = <b>By type</b> (24 h / 7 days):
admin-stats-deliveries = 📨 Deliveries in 24 h: { $sent } sent · { $failed } failed · { $cancelled } cancelled · { $pending } waiting (queue now: { $backlog })
admin-stats-sources = 📡 Sources: { $total } ({ $paused } paused, { $failing } failing, { $neverPolled } never read) · last success { $last } · { $itemsDay } items in 24 h
admin-stats-chart-caption = Incidents per day, last 7 days
admin-stats-map-caption = Incidents by province, last 7 days (the number on each province)
admin-stats-chart-others = other provinces
admin-notify-source-paused = ⚠️ Source #{ $id } <b>{ $name }</b> was paused automatically after { $failures } consecutive failures.
    Last error: { $error }
    It is retried once a day; /sources resume { $id } resumes it now.
admin-notify-delivery-failures = ⚠️ Deliveries are failing in bulk: { $failed } of the last { $total } sends failed.
    Last error: { $error }

## The map page and its buttons (issue 17: webmap-*)
webmap-title = Incident map
webmap-range-24h = 24 h
webmap-range-7d = 7 days
webmap-range-30d = 30 days
webmap-hint-app = Tap a province or a type to follow or unfollow it; it is saved at once.
webmap-hint-public = Public read-only view.
webmap-open-from-bot = Open the map from the bot to change your subscriptions.
webmap-count = Incidents: { $n }
webmap-none = No incidents in this period.
webmap-following = Following: { $value }
webmap-followed = ✅ Now following: { $name }
webmap-unfollowed = Unfollowed: { $name }
webmap-all-provinces = all of Iraq
webmap-all-types = all types
webmap-nothing = nothing
webmap-types = Types
webmap-close = Close
webmap-error = Could not load; try again.
webmap-approximate = approximate location
webmap-unmapped = not on the map: the report names no province
webmap-button = 🗺 Map
webmap-button-incident = 🗺 On the map
