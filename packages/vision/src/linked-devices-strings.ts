/**
 * WhatsApp's Linked devices screen, per language, as data. The titles are WhatsApp's own UI
 * words quoted in THREAT.md and the Kazakhstan Prosecutor General's warning (27 Dec 2025);
 * the status lines are written as patterns because WhatsApp's wording differs between app
 * versions and platforms ("Active now" / "Last active today at 14:05"; ru «Активно сейчас» /
 * «Был(а) активен вчера в 09:12» / «Последняя активность: …»; kk «Қазір белсенді» /
 * «Соңғы белсенділік: бүгін 10:47»). Adding a language is adding a record here.
 */
export type LinkedDevicesLang = 'en' | 'ru' | 'kk';

export interface LinkedDevicesStrings {
  /** Screen titles and fixed rows; seeing one marks the text as a Linked devices screen. */
  readonly screenMarkers: readonly RegExp[];
  /** Fixed lines that are never a device name (buttons, section headers, footers). */
  readonly uiLines: readonly RegExp[];
  readonly activeNow: RegExp;
  /** Group 1 = when (e.g. "today at 14:05"). */
  readonly lastActive: RegExp;
  readonly today: RegExp;
  readonly yesterday: RegExp;
}

export const LINKED_DEVICES_STRINGS: Readonly<Record<LinkedDevicesLang, LinkedDevicesStrings>> = {
  en: {
    screenMarkers: [/\blinked devices\b/i, /\blink a device\b/i, /\bdevice status\b/i],
    uiLines: [/^linked devices$/i, /^link a device$/i, /^device status$/i, /tap a device/i, /end-to-end encrypted/i, /use whatsapp on/i, /^learn more$/i],
    activeNow: /\bactive\s+now\b/i,
    lastActive: /\blast\s+active\s*:?\s*(.+)$/i,
    today: /\btoday\b/i,
    yesterday: /\byesterday\b/i,
  },
  ru: {
    screenMarkers: [/связанные\s+устройства/i, /привязка\s+устройства/i, /привязать\s+устройство/i, /статус\s+устройства/i],
    uiLines: [/^связанные устройства$/i, /^привяз(ка|ать) устройств[оа]$/i, /^статус устройства$/i, /нажмите на устройство/i, /сквозным шифрованием/i, /используйте whatsapp/i, /^подробнее$/i],
    activeNow: /актив\S*\s+сейчас|сейчас\s+актив/i,
    lastActive: /(?:был\S*\s+(?:актив\S*|в\s+сети)|последн\S+\s+активност\S*|активност\S*)\s*:?\s*(.+)$/i,
    today: /сегодня/i,
    yesterday: /вчера/i,
  },
  kk: {
    screenMarkers: [/байланыстырылған\s+құрылғылар/i, /құрылғыны\s+байланыстыру/i, /құрылғы\s+күйі/i],
    uiLines: [/^байланыстырылған құрылғылар$/i, /^құрылғыны байланыстыру$/i, /^құрылғы күйі$/i, /шығу үшін/i, /шифрлан/i, /^толығырақ$/i],
    activeNow: /қазір\s+белсенді|белсенді\s+қазір/i,
    lastActive: /(?:соңғы\s+(?:рет\s+)?белсенді\S*|белсенді\s+болған)\s*:?\s*(.+)$/i,
    today: /бүгін/i,
    yesterday: /кеше/i,
  },
};

/**
 * Device names that deserve a question even from someone who uses WhatsApp Web. Attack tools
 * run headless browsers on Linux servers: Baileys announces itself as Ubuntu/Chrome by default
 * (`Browsers.ubuntu`), whatsmeow as its OS name. A person's own laptop is seldom Linux.
 */
export const SERVER_LIKE_DEVICE = /\b(linux|ubuntu|debian|centos|fedora|whatsmeow|baileys|headless|server)\b/i;
/** Desktop browsers and apps: "unknown" when the person says they never use WhatsApp Web. */
export const DESKTOP_DEVICE = /\b(chrome|google chrome|firefox|safari|edge|opera|yandex|windows|mac ?os|macos|linux|ubuntu|web|desktop|browser)\b/i;

/** What the bot asks and says, per language. */
export const LINKED_DEVICES_TEXTS: Readonly<Record<LinkedDevicesLang, {
  readonly found: string;
  readonly none: string;
  readonly question: string;
  readonly flagged: string;
  readonly activeNow: string;
}>> = {
  en: {
    found: 'I can see these linked devices:',
    none: 'I could not read any device from this screenshot. Open WhatsApp → Settings → Linked devices and send the screenshot again.',
    question: 'Which of these do you recognise? Log out every device you do not.',
    flagged: 'looks unfamiliar',
    activeNow: 'active now',
  },
  ru: {
    found: 'На снимке видны такие связанные устройства:',
    none: 'Не удалось прочитать устройства на снимке. Откройте WhatsApp → Настройки → Связанные устройства и пришлите снимок ещё раз.',
    question: 'Какие из них вы узнаёте? Выйдите из всех устройств, которые вам незнакомы.',
    flagged: 'похоже на чужое',
    activeNow: 'активно сейчас',
  },
  kk: {
    found: 'Суретте мына байланыстырылған құрылғылар көрінеді:',
    none: 'Суреттен құрылғыларды оқи алмадым. WhatsApp → Параметрлер → Байланыстырылған құрылғылар бөлімін ашып, суретті қайта жіберіңіз.',
    question: 'Бұлардың қайсысын танисыз? Танымайтын құрылғылардың бәрінен шығыңыз.',
    flagged: 'бөтен сияқты',
    activeNow: 'қазір белсенді',
  },
};
