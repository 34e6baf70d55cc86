/**
 * What the sandbox looks like to a page. Kits cloak: they show the lure to phones and a blank
 * or harmless page to desktops and datacentre crawlers, so the default visit is an Android
 * phone in Kazakhstan, the people GhostGuard is first built for.
 *
 * The Chrome major version in the user agent follows the real engine (`browser.version()`),
 * because a UA that disagrees with the JavaScript engine's features is itself a bot signal.
 * UA strings follow Chrome's reduced UA format (https://www.chromium.org/updates/ua-reduction/):
 * Android model "K", Android version "10", minor versions zeroed.
 */
import type { BrowserContextOptions } from 'playwright-core';

export type DeviceName = 'android' | 'whatsapp-inapp' | 'desktop';

export interface DeviceProfile {
  readonly context: BrowserContextOptions;
  /** For Emulation.setUserAgentOverride: navigator.userAgentData must agree with the UA. */
  readonly platform: string;
  readonly mobile: boolean;
}

function majorOf(version: string): string {
  return /^(\d+)/.exec(version)?.[1] ?? '140';
}

/**
 * A link tapped in WhatsApp on Android opens in an Android System WebView ("; wv",
 * "Version/4.0"). WhatsApp's own suffix is an assumption modelled on the token its link-preview
 * fetcher sends ("WhatsApp/2.x A"); pages that cloak on it look for "WhatsApp" anywhere.
 */
export function userAgentFor(device: DeviceName, browserVersion: string): string {
  const major = majorOf(browserVersion);
  switch (device) {
    case 'desktop':
      return `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Safari/537.36`;
    case 'whatsapp-inapp':
      return `Mozilla/5.0 (Linux; Android 10; K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${major}.0.0.0 Mobile Safari/537.36 WhatsApp/2.25.21.80 A`;
    case 'android':
      return `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${major}.0.0.0 Mobile Safari/537.36`;
  }
}

export function deviceProfile(device: DeviceName, browserVersion: string): DeviceProfile {
  const userAgent = userAgentFor(device, browserVersion);
  if (device === 'desktop') {
    return {
      context: { userAgent, viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
      platform: 'Windows',
      mobile: false,
    };
  }
  // 412×915 CSS px at DPR 2.625 is the most common Android class in 2025 (Pixel/Galaxy A).
  return {
    context: { userAgent, viewport: { width: 412, height: 915 }, screen: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
    platform: 'Android',
    mobile: true,
  };
}

/** Client hints matching the UA (Emulation.setUserAgentOverride userAgentMetadata). */
export function userAgentMetadata(profile: DeviceProfile, browserVersion: string): Record<string, unknown> {
  const major = majorOf(browserVersion);
  const brands = [
    { brand: 'Chromium', version: major },
    { brand: 'Google Chrome', version: major },
    { brand: 'Not.A/Brand', version: '99' },
  ];
  return {
    brands,
    fullVersionList: brands.map((b) => ({ brand: b.brand, version: b.version === '99' ? '99.0.0.0' : `${major}.0.0.0` })),
    platform: profile.platform,
    platformVersion: profile.mobile ? '10.0.0' : '10.0.0',
    architecture: profile.mobile ? '' : 'x86',
    model: profile.mobile ? 'K' : '',
    mobile: profile.mobile,
  };
}
