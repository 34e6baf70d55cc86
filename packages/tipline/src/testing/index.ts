/** Test and bench support: local fakes of the Telegram Bot API and the WhatsApp Graph API. */
export { startFakeTelegram, FAKE_BOT, type FakeTelegram, type ApiCall } from './fake-telegram.ts';
export { startFakeGraph, type FakeGraph, type SentMessage } from './fake-graph.ts';
export { startWhatsAppHarness, waEvent, type WhatsAppHarness } from '../whatsapp/harness.ts';
