/**
 * Page phrases of the pairing flow, per language, as data. Patterns are regular-expression
 * sources matched against page/fold.ts output: lower case, Latin accents stripped
 * (número → numero), Kazakh letters folded to Russian neighbours (құрылғылар → курылгылар).
 * They describe the *pattern* of the instruction (verb + object + app), not quoted strings.
 *
 * Sources:
 *  - THREAT.md (this repo): the flow and the WhatsApp UI terms per language.
 *  - WhatsApp Help Center, "How to link a device" / "Link with phone number instead":
 *    https://faq.whatsapp.com/1317564962315842 (UI names of Linked devices per locale).
 *  - Prosecutor General's Centre, Kazakhstan, 27 Dec 2025 (kk/ru wording of the steps):
 *    https://fbrk.kz/en-gb/articles/new-whatsapp-account-hijacking-scheme-uncovered-kazakhstan
 *  - Winnerclose kit analysis (phone form → code page copy): https://github.com/BlackM4ge/Winnerclose-AITM-Phishing
 */

export type PhraseKind =
  | 'phone-prompt' // asks for a phone number
  | 'code-in-app' // tells the visitor to type a code into WhatsApp/Telegram/the phone
  | 'linked-devices' // names the Linked devices screen or "link a device"
  | 'link-with-phone' // names "Link with phone number instead"
  | 'pairing-term' // "pairing code", "код привязки"
  | 'code-prompt' // asks for a code the visitor received (SMS, Telegram login)
  | 'verify-account' // "Meta verification", "confirm your account", "security check"
  | 'view-content' // "to view the photo/video"
  | 'vote' // vote / голосовать
  | 'contest' // contest, participants, leaderboard, sponsors
  | 'authorise-messenger' // "authorise with WhatsApp to vote"
  | 'qr-scan' // "scan the QR code"
  | 'telegram-gift' // Telegram Premium / stars gift
  | 'warning' // scam warnings, police, advice articles
  | 'bot-tool'; // WhatsApp bot session / pair-code generator vocabulary

export interface PhrasePattern {
  readonly kind: PhraseKind;
  /** ISO 639-1 of the pattern ('*' when language-neutral). */
  readonly lang: string;
  readonly pattern: string;
  readonly source: string;
}

const THREAT = 'THREAT.md';
const WA_HELP = 'https://faq.whatsapp.com/1317564962315842';
const KZ_PGO = 'https://fbrk.kz/en-gb/articles/new-whatsapp-account-hijacking-scheme-uncovered-kazakhstan';
const WINNERCLOSE = 'https://github.com/BlackM4ge/Winnerclose-AITM-Phishing';

const APP = '(?:whatsapp|ватсап|вотсап|уатсап|telegram|телеграм)';

export const FLOW_PHRASES: readonly PhrasePattern[] = [
  // phone-prompt
  { kind: 'phone-prompt', lang: 'en', pattern: `(?:enter|type|input|provide|confirm|verify|add)\\s+(?:your|the|a)?\\s*(?:whatsapp|mobile|cell|phone|telephone)\\s*(?:phone\\s*)?(?:number|no\\.)`, source: WINNERCLOSE },
  { kind: 'phone-prompt', lang: 'en', pattern: `(?:your|a)\\s+(?:whatsapp|mobile)\\s+number`, source: THREAT },
  { kind: 'phone-prompt', lang: 'ru', pattern: `(?:введите|укажите|впишите|подтвердите|напишите)\\s+(?:ваш\\s+|свои?\\s+)?(?:номер\\s*(?:телефона|${APP}|мобильного)?|телефон)`, source: KZ_PGO },
  { kind: 'phone-prompt', lang: 'kk', pattern: `(?:телефон\\s+)?номир\\S*\\s+(?:енгизиниз|жазыныз|корсетиниз|енгизу)`, source: KZ_PGO },
  { kind: 'phone-prompt', lang: 'de', pattern: `(?:telefon|handy|mobil)nummer\\s+(?:eingeben|ein|an)|gib\\s+deine\\s+(?:telefon|handy|mobil)nummer`, source: THREAT },
  { kind: 'phone-prompt', lang: 'es', pattern: `(?:introduce|ingresa|escribe|indica)\\s+(?:tu\\s+)?numero\\s+de\\s+(?:telefono|whatsapp|movil|celular)`, source: THREAT },
  { kind: 'phone-prompt', lang: 'pt', pattern: `(?:digite|insira|informe)\\s+(?:o\\s+)?(?:seu\\s+)?numero\\s+(?:de\\s+|do\\s+)?(?:telefone|celular|whatsapp)`, source: THREAT },
  { kind: 'phone-prompt', lang: 'it', pattern: `inserisci\\s+(?:il\\s+)?(?:tuo\\s+)?numero\\s+(?:di\\s+)?(?:telefono|cellulare|whatsapp)`, source: WINNERCLOSE },
  { kind: 'phone-prompt', lang: 'fr', pattern: `(?:entrez|saisissez|indiquez)\\s+votre\\s+numero\\s+(?:de\\s+)?(?:telephone|mobile|portable|whatsapp)`, source: THREAT },
  { kind: 'phone-prompt', lang: 'cs', pattern: `zadejte\\s+(?:sve\\s+)?telefonni\\s+cislo`, source: THREAT },
  { kind: 'phone-prompt', lang: 'pl', pattern: `(?:wpisz|podaj|wprowadz)\\s+(?:swoj\\s+)?numer\\s+telefonu`, source: THREAT },
  { kind: 'phone-prompt', lang: 'ro', pattern: `introduce(?:ti)?\\s+numarul\\s+(?:tau\\s+|dvs\\.?\\s+)?de\\s+telefon`, source: THREAT },
  { kind: 'phone-prompt', lang: 'hi', pattern: `(?:फ़ोन|फोन|मोबाइल|व्हाट्सएप)\\s+नंबर\\s+(?:दर्ज|डालें)`, source: THREAT },

  // code-in-app
  { kind: 'code-in-app', lang: 'en', pattern: `(?:enter|type|paste|input)\\s+(?:this|the|that|your)\\s+(?:\\d[\\s-]?(?:digit|character)\\s+)?(?:pairing\\s+|linking\\s+)?code\\s+(?:in|into|on)\\s+(?:your\\s+)?(?:${APP}|phone|app)`, source: WINNERCLOSE },
  { kind: 'code-in-app', lang: 'ru', pattern: `(?:введите|вставьте|наберите)\\s+(?:этот\\s+|данный\\s+|полученный\\s+|указанный\\s+)?код\\s+(?:в|на)\\s+(?:${APP}|приложени|телефон)`, source: KZ_PGO },
  { kind: 'code-in-app', lang: 'kk', pattern: `(?:бул\\s+)?кодты\\s+(?:${APP}\\S*|косымша\\S*|телефон\\S*)\\s+(?:енгизиниз|теритиз|жазыныз)`, source: KZ_PGO },
  { kind: 'code-in-app', lang: 'de', pattern: `gib\\s+(?:diesen|den)\\s+code\\s+in\\s+${APP}|code\\s+in\\s+${APP}\\s+eingeben`, source: THREAT },
  { kind: 'code-in-app', lang: 'es', pattern: `(?:introduce|ingresa|escribe)\\s+(?:este|el)\\s+codigo\\s+en\\s+${APP}`, source: THREAT },
  { kind: 'code-in-app', lang: 'pt', pattern: `(?:digite|insira)\\s+(?:este|o)\\s+codigo\\s+no\\s+${APP}`, source: THREAT },
  { kind: 'code-in-app', lang: 'it', pattern: `inserisci\\s+(?:questo|il)\\s+codice\\s+(?:su|in|nel)\\s+${APP}`, source: WINNERCLOSE },
  { kind: 'code-in-app', lang: 'fr', pattern: `(?:entrez|saisissez)\\s+(?:ce|le)\\s+code\\s+dans\\s+${APP}`, source: THREAT },

  // linked-devices (the UI name; WhatsApp Help Center per locale)
  { kind: 'linked-devices', lang: 'en', pattern: `linked\\s+devices?|link\\s+(?:a\\s+)?(?:new\\s+)?device`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'ru', pattern: `связанные\\s+устройства|(?:привязать|связать|подключить)\\s+(?:новое\\s+)?устройство`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'kk', pattern: `байланыстырылган\\s+курылгылар|курылгыны\\s+байланыстыру`, source: KZ_PGO },
  { kind: 'linked-devices', lang: 'de', pattern: `verknupfte\\s+gerate|gerat\\s+(?:hinzufugen|verknupfen)`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'es', pattern: `dispositivos\\s+vinculados|vincular\\s+(?:un\\s+)?dispositivo`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'pt', pattern: `(?:aparelhos|dispositivos)\\s+conectados|conectar\\s+(?:um\\s+)?(?:aparelho|dispositivo)`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'it', pattern: `dispositivi\\s+collegati|collega\\s+(?:un\\s+)?dispositivo`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'fr', pattern: `appareils\\s+(?:connectes|lies)|connecter\\s+un\\s+appareil`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'cs', pattern: `propojena\\s+zarizeni|propojit\\s+zarizeni`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'pl', pattern: `polaczone\\s+urzadzenia|polacz\\s+urzadzenie`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'ro', pattern: `dispozitive\\s+(?:asociate|conectate)|asociaza\\s+(?:un\\s+)?dispozitiv`, source: WA_HELP },
  { kind: 'linked-devices', lang: 'hi', pattern: `लिंक\\s+(?:किए\\s+गए\\s+)?डिवाइस`, source: WA_HELP },

  // link-with-phone
  { kind: 'link-with-phone', lang: 'en', pattern: `link\\s+with\\s+(?:a\\s+|your\\s+)?phone\\s+number`, source: WA_HELP },
  { kind: 'link-with-phone', lang: 'ru', pattern: `(?:связать|привязать|войти|подключить)\\s+(?:по|с\\s+помощью|через|с)\\s+номер\\S*\\s+телефона|вход\\s+по\\s+номеру\\s+телефона`, source: WA_HELP },
  { kind: 'link-with-phone', lang: 'kk', pattern: `телефон\\s+номир(?:и|имен)\\s+(?:аркылы\\s+)?байланыстыр`, source: KZ_PGO },
  { kind: 'link-with-phone', lang: 'de', pattern: `mit\\s+(?:der\\s+)?telefonnummer\\s+verknupfen`, source: WA_HELP },
  { kind: 'link-with-phone', lang: 'es', pattern: `vincular\\s+con\\s+(?:el\\s+)?numero\\s+de\\s+telefono`, source: WA_HELP },
  { kind: 'link-with-phone', lang: 'pt', pattern: `conectar\\s+com\\s+(?:o\\s+)?numero\\s+de\\s+telefone`, source: WA_HELP },
  { kind: 'link-with-phone', lang: 'it', pattern: `collega\\s+con\\s+(?:il\\s+)?numero\\s+di\\s+telefono`, source: WA_HELP },
  { kind: 'link-with-phone', lang: 'fr', pattern: `(?:connecter|associer|lier)\\s+avec\\s+(?:le\\s+)?numero\\s+de\\s+telephone`, source: WA_HELP },

  // pairing-term
  { kind: 'pairing-term', lang: 'en', pattern: `pair(?:ing)?[\\s-]?code|linking\\s+code`, source: THREAT },
  { kind: 'pairing-term', lang: 'ru', pattern: `код\\s+(?:сопряжения|привязки|связывания|подключения|для\\s+привязки)`, source: KZ_PGO },
  { kind: 'pairing-term', lang: 'kk', pattern: `байланыстыру\\s+коды`, source: KZ_PGO },
  { kind: 'pairing-term', lang: 'de', pattern: `kopplungscode|verknupfungscode`, source: THREAT },
  { kind: 'pairing-term', lang: 'es', pattern: `codigo\\s+de\\s+(?:vinculacion|emparejamiento)`, source: THREAT },
  { kind: 'pairing-term', lang: 'pt', pattern: `codigo\\s+de\\s+(?:pareamento|conexao|vinculacao)`, source: THREAT },
  { kind: 'pairing-term', lang: 'it', pattern: `codice\\s+di\\s+(?:associazione|collegamento|abbinamento)`, source: THREAT },
  { kind: 'pairing-term', lang: 'fr', pattern: `code\\s+d['’]association|code\\s+de\\s+liaison`, source: THREAT },
  { kind: 'pairing-term', lang: 'cs', pattern: `kod\\s+(?:pro\\s+)?(?:propojeni|sparovani)`, source: THREAT },
  { kind: 'pairing-term', lang: 'pl', pattern: `kod\\s+(?:parowania|powiazania)`, source: THREAT },
  { kind: 'pairing-term', lang: 'ro', pattern: `cod(?:ul)?\\s+de\\s+asociere`, source: THREAT },

  // code-prompt (a code the visitor received: "we sent a 6-digit code", "enter the code from the SMS")
  { kind: 'code-prompt', lang: 'en', pattern: `enter\\s+(?:the\\s+)?(?:\\d[\\s-]?digit\\s+)?(?:verification\\s+|confirmation\\s+|sms\\s+|login\\s+|one[\\s-]time\\s+)?code\\s+(?:we\\s+sent|sent\\s+to|from\\s+(?:the\\s+)?(?:sms|text|${APP})|you\\s+(?:received|got))|we(?:['’]ve|\\s+have|\\s+just)?\\s+sent\\s+(?:you\\s+)?(?:a|an|the)\\s+(?:[4-6][\\s-]?digit\\s+)?(?:verification\\s+|confirmation\\s+|sms\\s+|security\\s+|login\\s+)?code|code\\s+(?:has\\s+been|was)\\s+sent\\s+(?:to|by|via)|enter\\s+the\\s+[4-6][\\s-]?digit\\s+code`, source: THREAT },
  { kind: 'code-prompt', lang: 'ru', pattern: `введите\\s+(?:\\d[\\s-]?значный\\s+)?код\\s+(?:из\\s+(?:смс|sms|сообщения|${APP})|подтверждения|который\\s+(?:пришел|мы\\s+отправили))|код\\s+(?:был\\s+)?(?:отправлен|выслан)|(?:мы\\s+)?(?:отправили|выслали)\\s+(?:вам\\s+)?(?:\\S+\\s+){0,2}код|введите\\s+[4-6][\\s-]?значный\\s+код`, source: KZ_PGO },
  { kind: 'code-prompt', lang: 'kk', pattern: `(?:sms|смс)[\\s-]?кодты\\s+енгизиниз|растау\\s+кодын\\s+енгизиниз|код\\S*\\s+жиберилди|[4-6][\\s-]?танбалы\\s+код|(?:sms|смс)\\s+аркылы\\s+(?:\\S+\\s+){0,3}код`, source: KZ_PGO },
  { kind: 'code-prompt', lang: 'de', pattern: `(?:bestatigungscode|sms-code|code\\s+aus\\s+der\\s+sms)\\s+eingeben`, source: THREAT },
  { kind: 'code-prompt', lang: 'es', pattern: `(?:introduce|ingresa)\\s+el\\s+codigo\\s+(?:de\\s+verificacion|que\\s+recibiste|del\\s+sms)`, source: THREAT },
];
