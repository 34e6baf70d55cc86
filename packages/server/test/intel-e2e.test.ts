/**
 * Issue 5, "done when", end to end with the real service, the real sandbox (Debian Chromium) and
 * local servers only: a fake RFC 6962 log announces a certificate (made here with @peculiar/x509)
 * for a lookalike of whatsapp.com; within one polling cycle the service scores the name and queues
 * a scan; the sandbox visits the fixture kit page served under that name; the page is flagged; a
 * citizen report of the same wave is grouped with the scan into one campaign; and the domain is in
 * the RPZ (named-checkzone), STIX (validator) and MISP exports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createSandboxPool } from '@ghostguard/sandbox';
import { validateStixBundle } from '@ghostguard/intel';
import { makeCert, startFakeRfc6962Log } from '@ghostguard/intel/testing';
import { startFixtureServer } from '../../../fixtures/server.ts';
import { startService } from '../src/service.ts';
import type { SandboxPort } from '../src/sandbox/port.ts';
import { hashApiKey, newApiKey } from '../src/security/tokens.ts';
import { fakeResolver, tempDir } from './helpers.ts';

const LOOKALIKE = 'whatsapp-verify-login.top';
const LURE = 'Привет! Проголосуй, пожалуйста, за мою племянницу Айгерим в конкурсе танцев, она почти победила! Нужно войти через WhatsApp: http://whatsapp-verify-login.top/vote +7 701 123 45 67';

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('CT certificate → scan → flagged → campaign with a citizen report → RPZ, STIX, MISP', { timeout: 90_000 }, async (t) => {
  const started = Date.now();
  const fx = await startFixtureServer();
  const ct = await startFakeRfc6962Log();
  const pool = createSandboxPool({ concurrency: 1 });
  // The lookalike name is served by the fixture server: the sandbox maps it to loopback (tests only).
  const sandbox: SandboxPort = {
    capture: (url, o) => pool.capture(url, { ...o, testHostMap: { [LOOKALIKE]: '127.0.0.1' } }),
    close: () => pool.close(),
  };
  const fxPort = new URL(fx.origin).port;
  const dataDir = tempDir('gg-intel-e2e-');
  const svc = await startService({
    roles: ['api', 'worker'], port: 0, dataDir, env: {}, LOG_LEVEL: 'silent', SANDBOX_ALLOW_LOOPBACK: true,
    CT_LOGS: JSON.stringify([{ url: ct.url, type: 'rfc6962', id: 'fake-ct' }]), CT_POLL_SECONDS: 1, CAMPAIGN_CLUSTER_SECONDS: 1,
    sandbox, resolve: fakeResolver({ [LOOKALIKE]: ['127.0.0.1'] }),
    // A fresh kit serves http on the fixture's port here; in production the default is https://<name>/.
    intelScanUrlFor: (name) => `http://${name}:${fxPort}/kit/login/`,
  });
  try {
    const key = newApiKey();
    await svc.repos.users.addApiKey('resolver', hashApiKey(key), 'analyst');
    // The service's first poll finds the log empty and starts at its end (no backfill).
    await until('first CT poll', 10_000, async () => ((await svc.repos.intel.state.ctCursors().get('fake-ct')) === 0 ? true : undefined));
    ct.append(await makeCert(['mail.example.org']));
    ct.append(await makeCert([LOOKALIKE, `www.${LOOKALIKE}`], { precert: true }));
    ct.append(await makeCert(['shop.example.com', 'www.shop.example.com']));
    const announced = Date.now();

    const scan = await until('the scan of the lookalike', 60_000, async () => {
      const s = (await svc.repos.scans.list({ limit: 10 })).items.find((x) => x.url.includes(LOOKALIKE));
      return s && (s.status === 'done' || s.status === 'failed') ? s : undefined;
    });
    const queuedAfterMs = Date.parse(scan.createdAt) - announced;
    t.diagnostic(`scan queued ${queuedAfterMs} ms after the certificate was announced (poll cycle 1 s); finished ${Date.now() - announced} ms after`);
    assert.ok(queuedAfterMs < 2500, 'queued within one polling cycle');
    assert.equal((await svc.repos.scans.list({ limit: 10 })).items.length, 1, 'benign names are not scanned');
    assert.equal(scan.status, 'done', scan.error);
    assert.equal(scan.level, 'dangerous', 'the kit page is flagged');
    // The page itself was captured under the lookalike name (not a DNS failure judged by the URL alone).
    const full = await svc.repos.scans.get(scan.id);
    const evidence = full?.evidence as { error?: unknown; finalUrl: string; status: number; inputs: { type: string }[] } | undefined;
    assert.equal(evidence?.error, undefined, JSON.stringify(evidence?.error));
    assert.equal(evidence?.status, 200);
    assert.equal(new URL(evidence?.finalUrl ?? 'x:').hostname, LOOKALIKE);
    assert.ok(evidence?.inputs.some((i) => i.type === 'tel'), 'the phone form of the kit was captured');
    const findings = (full?.verdict as { findings: { analyzer: string }[] } | undefined)?.findings ?? [];
    assert.ok(findings.some((f) => f.analyzer.startsWith('page')), `page findings: ${findings.map((f) => f.analyzer).join(',')}`);
    assert.ok(full?.hasScreenshot, 'screenshot taken');

    const report = await fetch(`${svc.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: LURE, happened: ['opened-link', 'entered-number'], region: 'Almaty', contactConsent: false }) });
    assert.equal(report.status, 201);
    const campaign = await until('one campaign with the scan and the report', 20_000, async () => (await svc.repos.intel.campaigns.list({ limit: 5, minMembers: 2 })).items[0]);
    const members = await svc.repos.intel.campaigns.members(campaign.id);
    assert.deepEqual(members.map((m) => m.kind).sort(), ['report', 'scan']);
    assert.equal(members.find((m) => m.kind === 'scan')?.refId, scan.id);

    const auth = { authorization: `Bearer ${key}` };
    const rpz = await fetch(`${svc.url}/v1/export/rpz`, { headers: auth });
    const zone = await rpz.text();
    assert.equal(rpz.status, 200);
    assert.match(zone, new RegExp(`^${LOOKALIKE.replace(/\./g, '\\.')} CNAME \\.$`, 'm'));
    assert.doesNotMatch(zone, /example\.(org|com)/);
    const zoneFile = join(dataDir, 'export.rpz');
    writeFileSync(zoneFile, zone);
    const check = spawnSync('named-checkzone', ['-i', 'local', 'rpz.ghostguard.invalid', zoneFile], { encoding: 'utf8' });
    if (check.error && !process.env['CI']) t.diagnostic('named-checkzone not installed: zone syntax not checked');
    else assert.equal(check.status, 0, `${check.stdout}${check.stderr}`);

    const stix = await (await fetch(`${svc.url}/v1/export/stix`, { headers: auth })).json() as { objects: { type: string; value?: string }[] };
    assert.deepEqual(validateStixBundle(stix), []);
    assert.ok(stix.objects.some((o) => o.type === 'domain-name' && o.value === LOOKALIKE));
    const misp = await (await fetch(`${svc.url}/v1/export/misp`, { headers: auth })).text();
    assert.match(misp, new RegExp(LOOKALIKE.replace(/\./g, '\\.')));
    for (const body of [zone, JSON.stringify(stix), misp]) assert.doesNotMatch(body, /701 123 45 67|77011234567|Айгерим/, 'no victim data in exports');
    t.diagnostic(`end to end in ${Date.now() - started} ms`);
  } finally {
    await svc.close();
    await ct.close();
    await fx.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
