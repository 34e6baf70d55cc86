/**
 * Kit behaviour: what the page's code does (inline scripts statically, plus the sandbox's
 * requests, WebSockets and redirects). One trigger scan over the script text finds candidate
 * spots; precise checks look only at a window around each, so a 400 KB bundle costs one pass.
 * Patterns come from THREAT.md (Winnerclose kit: Socket.IO events init_number / start_number /
 * code / ready, ipapi.co prefill, CPU burning) and from common kit tooling (Telegram bot
 * exfiltration, javascript-obfuscator `_0x` names, Dean Edwards' packer `eval(function(p,a,c,k,e,d)`).
 */
import { hostingOf } from '../rules/hosting.ts';
import { KIT_GEO_HOSTS, PAIRING_DOWN_EVENTS, PAIRING_UP_EVENT } from '../rules/page-kit.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import { createUrlSubject } from '../subjects/url-subject.ts';
import type { Evidence } from '../types.ts';

export interface KitSignals {
  /** Socket events sending a number up and a code down (names). */
  readonly pairingEvents: { readonly up: readonly string[]; readonly down: readonly string[] };
  readonly usesSocket: boolean;
  /** Pairing event names were seen in `.emit(` / `.on(` calls (a socket API by its shape, whatever the transport is called). */
  readonly eventCalls: boolean;
  readonly geoIp: readonly string[];
  readonly telegramBot: boolean;
  readonly obfuscation: readonly string[];
  readonly antiAnalysis: readonly string[];
  readonly shortenerHops: readonly string[];
  readonly crossOriginForms: readonly string[];
  readonly evidence: Readonly<Record<string, readonly Evidence[]>>;
}

const TRIGGER = /socket\.io|new\s+WebSocket|\.emit\(|\.on\(\s*['"`]|api\.telegram\.org|eval\(|_0x[0-9a-f]{4}|debugger|devtools|contextmenu|outer(?:Width|Height)|new\s+Worker|keyCode|ip(?:api|-api|info|who|geolocation|wh)|geolocation-db|freegeoip|country\.is|geojs/g;
const EVENT_CALL = /\.(?:emit|on|once)\(\s*['"`]([\w:-]{1,40})['"`]/g;
const GEO_HOSTS = new RegExp(KIT_GEO_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|'), 'g');
const TELEGRAM_BOT = /api\.telegram\.org\/bot[^\s'"`/]{0,80}\/?(?:send\w+)?/;
const PACKER = /eval\(\s*(?:function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e|atob\(|unescape\(|decodeURIComponent\(\s*escape|String\.fromCharCode)/;
const LONG_STRING = /["'`][A-Za-z0-9+/=\\]{3000,}/;

interface Acc {
  up: Set<string>;
  down: Set<string>;
  socket: boolean;
  geo: Set<string>;
  telegram: boolean;
  obf: Set<string>;
  anti: Set<string>;
  obfNames: number;
  calls: boolean;
}

/** Records a pairing event name; true when it was one. */
function classifyEvent(name: string, acc: Acc): boolean {
  const n = name.toLowerCase();
  let hit = false;
  if (PAIRING_UP_EVENT.test(n)) { acc.up.add(n); hit = true; }
  if (PAIRING_DOWN_EVENTS.includes(n)) { acc.down.add(n); hit = true; }
  return hit;
}

function window(text: string, at: number): string {
  return text.slice(Math.max(0, at - 200), at + 300);
}

function scanTrigger(hit: string, around: string, acc: Acc): void {
  if (hit.startsWith('socket.io') || (hit.startsWith('new') && hit.includes('WebSocket'))) acc.socket = true;
  else if (hit.startsWith('.emit(') || hit.startsWith('.on(')) {
    EVENT_CALL.lastIndex = 0;
    for (let m = EVENT_CALL.exec(around); m !== null; m = EVENT_CALL.exec(around)) {
      if (classifyEvent(m[1] ?? '', acc)) acc.calls = true;
    }
  } else if (hit === 'api.telegram.org') acc.telegram = TELEGRAM_BOT.test(around) || acc.telegram;
  else if (hit === 'eval(' && PACKER.test(around)) acc.obf.add('eval-decoder');
  else if (hit.startsWith('_0x')) acc.obfNames++;
  else if (hit === 'debugger' && /setInterval|setTimeout|while\s*\(|for\s*\(\s*;;|Function\(/.test(around)) acc.anti.add('debugger-loop');
  else if (hit === 'devtools' || hit.startsWith('outer')) {
    if (/outer(?:Width|Height)\s*-\s*(?:window\.)?inner(?:Width|Height)|devtools\s*(?:\.|=|is)?\s*(?:open|detect)/i.test(around)) acc.anti.add('devtools-detection');
  } else if (hit === 'contextmenu' && /preventDefault|return\s+false/.test(around)) acc.anti.add('right-click-blocked');
  else if (hit === 'keyCode' && /123|73|85/.test(around) && /preventDefault|return\s+false/.test(around)) acc.anti.add('devtools-keys-blocked');
  else if (hit.startsWith('new') && hit.includes('Worker') && /while\s*\(\s*(?:true|1|!0)\s*\)|for\s*\(\s*;;\s*\)/.test(around)) acc.anti.add('cpu-burning-worker');
  else {
    GEO_HOSTS.lastIndex = 0;
    for (let m = GEO_HOSTS.exec(around); m !== null; m = GEO_HOSTS.exec(around)) acc.geo.add(m[0]);
  }
}

function scanCode(text: string, acc: Acc): void {
  TRIGGER.lastIndex = 0;
  let hits = 0;
  for (let m = TRIGGER.exec(text); m !== null && hits < 400; m = TRIGGER.exec(text)) {
    hits++;
    scanTrigger(m[0], window(text, m.index), acc);
  }
  if (text.length > 3000 && LONG_STRING.test(text)) acc.obf.add('long-encoded-string');
}

function scanScripts(s: PageSubject, acc: Acc): void {
  // Decoded literals (`atob('L3NvY2tldC5pbz90eXBlPW51bWJlcg==')` is `/socket.io?type=number`) are code too.
  if (s.decodedText !== '') scanCode(s.decodedText, acc);
  for (const script of s.scripts) {
    if (script.src) {
      GEO_HOSTS.lastIndex = 0;
      const m = GEO_HOSTS.exec(script.src);
      if (m) acc.geo.add(m[0]);
      if (/socket\.io/.test(script.src)) acc.socket = true;
    }
    if (script.text !== '') scanCode(script.text, acc);
  }
  // Kits that speak the Socket.IO protocol by hand (`ws.send('42' + JSON.stringify([ev, data]))`,
  // `msg[0] === 'code'`) name their events as plain string literals: read those too.
  if (acc.socket) for (const script of s.scripts) eventLiterals(script.text, acc);
  for (const h of s.handlers) if (/^oncontextmenu=.*return\s+false/i.test(h)) acc.anti.add('right-click-blocked');
  // javascript-obfuscator renames every identifier to _0xNNNN: dozens of them in one page.
  if (acc.obfNames >= 30) acc.obf.add('obfuscated-names');
}

const LITERAL = /['"]([a-z][a-z_-]{1,30})['"]/gi;

function eventLiterals(text: string, acc: Acc): void {
  const code = text.length > 200_000 ? text.slice(0, 200_000) : text;
  LITERAL.lastIndex = 0;
  let n = 0;
  for (let m = LITERAL.exec(code); m !== null && n < 2000; m = LITERAL.exec(code), n++) void classifyEvent(m[1] ?? '', acc);
}

function scanEvidence(s: PageSubject, acc: Acc): void {
  for (const ws of s.websockets) {
    acc.socket = true;
    for (const e of ws.socketIoEvents) void classifyEvent(e, acc);
    for (const f of ws.frames.slice(0, 50)) {
      const m = /^\d*\[\s*"([\w:-]{1,40})"/.exec(f.data);
      if (m?.[1]) void classifyEvent(m[1], acc);
    }
  }
  for (const r of s.requests) {
    GEO_HOSTS.lastIndex = 0;
    const m = GEO_HOSTS.exec(r.url);
    if (m) acc.geo.add(m[0]);
    if (TELEGRAM_BOT.test(r.url)) acc.telegram = true;
    if (r.resourceType === 'websocket' || /socket\.io/.test(r.url)) acc.socket = true;
  }
  for (const f of s.forms) if (TELEGRAM_BOT.test(f.action)) acc.telegram = true;
}

function shortenerHops(s: PageSubject): string[] {
  const hops: string[] = [];
  for (const hop of [s.requestedUrl, ...s.redirects.map((r) => r.url)]) {
    const host = createUrlSubject(hop).hostname;
    if (host && hostingOf(host)?.kind === 'shortener' && !hops.includes(host)) hops.push(host);
  }
  return hops;
}

function crossOriginForms(s: PageSubject): string[] {
  const own = s.url.domain;
  const out: string[] = [];
  for (const f of s.forms.slice(0, 20)) {
    if (!/^https?:\/\//i.test(f.action)) continue;
    const target = createUrlSubject(f.action);
    if (target.ok && target.domain !== '' && own !== '' && target.domain !== own) out.push(target.hostname);
  }
  return out;
}

export function kitSignals(s: PageSubject): KitSignals {
  const acc: Acc = { up: new Set(), down: new Set(), socket: false, geo: new Set(), telegram: false, obf: new Set(), anti: new Set(), obfNames: 0, calls: false };
  scanScripts(s, acc);
  scanEvidence(s, acc);
  const hops = shortenerHops(s);
  const cross = crossOriginForms(s);
  const ev = (field: string, values: Iterable<string>): Evidence[] => [...values].slice(0, 4).map((value) => ({ field, value }));
  return {
    pairingEvents: { up: [...acc.up], down: [...acc.down] },
    usesSocket: acc.socket,
    eventCalls: acc.calls,
    geoIp: [...acc.geo],
    telegramBot: acc.telegram,
    obfuscation: [...acc.obf],
    antiAnalysis: [...acc.anti],
    shortenerHops: hops,
    crossOriginForms: cross,
    evidence: {
      socket: ev('page.script', [...acc.up, ...acc.down].map((e) => `event ${e}`)),
      geo: ev('page.script', acc.geo),
      telegram: ev('page.script', acc.telegram ? ['api.telegram.org/bot…'] : []),
      obfuscation: ev('page.script', acc.obf),
      anti: ev('page.script', acc.anti),
      hops: ev('page.redirects', hops),
      forms: ev('page.form', cross),
    },
  };
}
