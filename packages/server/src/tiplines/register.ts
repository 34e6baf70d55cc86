/** Hooks the image check and the tiplines into buildApp with one call (app.ts stays small). */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { createImageChecker, type ImageChecker } from '../image-check.ts';
import { registerImageRoutes } from '../routes/image.ts';
import { registerTiplineAdminRoutes } from '../routes/tipline-admin.ts';
import { registerTiplineWebhooks, type Tiplines } from './setup.ts';

export interface TiplineAppDeps {
  /** Shared OCR gate (the service passes the one its tiplines use); a fresh one otherwise. */
  readonly images?: ImageChecker;
  /** Off when absent (in-process tests): no webhooks, no outbox endpoints. */
  readonly tiplines?: Tiplines;
}

export async function registerTiplineAndImageRoutes(app: FastifyInstance, ctx: AppContext, deps: TiplineAppDeps): Promise<void> {
  await registerImageRoutes(app, ctx, deps.images ?? createImageChecker());
  if (!deps.tiplines) return;
  registerTiplineAdminRoutes(app, ctx, deps.tiplines);
  await registerTiplineWebhooks(app, deps.tiplines);
}
