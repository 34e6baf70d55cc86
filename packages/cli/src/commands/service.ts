import { createInterface } from 'node:readline';
import { CliError, EXIT } from '../exit-codes.ts';

interface ServeOptions {
  readonly roles: string;
  readonly port: string;
  readonly host: string;
  readonly dataDir: string;
}

function parseRoles(s: string): ('api' | 'worker')[] {
  const roles = s.split(',').map((r) => r.trim()).filter(Boolean);
  for (const r of roles) if (r !== 'api' && r !== 'worker') throw new CliError(`unknown role "${r}": use api, worker or api,worker`, EXIT.usage);
  if (roles.length === 0) throw new CliError('--roles needs at least one of api, worker', EXIT.usage);
  return roles as ('api' | 'worker')[];
}

function parsePort(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port must be a number from 0 to 65535, got "${s}"`, EXIT.usage);
  return n;
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const server = await import('@ghostguard/server');
  const roles = parseRoles(opts.roles);
  const svc = await server.startService({ roles, port: parsePort(opts.port), host: opts.host, dataDir: opts.dataDir });
  process.stderr.write(`GhostGuard is running${svc.url ? ` at ${svc.url}` : ''} (roles: ${roles.join(',')}, database: ${svc.config.dbKind})\n`);
  const stop = async (sig: string) => {
    process.stderr.write(`\n${sig}: shutting down…\n`);
    await svc.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await new Promise(() => undefined); // runs until a signal
}

export async function runMigrate(opts: { dataDir: string }): Promise<void> {
  const server = await import('@ghostguard/server');
  const config = server.loadConfig(process.env, { DATA_DIR: opts.dataDir });
  const applied = await server.runMigrations(config);
  process.stderr.write(`migrations up to date (${applied.length} applied now)\n`);
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (!fromStdin && !process.stdin.isTTY) throw new CliError('no terminal to ask for a password: use --password-stdin', EXIT.usage);
  const rl = createInterface({ input: process.stdin, output: fromStdin ? undefined : process.stderr, terminal: !fromStdin });
  if (!fromStdin) process.stderr.write('Password: ');
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  return line.replace(/\r?\n$/, '');
}

export async function runUserAdd(username: string, opts: { role: string; passwordStdin?: boolean; dataDir: string }): Promise<void> {
  if (opts.role !== 'analyst' && opts.role !== 'admin') throw new CliError(`--role must be analyst or admin`, EXIT.usage);
  const password = await readPassword(opts.passwordStdin === true);
  if (password.length < 12) throw new CliError('password must have at least 12 characters', EXIT.usage);
  const server = await import('@ghostguard/server');
  const config = server.loadConfig(process.env, { DATA_DIR: opts.dataDir });
  await server.addUser(config, username, password, opts.role as 'analyst' | 'admin');
  process.stderr.write(`analyst account "${username}" (${opts.role}) added\n`);
}
