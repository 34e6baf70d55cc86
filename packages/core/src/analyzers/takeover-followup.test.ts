import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';

const flagged = (t: string, senderKnown?: boolean) =>
  ['suspicious', 'dangerous'].includes(analyzeMessage(t, senderKnown === undefined ? {} : { senderKnown }).level);

test('urgent money requests and card transfers from hijacked accounts are suspicious', () => {
  for (const t of [
    'Срочно одолжи 20000, скинь на карту каспи, завтра верну', 'Urgent! can you lend me 200 till tomorrow? send to my card',
    'Шұғыл қарызға 10000 бере тұршы, каспиге салшы', 'Mum, this is my new number, my phone broke', 'мама это мой новый номер, телефон сломался',
    'скиньте номер карты и три цифры на обороте',
  ]) assert.ok(flagged(t), t);
  const v = analyzeMessage('Срочно одолжи 20000, скинь на карту');
  assert.equal(v.attack, 'takeover-followup');
  assert.ok(v.advice.includes('verify-sender-other-channel'));
});

test('a single ordinary money request is not flagged, but a known sender raises it', () => {
  assert.ok(!flagged('одолжи 5000 до пятницы'));
  assert.ok(!flagged('can you lend me your charger'));
  assert.ok(!flagged('Not tonight. This is my new number by the way.'));
  const base = analyzeMessage('одолжи 5000, срочно').score;
  const known = analyzeMessage('одолжи 5000, срочно', { senderKnown: true }).score;
  assert.ok(known > base, `${known} > ${base}`);
});

// Our own follow-up phrasings (not the eval corpus): a money request with pressure — urgency,
// "explain later", "can't talk", a blocked card, a hospital, secrecy — in en, ru, kk and more.
const FOLLOWUPS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "Hey, it's an emergency, I need 50,000 right now, please send to Kaspi, I'll explain later",
    'Hi, sorry to bother, my card is frozen, can you pay my bill for me? 30 000, I will return tonight',
    'Are you at work? I need to borrow some money quickly, will give back tomorrow',
    "Can you help me out with 20k? I'm short, it's urgent",
    "Please don't tell anyone, I need money, send it to this number",
    "Hey, can you pay this QR for me? My Kaspi isn't working",
    "I'm stuck abroad, my card got blocked, please wire 500 to this account, will return on Monday",
    'hi, are you around? I need a small loan, I will pay you back on friday',
  ],
  ru: [
    'Привет, можешь выручить деньгами? Очень срочно, вечером все верну',
    'Здравствуй, я в больнице, нужно срочно оплатить, переведи 100 000 на эту карту',
    'Привет, сможешь оплатить за меня по QR? У меня каспи не работает',
    'Слушай, дай в долг 30 тысяч, никому не говори, потом объясню',
    'Привет, кинь 25к на номер +7 000 000 00 00, очень нужно, завтра верну с процентами',
    'Привет, не отвлекаю? Нужна твоя помощь, сможешь перевести немного денег?',
    'Привет, переведи мне 5000 на каспи, срочно, потом объясню',
    'Privet, srochno nuzhny dengi, skin na kartu, potom ob\'yasnyu',
  ],
  kk: [
    'Сәлем, ақша керек болып тұр, 50 мың бере тұрасың ба? Шұғыл',
    'Бауырым, ауруханадамын, мына картаға 100 мың салып жіберші',
    'Сәлем, мына QR арқылы төлеп жібере аласың ба? Каспиім істемей тұр',
    'Сәлем, ешкімге айтпа, 30 000 керек, кешке қайтарамын',
    'Сәлем, қолың бос па? Бір көмек керек еді, 20 мың аударып жіберші',
    'Qaryzga 50 myn bere turshy, kazir kerek',
    'Сәлем, тез арада 10 000 каспиге аударшы, кейін айтамын',
  ],
  other: [
    'Hallo Papa, ich habe ein neues Handy und eine neue Nummer. Kannst du mir heute 800 Euro überweisen?',
    'Hola mamá, soy yo, este es mi número nuevo. Necesito que me hagas un bizum urgente',
    'Cześć mamo, piszę z nowego numeru. Potrzebuję pilnie 800 zł, oddam jutro',
    'Oi mãe, troquei de número. Preciso pagar um boleto urgente, pode me ajudar?',
    'Мамо, пишу з нового номера. Терміново потрібні гроші, скинь на картку',
    'Ona, bu yangi raqamim. Menga tezda pul kerak, kartaga tashlab bering',
  ],
};

for (const [lang, list] of Object.entries(FOLLOWUPS)) {
  test(`follow-up money requests with pressure are flagged (${lang})`, () => {
    for (const t of list) assert.ok(flagged(t), t);
  });
}

test('ordinary family money talk stays unflagged', () => {
  for (const t of [
    'Мам, скинь 5000 на проездной, с зарплаты в пятницу верну', 'Can you transfer your half of the rent by the 5th? Same account as usual',
    'Пәтерақының жартысын 5-іне дейін аударшы, баяғы картаға', 'I paid for your medicine, no need to send anything back',
    'Скинь 54000 мне на семестр заочки - заберу', 'Ребят, скиньте, пожалуйста, чат 09.03.04',
  ]) assert.ok(!flagged(t), t);
});

test('a short money request from a saved contact is suspicious; with urgency and a card it is dangerous', () => {
  assert.ok(!flagged('одолжи 5000 до пятницы'));
  assert.ok(flagged('одолжи 5000 до пятницы', true));
  assert.equal(analyzeMessage('Срочно скинь 20000 на эту карту', { senderKnown: true }).level, 'dangerous');
  assert.notEqual(analyzeMessage('Срочно скинь 20000 на эту карту').level, 'dangerous');
  // A long message is not the hijacked-account pattern.
  assert.ok(!flagged(`одолжи 5000 до пятницы. ${'Рассказываю новости про учёбу и дачу. '.repeat(10)}`, true));
});

test('warnings about the follow-up scam are not flagged, but secrecy in a request is no warning', () => {
  for (const t of [
    'Мошенники пишут от имени друзей и просят срочно перевести деньги на карту. Перезвоните человеку!',
    'Scammers ask friends to urgently send money to a card. Never transfer before you call them',
    'Алаяқтар достарыңыздың атынан ақша сұрайды, картаға аудармаңыз',
  ]) assert.ok(!flagged(t), t);
  assert.ok(flagged("Don't tell anyone, send 30 000 to this card, I'll explain"));
});

test('follow-up bad input: empty, huge, binary', () => {
  for (const t of ['', ' ', '\u0000\u0001\u0002'.repeat(100), 'одолжи '.repeat(20_000)]) {
    const v = analyzeMessage(t, { senderKnown: true });
    assert.ok(['safe', 'unknown', 'suspicious', 'dangerous'].includes(v.level));
  }
});

test('a generic greeting straight into a money request is suspicious; transliterated and mixed kk/ru too', () => {
  assert.ok(flagged('Привет, сможешь одолжить немного?'));
  assert.ok(!flagged('Сможешь одолжить немного до пятницы?'));
  for (const t of ['salem, 20 myn qaryzga bere turshy, shugyl kerek', "skin' 10k na kaspi po nomeru, potom ob'yasnyu", 'Сәлем, срочно керек, 20 мың скинь на каспи', 'Привет, выручи, 20 мың керек, каспиге скинь']) {
    assert.ok(flagged(t), t);
  }
});
