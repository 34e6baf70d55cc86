/**
 * Page phrases around the flow: lures (vote, contest, view a photo, Meta verification, QR,
 * Telegram gifts), and context that tells an article or a bot tool apart from a kit.
 * Same folded form as page-phrases.ts (lower case, no Latin accents, Kazakh folded).
 *
 * Sources:
 *  - THREAT.md variants B, D, E, G and "What the fake pages do".
 *  - Gen Digital on GhostPairing (Facebook photo viewer lure, Dec 2025): https://feedman.me/posts/2cTP4
 *  - Kazakhstan MIA / Prosecutor General warnings (vote for a child, kk/ru wording):
 *    https://rus.baq.kz/kazahstantsev-predupredili-o-tihom-zahvate-whatsapp-bez-vzloma-i-sledov_300030085/
 *  - BSI warning (de): https://qrtrust.de/de/blog/bsi-warnung-whatsapp-ghost-pairing
 *  - WhatsApp Web login copy ("Use WhatsApp on your computer", "scan the QR code"): https://web.whatsapp.com/
 */
import type { PhrasePattern } from './page-phrases.ts';

const THREAT = 'THREAT.md';
const GEN = 'https://feedman.me/posts/2cTP4';
const KZ_MIA = 'https://rus.baq.kz/kazahstantsev-predupredili-o-tihom-zahvate-whatsapp-bez-vzloma-i-sledov_300030085/';
const BSI = 'https://qrtrust.de/de/blog/bsi-warnung-whatsapp-ghost-pairing';
const WA_WEB = 'https://web.whatsapp.com/';
const APP = '(?:whatsapp|ватсап|вотсап|уатсап|telegram|телеграм)';

export const LURE_PHRASES: readonly PhrasePattern[] = [
  // verify-account
  { kind: 'verify-account', lang: 'en', pattern: `meta\\s+(?:verification|verified|security|support)|verify\\s+(?:your\\s+)?(?:account|identity|age|that\\s+you)|confirm\\s+(?:your\\s+)?(?:account|identity|age)|(?:account|page)\\s+(?:will\\s+be\\s+|has\\s+been\\s+)?(?:suspended|disabled|restricted|locked)|security\\s+check|(?:you\\s+are|you're)\\s+(?:human|not\\s+a\\s+robot)`, source: GEN },
  { kind: 'verify-account', lang: 'ru', pattern: `подтвердите\\s+(?:свой\\s+|ваш\\s+)?(?:аккаунт|личность|учетную|возраст|что\\s+вы)|верификаци|аккаунт\\s+(?:будет\\s+)?(?:заблокирован|ограничен|отключен)|проверка\\s+безопасности`, source: KZ_MIA },
  { kind: 'verify-account', lang: 'kk', pattern: `аккаунт\\S*\\s+растаныз|растау\\s+кажет|(?:жеке\\s+)?басыныз\\S*\\s+растаныз|тексеруден\\s+отиниз`, source: KZ_MIA },
  { kind: 'verify-account', lang: 'de', pattern: `bestatige\\s+(?:dein\\s+)?(?:konto|identitat|alter)|konto\\s+(?:wird\\s+)?gesperrt|sicherheitsprufung`, source: BSI },
  { kind: 'verify-account', lang: 'es', pattern: `verifica\\s+(?:tu\\s+)?(?:cuenta|identidad|edad)|cuenta\\s+(?:sera\\s+)?(?:suspendida|bloqueada)`, source: THREAT },
  { kind: 'verify-account', lang: 'it', pattern: `verifica\\s+(?:il\\s+tuo\\s+)?(?:account|identita|eta)|account\\s+(?:sara\\s+)?(?:sospeso|bloccato)`, source: THREAT },

  // view-content (the photo/video lure)
  { kind: 'view-content', lang: 'en', pattern: `(?:to\\s+)?(?:see|view|open|watch|unlock)\\s+(?:the\\s+|this\\s+|your\\s+)?(?:photos?|pictures?|videos?|album|post)`, source: GEN },
  { kind: 'view-content', lang: 'ru', pattern: `(?:посмотреть|просмотреть|открыть|увидеть)\\s+(?:это\\s+|ваше\\s+)?(?:фото|видео|альбом|пост|публикаци)`, source: KZ_MIA },
  { kind: 'view-content', lang: 'kk', pattern: `(?:фото\\S*|сурет\\S*|бейне\\S*)\\s+(?:кору|ашу)`, source: KZ_MIA },
  { kind: 'view-content', lang: 'de', pattern: `(?:foto|bild|video)\\s+(?:ansehen|anzeigen)`, source: BSI },

  // vote
  { kind: 'vote', lang: 'en', pattern: `(?:^|[^a-z])vot(?:e|es|ed|ing)(?:[^a-z]|$)`, source: THREAT },
  { kind: 'vote', lang: 'ru', pattern: `голосова|проголосу|голосуйте|(?:отдать|отдайте)\\s+(?:свой\\s+)?голос|голос\\S{0,3}\\s+(?:\\S+\\s+)?(?:засчита|учт[её]н|будет\\s+учт)`, source: KZ_MIA },
  // "дауыс" is also "voice": only with give / count / confirm / collect.
  { kind: 'vote', lang: 'kk', pattern: `дауыс\\S*\\s+(?:бер|есепте|растау|жина|санал)`, source: KZ_MIA },
  { kind: 'vote', lang: 'de', pattern: `abstimm|stimme\\s+ab(?:geben)?`, source: BSI },
  { kind: 'vote', lang: 'es', pattern: `(?:^|[^a-z])vot(?:a|ar|e|acion|os)(?:[^a-z]|$)`, source: THREAT },
  { kind: 'vote', lang: 'it', pattern: `(?:^|[^a-z])vot(?:a|are|azione|i)(?:[^a-z]|$)`, source: THREAT },
  { kind: 'vote', lang: 'cs', pattern: `hlasov|hlasujte`, source: THREAT },
  { kind: 'vote', lang: 'pl', pattern: `glosuj|glosowani|głosuj|głosowani`, source: THREAT },
  { kind: 'vote', lang: 'ro', pattern: `voteaza|votati`, source: THREAT },
  { kind: 'vote', lang: 'hi', pattern: `वोट`, source: THREAT },

  // contest
  { kind: 'contest', lang: 'en', pattern: `contest|competition|leaderboard|finalists?|contestants?|participants?|nominees?|sponsors?|talent\\s+show|scholarship`, source: THREAT },
  { kind: 'contest', lang: 'ru', pattern: `конкурс|участни[кц]|рейтинг|финалист|спонсор|номинант|стипенди`, source: KZ_MIA },
  { kind: 'contest', lang: 'kk', pattern: `байкау|катысушы|женимпаз|демеуши`, source: KZ_MIA },
  { kind: 'contest', lang: 'de', pattern: `wettbewerb|teilnehmer|rangliste`, source: BSI },
  { kind: 'contest', lang: 'es', pattern: `concurso|participantes|clasificacion`, source: THREAT },
  { kind: 'contest', lang: 'it', pattern: `concorso|partecipanti|classifica`, source: THREAT },

  // authorise-messenger
  { kind: 'authorise-messenger', lang: 'en', pattern: `(?:authori[sz]\\w*|authenticat\\w*|log\\s*in|sign\\s*in|verif\\w*|confirm\\w*|continue|vot\\w*)\\s+(?:quickly\\s+|now\\s+)?(?:with|via|through|using)\\s+(?:your\\s+)?${APP}`, source: THREAT },
  { kind: 'authorise-messenger', lang: 'ru', pattern: `(?:авториз\\S*|войд\\S*|вход\\S*|войти|подтвер\\S*|голос\\S*|проголос\\S*)\\s+(?:быстро\\s+)?(?:через|с\\s+помощью)\\s+${APP}`, source: KZ_MIA },
  { kind: 'authorise-messenger', lang: 'kk', pattern: `${APP}\\S*\\s+аркылы\\s+(?:кириниз|киру|авторизация\\S*|растаныз|дауыс)`, source: KZ_MIA },
  { kind: 'authorise-messenger', lang: 'de', pattern: `(?:mit|uber)\\s+${APP}\\s+(?:anmelden|bestatigen|verifizieren|abstimmen)`, source: BSI },
  { kind: 'authorise-messenger', lang: 'es', pattern: `(?:inicia\\s+sesion|verifica|autoriza|vota)\\s+(?:con|a\\s+traves\\s+de|por)\\s+${APP}`, source: THREAT },
  { kind: 'authorise-messenger', lang: 'it', pattern: `(?:accedi|verifica|autorizza|vota)\\s+(?:con|tramite)\\s+${APP}`, source: THREAT },

  // qr-scan: the verb before or after "QR code", a few words apart ("осы QR-кодты WhatsApp арқылы сканерлеңіз")
  { kind: 'qr-scan', lang: 'en', pattern: `scan\\s+(?:the\\s+|this\\s+|our\\s+|my\\s+)?(?:qr|code\\s+(?:below|above|with))|qr[\\s-]?code\\s+(?:\\S+\\s+){0,4}?(?:scan|with\\s+your\\s+(?:phone|camera))|point\\s+your\\s+(?:phone|camera)\\s+(?:at|to)\\s+(?:this|the)\\s+(?:screen|code)|use\\s+whatsapp\\s+on\\s+your\\s+computer`, source: WA_WEB },
  { kind: 'qr-scan', lang: 'ru', pattern: `(?:от)?сканируйте\\s+(?:этот\\s+|данный\\s+|наш\\s+)?(?:qr|код)|qr[\\s-]?код\\S*\\s+(?:\\S+\\s+){0,4}?(?:от)?сканир|наведите\\s+(?:телефон|камеру)`, source: WA_WEB },
  { kind: 'qr-scan', lang: 'kk', pattern: `qr[\\s-]?код\\S*\\s+(?:\\S+\\s+){0,4}?(?:сканерле|окыныз|оку)|(?:qr|код\\S*)\\s+сканерле`, source: WA_WEB },
  { kind: 'qr-scan', lang: 'de', pattern: `qr[\\s-]?code\\s+(?:\\S+\\s+){0,3}?scannen|scanne\\s+den\\s+(?:qr|code)`, source: WA_WEB },
  { kind: 'qr-scan', lang: 'es', pattern: `escanea\\s+(?:el\\s+|este\\s+)?(?:codigo\\s+)?qr`, source: WA_WEB },
  { kind: 'qr-scan', lang: 'it', pattern: `scansiona\\s+(?:il\\s+|questo\\s+)?(?:codice\\s+)?qr`, source: WA_WEB },
  // telegram-gift
  { kind: 'telegram-gift', lang: '*', pattern: `(?:telegram|телеграм)\\s+(?:premium|премиум)|premium\\s+(?:gift|for\\s+free|бесплатно)|(?:подарок|подарочн\\S*|gift)\\s+(?:${APP}\\s+)?(?:premium|премиум|stars|звезд)`, source: THREAT },

  // warning (articles, police advice)
  { kind: 'warning', lang: 'en', pattern: `scam|fraud|phishing|warning|beware|police|prosecutor|cyber\\s*crime|never\\s+share|do\\s+not\\s+share|don['’]t\\s+share|hijack|how\\s+to\\s+protect|stay\\s+safe`, source: THREAT },
  { kind: 'warning', lang: 'ru', pattern: `мошенни|фишинг|осторожн|предупрежда|полици|прокуратур|никому\\s+не\\s+(?:сообщайте|говорите)|взлом|киберпреступ|как\\s+защитить`, source: KZ_MIA },
  { kind: 'warning', lang: 'kk', pattern: `алаяк|абай\\s+болыныз|ескерт|полиция|прокуратура|ешкимге\\s+(?:айтпаныз|бермениз)`, source: KZ_MIA },
  { kind: 'warning', lang: 'de', pattern: `betrug|betruger|warnung|polizei|bsi`, source: BSI },
  { kind: 'warning', lang: 'es', pattern: `estafa|fraude|advertencia|policia`, source: THREAT },
  { kind: 'warning', lang: 'pt', pattern: `golpe|fraude|alerta`, source: THREAT },
  { kind: 'warning', lang: 'it', pattern: `truffa|frode|polizia`, source: THREAT },
  { kind: 'warning', lang: 'fr', pattern: `arnaque|escroquer|fraude`, source: THREAT },
  { kind: 'warning', lang: 'cs', pattern: `podvod|policie|varovani`, source: THREAT },
  { kind: 'warning', lang: 'pl', pattern: `oszust|policja|ostrzezenie`, source: THREAT },
  { kind: 'warning', lang: 'hi', pattern: `धोखाधड़ी|पुलिस|सावधान`, source: THREAT },

  // bot-tool (Baileys session / pair-code generators: THREAT.md last bullet)
  { kind: 'bot-tool', lang: '*', pattern: `baileys|session[\\s_-]?id|creds\\.json|whatsapp[\\s-]bot|(?:^|[^a-z])md[\\s-]bot|multi[\\s-]?device\\s+bot|bot\\s+(?:session|deploy)|deploy\\s+(?:your\\s+)?bot|pair(?:ing)?[\\s-]?code\\s+(?:generator|site|web)|get\\s+(?:your\\s+)?(?:pair(?:ing)?\\s+)?code`, source: THREAT },
];
