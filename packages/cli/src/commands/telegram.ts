/**
 * `ghostguard telegram`: the Telegram bot with long polling, for a laptop (no public URL
 * needed). Configuration from the environment: TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_URL.
 * State (languages, last case, reports) is in memory: production runs the webhook in the service.
 */
import { createMemoryStore, tiplineConfigFromEnv, TelegramTipline } from '@ghostguard/tipline';
import { CliError, EXIT } from '../exit-codes.ts';

export interface TelegramOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly log?: (s: string) => void;
  /** Resolves to stop the bot (tests); by default SIGINT/SIGTERM. */
  readonly until?: Promise<void>;
}

export async function runTelegram(opts: TelegramOptions = {}): Promise<void> {
  const log = opts.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const config = tiplineConfigFromEnv(opts.env ?? process.env);
  if (!config.telegram.on) throw new CliError(`telegram bot is off: ${config.telegram.reason}`, EXIT.usage);
  const store = createMemoryStore();
  const bot = new TelegramTipline({
    token: config.telegram.config.token,
    apiUrl: config.telegram.config.apiUrl,
    store,
    userKeySecret: config.userKeySecret,
    log,
    onReport: (id) => log(`report ${id} stored (in memory; use the service to keep reports)`),
  });
  const stop = opts.until ?? new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  void stop.then(() => bot.stop());
  // The token is never logged; the bot's @username is.
  await bot.startPolling((username) => log(`ghostguard telegram: polling as @${username} via ${config.telegram.on ? config.telegram.config.apiUrl : ''} (Ctrl-C to stop)`));
  log('ghostguard telegram: stopped');
}
