import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import vm from 'node:vm';
import { build, type Plugin } from 'esbuild';

const ENTRY = new URL('./index.ts', import.meta.url).pathname;
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build on any Node built-in, however it is imported. */
const refuseNodeBuiltins: Plugin = {
  name: 'refuse-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.path.startsWith('node:') || NODE_BUILTINS.has(args.path)) {
        return { errors: [{ text: `core imports the Node built-in "${args.path}" (from ${args.importer})` }] };
      }
      return undefined;
    });
  },
};

async function bundle(): Promise<string> {
  const r = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'GhostGuard',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [refuseNodeBuiltins],
  });
  return r.outputFiles[0]!.text;
}

test('core bundles for the browser without any Node built-in', async () => {
  const code = await bundle();
  assert.ok(code.length > 10_000);
  assert.doesNotMatch(code, /require\(["']node:/);
});

test('the browser bundle runs in a bare JS context (no process, no require) and analyses', async () => {
  const code = await bundle();
  // Only what every browser has; no Node globals.
  const sandbox: Record<string, unknown> = { URL, URLSearchParams, TextEncoder, TextDecoder, console, Intl };
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { timeout: 10_000 });
  const gg = sandbox['GhostGuard'] as { analyzeUrl(u: string): { level: string }; analyzeMessage(t: string): { level: string } };
  assert.equal(typeof gg.analyzeMessage, 'function');
  assert.equal(gg.analyzeUrl('https://www.whatsapp.com/').level, 'safe');
  assert.ok(['safe', 'unknown', 'suspicious', 'dangerous'].includes(gg.analyzeMessage('see you tomorrow').level));
});

test('the refusing plugin really fails on a node: import (the check can fail)', async () => {
  await assert.rejects(
    build({ stdin: { contents: 'import fs from "node:fs"; console.log(fs)', resolveDir: '.' }, bundle: true, write: false, logLevel: 'silent', plugins: [refuseNodeBuiltins] }),
    /Node built-in "node:fs"/,
  );
});
