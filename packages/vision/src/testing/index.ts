/** Test support for vision and tipline tests and benches (not for production code). */
export { openRenderer, type Renderer } from './render.ts';
export { lureChatHtml, linkedDevicesHtml, linkedDevicesFixture, type FixtureLang, type FixtureDevice } from './fixture-pages.ts';
export { qrPhotoPng } from './qr-photo.ts';
