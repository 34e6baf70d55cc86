import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';

const REQUESTS = [
  'Sorry, I sent a 6-digit code to your number by mistake, can you forward it to me?', 'hi, you got a code from me accidentally, pls send it back',
  'Tell me the code that came to you', 'Please share the verification code you received', 'this is the courier, please dictate the code from the SMS',
  'Ой, я тебе случайно код отправила, скинь его мне пожалуйста', 'Вам пришёл код, продиктуйте его', 'Назовите код из СМС', 'скажи какой код пришел',
  'Здравствуйте, это служба доставки, сообщите код из смс', 'ya tebe kod sluchayno otpravil, skin ego', 'кoд пришел? скинь мне его',
  'Қателесіп саған код жіберіп қойдым, қайтарып жіберші', 'Телефоныңызға келген кодты айтыңыз', 'кодты айтшы тез', 'sizge kod keldi, aityp jiberinizshi',
  'Ti ho mandato un codice per errore, me lo rimandi?', 'Te envié un código por error, ¿me lo puedes reenviar?', 'Hast du versehentlich meinen Code bekommen? Schick ihn mir',
];

test('any request to share a code is dangerous code theft', () => {
  for (const t of REQUESTS) {
    const v = analyzeMessage(t);
    assert.equal(v.level, 'dangerous', t);
    assert.ok(v.attack === 'code-theft' || v.attack === 'telegram-session-theft', t);
    assert.ok(v.advice.includes('never-share-code'), t);
  }
});

test('a service notice that contains the user’s own code is not a request', () => {
  for (const t of [
    'Your WhatsApp code: 123-456. Don’t share this code with others', 'Your code is 123456. Do not share it with anyone.',
    'Код подтверждения: 4821. Никому не сообщайте этот код.', 'Никогда не говорите код из SMS, даже сотрудникам банка', 'Растау коды: 123456. Кодты ешкімге айтпаңыз.',
    'G-123456 is your Google verification code.', 'Use code 654321 to log in. We will never ask you for this code.',
  ]) {
    const v = analyzeMessage(t);
    assert.notEqual(v.level, 'dangerous', t);
    assert.ok(!v.findings.some((f) => f.analyzer === 'code-request' && f.weight >= 35), t);
  }
});

test('evidence never shows the code or phone number itself', () => {
  const v = analyzeMessage('Я случайно отправил тебе код 123-456 на +7 701 123 45 67, скинь его');
  assert.equal(v.level, 'dangerous');
  const shown = JSON.stringify(v.findings.map((f) => f.evidence)) + JSON.stringify(v.indicators);
  assert.ok(!shown.includes('123-456') && !shown.includes('45 67'), shown);
  assert.deepEqual(v.indicators.codes, ['###-###']);
});

test('a code request that mentions Telegram is Telegram session theft', () => {
  assert.equal(analyzeMessage('Скинь код из телеграма, который сейчас пришёл').attack, 'telegram-session-theft');
});

// Our own code-theft and fake-service phrasings (not the eval corpus), per language.
const CODE_THEFT: Readonly<Record<string, readonly string[]>> = {
  en: [
    "A code just came to your phone, it's mine, can you send it to me?",
    "hey, I'm logging into my account and the sms went to you, what are the 6 digits?",
    "Did you get an SMS with 6 digits? Please share them, it's for my registration",
    'My phone is dead, the verification code will come to your number, tell me please',
    "You'll receive a text with a code in a minute, it's for the contest, just send it here",
    'This is the bank security department. To stop the transfer, please confirm the code you received',
    "Hi, I'm calling from your bank's fraud department, read me the code we sent so we can cancel the transaction",
    'Hello, this is the post office. Your parcel is on hold. Please send us the code you just received to release it',
  ],
  ru: [
    'Тебе сейчас придёт код, он мой, перешли пожалуйста',
    'Слушай, мне на твой номер пришла смска с кодом, можешь прислать цифры?',
    'Привет, я случайно указал твой номер при регистрации, скажи какой код пришёл',
    'Код подтверждения пришёл? Мне срочно нужен',
    "Privet, tebe kod dolzhen prijti, skin' ego mne pozhalujsta",
    'Здравствуйте, служба безопасности банка. Мошенники оформляют кредит, для отмены сообщите код из смс',
    'Здравствуйте, вам звонит сотрудник Казахтелекома. Продиктуйте, пожалуйста, цифры из SMS для переоформления договора',
  ],
  kk: [
    'Саған қазір код келеді, ол менікі, жіберіп жіберші',
    'Қате сенің нөміріңді жазып қойыппын, келген SMS-ті айтшы',
    'Сәлем, саған 6 таңбалы код келді ме? Соны маған жіберші',
    'Код келді ме? Маған керек еді',
    'Salem, sagan kod keldi me? Magan jiberip jibershi',
    'Сәлеметсіз бе, банктен хабарласып тұрмын. Келген SMS кодты растау үшін айтыңыз',
    'Сізге SMS келеді, ішіндегі сандарды маған айтыңыз',
  ],
  other: [
    'Ahoj, přišel ti ode mě SMS kód? Pošli mi ho prosím, potřebuju ho',
    'Hola, te llegó un código por SMS por mi culpa, ¿me lo mandas porfa?',
    'Olá, vai chegar um código SMS aí, é meu, me manda por favor',
    'Ciao, ti è arrivato un codice per errore, me lo mandi?',
    'नमस्ते, आपके फोन पर एक OTP आएगा, वो मेरा है, मुझे बता दीजिए',
    'Kechirasiz, sizga kod adashib keldi, menga yuboring',
  ],
};

for (const [lang, list] of Object.entries(CODE_THEFT)) {
  test(`code theft and fake-service code requests are dangerous (${lang})`, () => {
    for (const t of list) assert.equal(analyzeMessage(t).level, 'dangerous', t);
  });
}

test('everyday codes, OTP notices and warnings are not code theft', () => {
  for (const t of [
    'Can you send me the code for the office safe? Irina is asking', 'Скинь код от сейфа в офисе', 'Домофон коды 38, содан кейін 4712',
    'Never tell anyone the 6-digit code WhatsApp sends you by SMS, not even friends', 'Ваш код WhatsApp: 482-913. Не сообщайте этот код другим',
    'Растау коды: 739204. Кодты ешкімге бермеңіз!', 'Қайта орнатқаннан кейін ватсап SMS код жіберді, енгіздім',
    'Почта России предупредила о мошенничестве: звонят с просьбой сообщить код из смс', 'Комп нужен для написания кода',
    "Rose needs water, my phone needs ur sms and i need ur frndship", 'Aiyo cos i sms ü then ü neva reply so i wait',
  ]) assert.ok(!['suspicious', 'dangerous'].includes(analyzeMessage(t).level), t);
});

test('transliterated and mixed kk/ru code requests are dangerous', () => {
  for (const t of ['privet, tebe prishel kod, skin ego mne pozhalujsta', 'qatelesip kod jiberip qoidym, qaitaryp jibershi', 'Слушай, код келді ме? Маған скинь пожалуйста', 'Привет, код пришел? Жіберші маған']) {
    assert.equal(analyzeMessage(t).level, 'dangerous', t);
  }
});
