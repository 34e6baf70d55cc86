/** Request parsing with zod: the first problem becomes a 400 that names the field. */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Lang } from '@ghostguard/core';

export function parseInput<S extends z.ZodType>(schema: S, data: unknown, where: 'body' | 'query' | 'params' = 'body'): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  let field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : where;
  let message = issue?.message ?? 'invalid input';
  if (issue?.code === 'unrecognized_keys') {
    field = [...issue.path.map(String), String(issue.keys[0] ?? where).slice(0, 100)].join('.');
    message = `unknown field(s): ${issue.keys.slice(0, 5).join(', ').slice(0, 300)}`;
  }
  if (data === undefined || data === null) message = `the request ${where} is missing`;
  return fail(field, message);
}

function fail(field: string, message: string): never {
  throw new AppError('GG_ERR_VALIDATION', `${field}: ${message}`, { field });
}

/** JSON Schema for the OpenAPI document (documentation only; zod does the validating). */
export function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

export const LangSchema = z.enum(['kk', 'ru', 'en']);

/** `lang` from the request, else the first supported language in Accept-Language, else ru. */
export function resolveLang(explicit: string | undefined, acceptLanguage: string | undefined): Lang {
  if (explicit === 'kk' || explicit === 'ru' || explicit === 'en') return explicit;
  for (const part of (acceptLanguage ?? '').slice(0, 200).split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'kk' || tag === 'ru' || tag === 'en') return tag;
  }
  return 'ru';
}

export const Limit = z.coerce.number().int().min(1).max(200).default(50);
export const IsoDate = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date').transform((s) => new Date(s).toISOString());
export const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
