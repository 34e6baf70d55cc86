/**
 * Analyst authentication: session cookie (HttpOnly, SameSite=Strict, Secure over https) with a
 * per-session CSRF token for state-changing requests, or `Authorization: Bearer <api key>`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { rateLimit } from '../http/context.ts';
import { jsonSchema, parseInput } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { dummyHash, verifyPassword } from '../security/passwords.ts';
import { hashApiKey, hashSessionToken, randomToken, safeEqual } from '../security/tokens.ts';
import { nowIso } from '../repos/util.ts';
import type { UserRole } from '../repos/users.ts';

export const SESSION_COOKIE = 'gg_session';

export interface Principal {
  readonly actor: string;
  readonly role: UserRole;
  readonly via: 'session' | 'api-key';
  readonly user?: { readonly username: string; readonly role: UserRole };
  readonly csrfToken?: string;
  readonly tokenHash?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const LoginBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) });

async function resolvePrincipal(ctx: AppContext, req: FastifyRequest): Promise<Principal | null> {
  const auth = req.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(auth);
    const key = m?.[1] ? await ctx.repos.users.findApiKey(hashApiKey(m[1])) : undefined;
    if (!key) throw new AppError('GG_ERR_UNAUTHENTICATED', 'invalid API key', { field: 'authorization' });
    return { actor: `key:${key.name}`, role: key.role, via: 'api-key' };
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const tokenHash = hashSessionToken(ctx.config.SESSION_SECRET, token);
  const s = await ctx.repos.users.findSession(tokenHash, nowIso());
  if (!s) return null;
  return { actor: s.user.username, role: s.user.role, via: 'session', user: { username: s.user.username, role: s.user.role }, csrfToken: s.csrfToken, tokenHash };
}

/** preHandler for analyst routes: authenticated, and CSRF-checked when a cookie carries it. */
export function requireAnalyst(ctx: AppContext) {
  return async (req: FastifyRequest): Promise<void> => {
    const p = await resolvePrincipal(ctx, req);
    if (!p) throw new AppError('GG_ERR_UNAUTHENTICATED', 'log in first');
    if (p.via === 'session' && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !p.csrfToken || !safeEqual(sent, p.csrfToken)) {
        throw new AppError('GG_ERR_CSRF', 'missing or wrong x-csrf-token header', { field: 'x-csrf-token' });
      }
    }
    req.principal = p;
  };
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, value: string, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', path: '/', maxAge: maxAgeSeconds });
}

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { repos, config } = ctx;
  app.decorateRequest('principal', null);

  app.post('/v1/auth/login', {
    config: rateLimit(config.RATE_LIMIT_LOGIN_PER_MINUTE),
    schema: { summary: 'Analyst login (sets the gg_session cookie)', tags: ['auth'], body: jsonSchema(LoginBody) },
  }, async (req, reply) => {
    const b = parseInput(LoginBody, req.body);
    const user = await repos.users.findUser(b.username);
    // Hash even for unknown users, so response time does not reveal which usernames exist.
    const ok = await verifyPassword(b.password, user?.passwordHash ?? (await dummyHash()));
    if (!user || user.disabled || !ok) {
      await repos.audit.add(b.username.slice(0, 100), 'login-failed', 'auth', {});
      throw new AppError('GG_ERR_BAD_CREDENTIALS', 'wrong username or password');
    }
    const token = randomToken();
    const csrfToken = randomToken(24);
    const ttl = config.SESSION_TTL_HOURS * 3600;
    await repos.users.createSession(hashSessionToken(config.SESSION_SECRET, token), user.id, csrfToken, nowIso(Date.now() + ttl * 1000));
    await repos.audit.add(user.username, 'login', 'auth', {});
    setSessionCookie(req, reply, token, ttl);
    return { user: { username: user.username, role: user.role }, csrfToken };
  });

  const guard = requireAnalyst(ctx);

  app.post('/v1/auth/logout', { preHandler: guard, schema: { summary: 'End the session', tags: ['auth'] } }, async (req, reply) => {
    const p = req.principal;
    if (p?.tokenHash) await repos.users.deleteSession(p.tokenHash);
    if (p) await repos.audit.add(p.actor, 'logout', 'auth', {});
    setSessionCookie(req, reply, '', 0);
    return { ok: true };
  });

  app.get('/v1/auth/me', { preHandler: guard, schema: { summary: 'Current analyst and CSRF token', tags: ['auth'] } }, async (req) => {
    const p = req.principal;
    return { user: p?.user ?? { username: p?.actor ?? '', role: p?.role ?? 'analyst' }, ...(p?.csrfToken ? { csrfToken: p.csrfToken } : {}) };
  });
}
