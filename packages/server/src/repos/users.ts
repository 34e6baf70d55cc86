/** Analyst accounts, their sessions and machine API keys. Secrets are stored only as hashes. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newId, nowIso } from './util.ts';

export type UserRole = 'analyst' | 'admin';

export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly role: UserRole;
  readonly passwordHash: string;
  readonly disabled: boolean;
}

export interface SessionRecord {
  readonly user: { readonly id: string; readonly username: string; readonly role: UserRole };
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export function usersRepo(db: Kysely<Database>) {
  return {
    /** Creates or replaces (password, role) the account `username`. */
    async upsertUser(username: string, passwordHash: string, role: UserRole): Promise<string> {
      const id = newId();
      await db
        .insertInto('users')
        .values({ id, username, password_hash: passwordHash, role, created_at: nowIso(), disabled: 0 })
        .onConflict((oc) => oc.column('username').doUpdateSet({ password_hash: passwordHash, role, disabled: 0 }))
        .execute();
      const r = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
      return r.id;
    },

    async findUser(username: string): Promise<UserRecord | undefined> {
      const r = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return r
        ? { id: r.id, username: r.username, role: r.role as UserRole, passwordHash: r.password_hash, disabled: Number(r.disabled) === 1 }
        : undefined;
    },

    async createSession(tokenHash: string, userId: string, csrfToken: string, expiresAt: string): Promise<void> {
      await db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, csrf_token: csrfToken, created_at: nowIso(), expires_at: expiresAt }).execute();
    },

    async findSession(tokenHash: string, now: string): Promise<SessionRecord | undefined> {
      const r = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['users.id as uid', 'users.username', 'users.role', 'sessions.csrf_token', 'sessions.expires_at'])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now)
        .where('users.disabled', '=', 0)
        .executeTakeFirst();
      return r ? { user: { id: r.uid, username: r.username, role: r.role as UserRole }, csrfToken: r.csrf_token, expiresAt: r.expires_at } : undefined;
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },

    async deleteExpiredSessions(now: string): Promise<number> {
      const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async addApiKey(name: string, keyHash: string, role: UserRole): Promise<string> {
      const id = newId();
      await db.insertInto('api_keys').values({ id, name, key_hash: keyHash, role, created_at: nowIso() }).execute();
      return id;
    },

    async findApiKey(keyHash: string): Promise<{ id: string; name: string; role: UserRole } | undefined> {
      const r = await db.selectFrom('api_keys').select(['id', 'name', 'role']).where('key_hash', '=', keyHash).executeTakeFirst();
      return r ? { id: r.id, name: r.name, role: r.role as UserRole } : undefined;
    },
  };
}
export type UsersRepo = ReturnType<typeof usersRepo>;
