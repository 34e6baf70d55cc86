/** Public API of @ghostguard/server (used by the CLI and by tests of other packages). */
import type { Config } from './config.ts';
import { openDatabase } from './service.ts';
import { migrateToLatest } from './db/migrations.ts';
import { createRepositories } from './repos/index.ts';
import type { UserRole } from './repos/users.ts';
import { hashPassword } from './security/passwords.ts';
import { hashApiKey, newApiKey } from './security/tokens.ts';
import { AppError } from './errors.ts';

export { loadConfig, describeConfig, ConfigSchema } from './config.ts';
export type { Config, ConfigInput, Role } from './config.ts';
export { startService, runMigrations } from './service.ts';
export type { ServiceOptions, RunningService } from './service.ts';
export { buildApp } from './app.ts';
export type { AppDeps } from './app.ts';
export { AppError, ERRORS } from './errors.ts';
export type { ErrorCode } from './errors.ts';
export { redactText, redactUrl } from './redact.ts';

/** Minimum analyst password length: NIST SP 800-63B asks for at least 8; we ask for 12. */
export const MIN_PASSWORD_LENGTH = 12;

async function withRepos<T>(config: Config, fn: (r: ReturnType<typeof createRepositories>) => Promise<T>): Promise<T> {
  const db = openDatabase(config);
  try {
    await migrateToLatest(db.db as never, db.kind);
    return await fn(createRepositories(db.db, db.kind));
  } finally {
    await db.close();
  }
}

/** `ghostguard user add`: creates (or resets) an analyst account. */
export async function addUser(config: Config, username: string, password: string, role: UserRole = 'analyst'): Promise<void> {
  if (!/^[\p{L}\p{N}._@-]{1,100}$/u.test(username)) throw new AppError('GG_ERR_VALIDATION', 'username: letters, digits, . _ @ - (1–100)', { field: 'username' });
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('GG_ERR_VALIDATION', `password: at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  if (role !== 'analyst' && role !== 'admin') throw new AppError('GG_ERR_VALIDATION', 'role: analyst or admin', { field: 'role' });
  const hash = await hashPassword(password);
  await withRepos(config, async (r) => {
    await r.users.upsertUser(username, hash, role);
    await r.audit.add('cli', 'user-add', username, { role });
  });
}

/** Creates a machine API key; the plaintext is returned once and only its hash is stored. */
export async function addApiKey(config: Config, name: string, role: UserRole = 'analyst'): Promise<string> {
  if (!/^[\p{L}\p{N}._@ -]{1,100}$/u.test(name)) throw new AppError('GG_ERR_VALIDATION', 'name: letters, digits, . _ @ - space (1–100)', { field: 'name' });
  const key = newApiKey();
  await withRepos(config, async (r) => {
    await r.users.addApiKey(name, hashApiKey(key), role);
    await r.audit.add('cli', 'api-key-add', name, { role });
  });
  return key;
}
export { exportFromStore, renderIndicatorExport } from './intel/export-data.ts';
export type { ExportFilter, RenderedExport } from './intel/export-data.ts';
