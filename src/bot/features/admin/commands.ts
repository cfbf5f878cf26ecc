// The admin commands appear in the command menu of the admins' own chats
// only (a chat-scoped list replaces the default one there, so it repeats the
// public commands first).
import type { Api } from "grammy";
import type { Config } from "../../../config.js";
import { LOCALES, type AppI18n } from "../../../i18n.js";

export const ADMIN_COMMANDS = ["broadcast", "sources", "stats", "channels"] as const;

/** Call once at start-up, after the public menu is set; `publicCommands` are the names described by `commands.<name>`. */
export async function setAdminCommands(api: Api, config: Pick<Config, "ADMIN_IDS">, i18n: AppI18n, publicCommands: readonly string[]): Promise<void> {
  for (const id of config.ADMIN_IDS) {
    for (const locale of LOCALES) {
      const commands = [
        ...publicCommands.map((command) => ({ command, description: i18n.t(locale, `commands.${command}`) })),
        ...ADMIN_COMMANDS.map((command) => ({ command, description: i18n.t(locale, `admin-command-${command}`) })),
      ];
      try {
        await api.setMyCommands(commands, { scope: { type: "chat", chat_id: Number(id) }, language_code: locale });
        if (locale === "ar") await api.setMyCommands(commands, { scope: { type: "chat", chat_id: Number(id) } });
      } catch {
        // an admin who never opened the bot has no chat yet: "chat not found"
      }
    }
  }
}
