import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tiplineConfigFromEnv, userKeyOf } from './config.ts';

const WA = { WHATSAPP_APP_SECRET: 'app-secret-value', WHATSAPP_VERIFY_TOKEN: 'verify-token-value', WHATSAPP_ACCESS_TOKEN: 'EAAG-access-token-value', WHATSAPP_PHONE_NUMBER_ID: '106540352242922' };
const TG = { TELEGRAM_BOT_TOKEN: '123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs', TELEGRAM_WEBHOOK_SECRET: 'webhook_secret_0123456789' };

test('all channels off with an empty environment, each says why', () => {
  const c = tiplineConfigFromEnv({});
  assert.equal(c.whatsapp.on, false);
  assert.equal(c.telegram.on, false);
  assert.deepEqual(c.describe(), ['tipline whatsapp: off (WHATSAPP_* not set)', 'tipline telegram webhook: off (TELEGRAM_BOT_TOKEN not set)']);
});

test('channels on with their settings; defaults for URLs; secrets never described', () => {
  const c = tiplineConfigFromEnv({ ...WA, ...TG, TELEGRAM_API_URL: 'http://127.0.0.1:8081/' });
  assert.ok(c.whatsapp.on && c.whatsapp.config.graphUrl === 'https://graph.facebook.com');
  assert.ok(c.telegram.on && c.telegram.config.apiUrl === 'http://127.0.0.1:8081');
  assert.ok(c.telegramWebhook.on);
  const text = c.describe().join('\n');
  for (const secret of [...Object.values(WA).slice(0, 3), ...Object.values(TG)]) assert.ok(!text.includes(secret), 'secret leaked');
  assert.match(text, /whatsapp: on/);
});

test('partial or malformed settings keep a channel off with the reason', () => {
  const partial = tiplineConfigFromEnv({ WHATSAPP_APP_SECRET: 'x' });
  assert.ok(!partial.whatsapp.on && /missing WHATSAPP_VERIFY_TOKEN/.test(partial.whatsapp.reason));
  assert.ok(!tiplineConfigFromEnv({ ...WA, WHATSAPP_PHONE_NUMBER_ID: '+7 701' }).whatsapp.on);
  assert.ok(!tiplineConfigFromEnv({ ...WA, WHATSAPP_GRAPH_URL: 'file:///etc/passwd' }).whatsapp.on);
  assert.ok(!tiplineConfigFromEnv({ TELEGRAM_BOT_TOKEN: 'not a token' }).telegram.on);
  const noSecret = tiplineConfigFromEnv({ TELEGRAM_BOT_TOKEN: TG.TELEGRAM_BOT_TOKEN });
  assert.ok(noSecret.telegram.on && !noSecret.telegramWebhook.on);
  assert.ok(!tiplineConfigFromEnv({ ...TG, TELEGRAM_WEBHOOK_SECRET: 'short' }).telegram.on);
});

test('user keys are stable, keyed and not the id', () => {
  const a = userKeyOf('s1', 'whatsapp', '77010000000');
  assert.equal(a, userKeyOf('s1', 'whatsapp', '77010000000'));
  assert.notEqual(a, userKeyOf('s2', 'whatsapp', '77010000000'));
  assert.ok(!a.includes('7701'));
});
