import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { RULESET_VERSION } from '@ghostguard/core';
import { CliError, EXIT, EXIT_HELP } from './exit-codes.ts';
import { runCheck } from './commands/check.ts';
import { runBatch, type BatchKind } from './commands/batch.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function println(s: string): void {
  process.stdout.write(s + '\n');
}

export function buildProgram(): Command {
  const program = new Command('ghostguard')
    .description('GhostGuard: detect WhatsApp/Telegram account-takeover scams (GhostPairing) in messages, links and pages.')
    .version(`${VERSION} (ruleset ${RULESET_VERSION})`)
    .addHelpText('after', `\n${EXIT_HELP}\n`)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('check')
    .description('check a message or a link and say what to do')
    .argument('[input]', 'the message text or the link (quote it); use - to read stdin')
    .option('--image <file>', 'check a screenshot or a photo of a QR code instead (PNG or JPEG; read offline with Tesseract)')
    .addOption(new Option('--lang <lang>', 'language of the answer: kk, ru or en (default: the message language, else en)'))
    .addOption(new Option('--kind <kind>', 'treat input as').choices(['auto', 'message', 'url']).default('auto'))
    .option('--domain-only', 'treat a link as a bare hostname (no path)')
    .option('--json', 'print the full verdict as JSON, with texts rendered in --lang')
    .addHelpText('after', `\nExamples:\n  ghostguard check "https://whatsapp-verify.top/confirm"\n  ghostguard check --lang ru "Привет, это ты на фото? http://fb-photo.top/view"\n  ghostguard check --image screenshot.png --lang kk\n\n${EXIT_HELP}\n`)
    .action(async (input: string | undefined, opts) => {
      if (opts.image !== undefined) {
        const { runCheckImage } = await import('./commands/image.ts');
        process.exitCode = await runCheckImage(opts.image, { json: opts.json, lang: opts.lang }, println);
        return;
      }
      const text = input === '-' ? readFileSync(0, 'utf8') : input;
      process.exitCode = runCheck(text, opts, println);
    });

  program
    .command('batch')
    .description('check many messages, links or pages: JSONL or plain lines in, JSONL out (same order)')
    .addOption(new Option('--kind <kind>', 'what each line holds').choices(['message', 'url', 'page']).makeOptionMandatory())
    .requiredOption('--in <file>', 'input file (- for stdin): {"id","text"} / {"id","url"} / {"id","url","html"|"htmlPath"} or plain lines')
    .option('--out <file>', 'output file (default stdout)')
    .option('--domain-only', 'with --kind url: hostnames only (CT names, DNS logs)')
    .addHelpText('after', `\nOutput, one line per input line: {"id","level","score","attack","brand","rules"}; a malformed line gives {"id","error"} and a note on stderr.\n\n${EXIT_HELP}\n`)
    .action(async (opts: { kind: BatchKind; in: string; out?: string; domainOnly?: boolean }) => {
      const s = await runBatch(opts);
      process.stderr.write(`${s.analysed} analysed, ${s.flagged} flagged, ${s.malformed} malformed\n`);
      process.exitCode = s.analysed === 0 && s.malformed > 0 ? EXIT.dataError : EXIT.ok;
    });

  program
    .command('scan')
    .description('open a link in an isolated Chromium, analyse the page and print the verdict with evidence')
    .argument('<url>', 'the link to visit')
    .option('--screenshot <file>', 'save a PNG screenshot')
    .option('--json', 'print verdict and evidence as JSON')
    .option('--lang <lang>', 'language of the answer: kk, ru or en', 'en')
    .option('--timeout <seconds>', 'total time limit for the visit')
    .option('--allow-loopback', 'allow 127.0.0.1/::1 (for local test sites only)')
    .action(async (url: string, opts) => {
      const { runScan } = await import('./commands/scan.ts');
      process.exitCode = await runScan(url, opts, println);
    });

  program
    .command('chat')
    .description('scan a WhatsApp (.txt/.zip) or Telegram (result.json) chat export for lures, code requests and signs of account takeover, on this machine')
    .argument('<export>', 'WhatsApp .txt or .zip, or Telegram Desktop result.json')
    .option('--html <file>', 'self-contained printable HTML report')
    .option('--json <file>', 'every message with level and findings, plus per-chat and per-sender summaries (streamed)')
    .option('--stix <file>', 'lure domains and URLs as a STIX 2.1 bundle (MVT, CERTs)')
    .option('--tlp <level>', 'TLP of the STIX bundle: clear, green, amber, red', 'amber')
    .option('--lang <lang>', 'report language: kk, ru or en (default en)')
    .addHelpText('after', `\nNothing leaves this machine. Phone numbers and codes are masked in every output.\n\n${EXIT_HELP}\n`)
    .action(async (file: string, opts) => {
      const { runChat } = await import('./commands/chat.ts');
      process.exitCode = await runChat(file, opts, println);
    });

  program
    .command('export')
    .description('export indicators for resolvers, CERTs and filters: RPZ, STIX 2.1, MISP, hosts, filter list, CSV or JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['rpz', 'stix', 'misp', 'hosts', 'filters', 'csv', 'json']).makeOptionMandatory())
    .option('--out <file>', 'output file (default stdout)')
    .option('--since <date>', 'only indicators seen since this date (ISO 8601)')
    .addOption(new Option('--status <status>', 'only indicators with this status').choices(['suspected', 'confirmed']))
    .option('--data-dir <dir>', 'data directory', process.env['DATA_DIR'] ?? './data')
    .addHelpText('after', '\nAn empty but valid file is written when there is nothing to export yet. Victim data (phone numbers, names, message texts) is never exported.\n')
    .action(async (opts) => {
      const { runExport } = await import('./commands/export.ts');
      const r = await runExport(opts);
      process.stderr.write(`${r.count} indicators exported\n`);
    });

  program
    .command('telegram')
    .description('run the Telegram tipline bot with long polling (needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL optional)')
    .action(async () => {
      const { runTelegram } = await import('./commands/telegram.ts');
      await runTelegram();
    });

  addServiceCommands(program);
  return program;
}

function addServiceCommands(program: Command): void {
  program
    .command('serve')
    .description('run the service (API, web UI, worker) — SQLite in --data-dir by default, PostgreSQL when DATABASE_URL is set')
    .option('--roles <roles>', 'comma-separated roles: api, worker', 'api,worker')
    .option('--port <port>', 'port to listen on', process.env['PORT'] ?? '8080')
    .option('--host <host>', 'address to listen on', process.env['HOST'] ?? '127.0.0.1')
    .option('--data-dir <dir>', 'data directory (SQLite file, screenshots)', process.env['DATA_DIR'] ?? './data')
    .action(async (opts) => {
      const { runServe } = await import('./commands/service.ts');
      await runServe(opts);
    });
  program
    .command('migrate')
    .description('run database migrations and exit')
    .option('--data-dir <dir>', 'data directory', process.env['DATA_DIR'] ?? './data')
    .action(async (opts) => {
      const { runMigrate } = await import('./commands/service.ts');
      await runMigrate(opts);
    });
  const user = program.command('user').description('manage analyst accounts');
  user
    .command('add')
    .description('add an analyst account (password from --password-stdin or prompted)')
    .argument('<username>')
    .option('--role <role>', 'analyst or admin', 'analyst')
    .option('--password-stdin', 'read the password from stdin')
    .option('--data-dir <dir>', 'data directory', process.env['DATA_DIR'] ?? './data')
    .action(async (username: string, opts) => {
      const { runUserAdd } = await import('./commands/service.ts');
      await runUserAdd(username, opts);
    });
}

/** Runs the CLI; returns the exit code instead of exiting, so tests and the bin share it. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof CliError) {
      process.stderr.write(`ghostguard: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as { code?: string; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('GG_ERR_')) {
      process.stderr.write(`ghostguard: ${e.code}: ${e.message}\n`);
      return EXIT.unavailable;
    }
    process.stderr.write(`ghostguard: internal error: ${String(err)}\nPlease report it with the command you ran.\n`);
    return EXIT.software;
  }
}
