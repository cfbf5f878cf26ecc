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
map-button = 📍 Show on map
map-unavailable = No location is known for this incident.
map-sent = Location sent.
map-approximate = Approximate: the area, not the exact spot

## Commands
start-welcome =
    Welcome to the Iraq security-incident alert bot.
    It reads Arabic news around the clock and sends you a short alert for every new attack, explosion, clash or security operation: where, what, and how many victims.
    You will now receive alerts for all provinces and all types. Narrow them down with /provinces and /types.
help-text =
    Commands:
    /start — start
    /help — this help
unknown-command = I don't know that command. Send /help to see the commands.
error-generic = Something went wrong. Please try again in a moment.
console-how-to-connect = No TELEGRAM_BOT_TOKEN: running in console mode. To connect a bot, create one with @BotFather, put its token in TELEGRAM_BOT_TOKEN and start again.

## Admin tools (issue 9: admin-*)
admin-refused = Sorry, this command is only for the bot's administrators.
admin-private-only = Admin commands work only in a private chat with the bot.
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
admin-notify-source-paused = ⚠️ Source #{ $id } <b>{ $name }</b> was paused automatically after { $failures } consecutive failures.
    Last error: { $error }
    It is retried once a day; /sources resume { $id } resumes it now.
admin-notify-delivery-failures = ⚠️ { $failed } of { $total } deliveries failed in the last { $minutes } min.
    Most common error: { $error }
