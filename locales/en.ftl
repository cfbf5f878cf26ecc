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
