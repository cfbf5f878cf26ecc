import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Config } from "../config.js";
import type { Db } from "../storage/index.js";
import type { Logger } from "../log.js";
import type { Action } from "../callback-data.js";

export interface BotDeps {
  config: Config;
  db: Db;
  log: Logger;
}

export type BotContext = Context &
  I18nFlavor & {
    deps: BotDeps;
    log: Logger;
    /** the decoded callback data of a button press; null when stale or forged, undefined for other updates */
    action?: Action | null;
  };
