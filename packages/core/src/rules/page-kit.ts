/**
 * Kit behaviour tables: Socket.IO event names of pairing backends and the IP-geolocation
 * services kits call to prefill the country code.
 *
 * Sources:
 *  - Winnerclose kit (Feb 2026), THREAT.md: `/socket.io?type=number`, events init_number,
 *    start_number (number up), ready, code (pairing code down), exist, redirect, closed;
 *    `ipapi.co/json` for the dialling code. https://github.com/BlackM4ge/Winnerclose-AITM-Phishing
 *  - Public pair-code generators for Baileys bots name their events and endpoints after
 *    Baileys' `requestPairingCode` (WhiskeySockets/Baileys src/Socket/socket.ts).
 *  - Geolocation endpoints: the free no-key services documented on their own sites
 *    (ipapi.co, ip-api.com, ipinfo.io, ipwho.is, ipwhois.app, geolocation-db.com,
 *    api.country.is, get.geojs.io, freegeoip.app, api.ipgeolocation.io).
 */

/**
 * Event names that carry a phone number up or request a code: a verb and `number`/`phone`/`code`
 * (`init_number`, `start_number`, `send-phone`, `request_code`, `requestPairingCode`).
 * The bare word `number` is excluded: `typeof x === 'number'` is in every script.
 */
export const PAIRING_UP_EVENT = /^(?:init|start|send|submit|set|get|request|enter|post)[_-]?(?:number|phone|msisdn|code|pair\w*)$|^(?:number|phone)[_-]?(?:submit|send|request|init|start)$|^requestpairingcode$|^pair[_-]?request$/;

/** Exact event names that bring a pairing code down to the page. */
export const PAIRING_DOWN_EVENTS: readonly string[] = [
  'code', 'pair_code', 'paircode', 'pairing_code', 'pairingcode', 'pair-code', 'pairing-code', 'linking_code', 'show_code',
];

export const KIT_GEO_HOSTS: readonly string[] = [
  'ipapi.co', 'ip-api.com', 'ipinfo.io', 'ipwho.is', 'ipwhois.app', 'geolocation-db.com', 'api.country.is',
  'get.geojs.io', 'freegeoip.app', 'api.ipgeolocation.io', 'ipapi.com', 'extreme-ip-lookup.com', 'ipdata.co',
];
