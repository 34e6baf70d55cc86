/** English lure phrases. Slots generalise the reported lures (THREAT.md; CERT-In, Gen Digital). */
import { both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('en', SRC.messages);

const YOUR = 'your|ur|yr|you|u';
const PHOTO = 'photo*|pic|pics|pix|picture*|image*|video*|foto*|selfie*|vid|vids|snap*';
// "look at your picture" is what lovers write; finding or seeing someone's photo is the lure.
const FOUND = 'found|find|saw|seen|came across|come across|spotted|stumbled|discovered|check out';
const PHOTO_ONLY = 'photo*|pic|pics|pix|picture*|foto*|selfie*|snap*';
const CODE = 'code*|codes|otp|pin|passcode|verification code*|6 digit*|six digit*|login code*';
// Negated verbs ("never share", "don't send", "do not tell") are protective, not requests.
const NOT = "(?<!not |n't |never |dont |nobody |no one )";
const REQ = `${NOT}send|${NOT}forward|${NOT}tell|${NOT}give|${NOT}share|${NOT}text|${NOT}read|${NOT}pass|${NOT}dictate|${NOT}resend|${NOT}return`;
const REL = 'niece*|nephew*|daughter*|son|sons|kid|kids|child*|granddaughter*|grandson*|grandchild*|cousin*|sister*|brother*|girl|boy|baby|little one|goddaughter*|godson*';
const CONTEST = 'contest*|competition*|scholarship*|ballet*|dance*|dancing|talent*|pageant*|award*|olympiad*|championship*|finalist*|leaderboard*';
const VOTE = 'vote|votes|voting|vote*';

// A: photo of you
L('photo', 'found-your-photo', seq(3, FOUND, YOUR, PHOTO), { source: SRC.photo });
L('photo', 'photo-of-you', seq(3, FOUND, PHOTO, 'of you|of u|with you|of yours'), { source: SRC.photo });
L('photo', 'is-this-you', seq(3, 'is this|is that|this is|is it|are these|are those|thats|that\'s|it\'s|its|is dis', 'you|u|ur|your', 'in|on|at', PHOTO), { source: SRC.photo });
// "Is this you?" with a link is the classic opener; alone it is an ordinary question.
L('photo', 'is-this-you-bare', seq(0, "is this|is that|is it|thats|that's|is dis", 'you(?= \\.|$)|u(?= \\.|$)'), { source: SRC.photo, weight: 25, linkWeight: 75 });
L('photo', 'look-what-i-found', seq(1, 'look|see|guess|check', 'what i found|what i just found|what i saw|who i found'), { source: SRC.photo, weight: 40 });
L('photo', 'you-in-photo', seq(1, 'you|u', 'in|on', 'this|that|the|these', PHOTO), { source: SRC.photo });
L('photo', 'look-this-photo', seq(1, 'check|look at|see|view|open|watch|take a look at|have a look at', 'this|these|that|those', PHOTO_ONLY), { source: SRC.photo, weight: 40 });
L('photo', 'your-photo-posted', seq(3, YOUR, PHOTO, 'is|are|got|was|were|been', 'everywhere|online|posted|leaked|shared|uploaded|going viral|viral'), { source: SRC.photo });
L('photo', 'posted-your-photo', seq(3, 'posted|uploaded|leaked|shared|published', YOUR, PHOTO), { source: SRC.photo });

// E: vote for a child / contest
L('vote', 'vote-for-relative', seq(4, VOTE, REL), { source: SRC.vote });
L('vote', 'relative-needs-votes', seq(5, REL, 'vote*|votes'), { source: SRC.vote });
L('vote', 'vote-contest', near(5, VOTE, CONTEST), { source: SRC.vote });
L('vote', 'vote-for-me', seq(0, 'vote*|voting', 'for|4', 'me|us|her|him|my|our'), { source: SRC.vote, weight: 40 });
L('vote', 'please-vote', seq(1, 'please|pls|plz|kindly|could you|can you|would you|mind|help', 'vote*|voting'), { source: SRC.vote, weight: 40 });
L('vote', 'help-win', seq(3, 'help', REL + '|her|him|us|me', 'win|winning'), { source: SRC.vote });

// C: code sent by mistake / tell me the code
L('code-mistake', 'code-by-mistake', near(6, CODE, 'by mistake|by accident|accidentally|mistakenly|wrong number|in error|wrongly'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, REQ, CODE), { source: SRC.code });
L('code-request', 'code-send-back', both(seq(6, CODE, 'it'), seq(2, REQ, 'it|back|me|them|us')), { source: SRC.code });
L('code-request', 'what-code-you-got', seq(2, "what's|whats|what is|what was|which", CODE, 'you|u|did|that|came|arrived|was'), { source: SRC.code, weight: 75 });
L('code-request', 'code-sent-to-you', both(seq(3, CODE, 'sent to you|sent to your|came to you|came to your|you got|you received|you just got|arrived'), seq(3, REQ + '|tell me|what', 'it|me|us|back|the')), { source: SRC.kzBaq });

// D: fake account notice
L('account-notice', 'verify-account', seq(2, 'confirm|verify|reactivate|restore|unlock|re-verify|validate|update|secure|reconfirm', 'your|ur|the|this', 'account*|whatsapp|profile|number|identity|facebook|telegram'), { source: SRC.notice });
L('account-notice', 'account-blocked', seq(4, 'account*|whatsapp|profile|number', 'will be|has been|is|was|are|be', 'blocked|suspended|locked|disabled|deactivated|deleted|banned|restricted|closed|compromised|terminated'), { source: SRC.notice });
L('account-notice', 'restore-access', seq(2, 'restore|recover|regain', 'access|your account'), { source: SRC.notice });
L('account-notice', 'unusual-activity', seq(1, 'unusual|suspicious|unauthori[sz]ed', 'activity|login*|sign in*|sign-in*|access'), { source: SRC.notice, weight: 30 });

// Prize, gift, Telegram Premium
L('prize', 'you-won', seq(2, "you|you've|you have|u", 'won|win|been selected|are selected|are the winner|are a winner|have been chosen'), { source: SRC.messages });
L('prize', 'claim-prize', seq(2, 'claim|collect|receive|get', 'your|a|the|free', 'prize*|gift*|reward*|bonus*'), { source: SRC.messages });
L('telegram-gift', 'telegram-premium', seq(3, 'telegram|tg', 'premium|stars'), { source: SRC.telegram });

// A/B: instructions only a scam gives
L('instruction', 'enter-code-in-app', seq(4, 'enter|type|input|put|insert|paste', CODE + '|it|this|the', 'in|into|on|inside', 'whatsapp|wa|the app|linked device*|telegram|your phone'), { source: SRC.pairing });
L('instruction', 'link-with-number', seq(1, 'link', 'with phone number*|with a phone number|with number|with your phone number'), { source: SRC.pairing });
L('instruction', 'open-linked-devices', both(seq(3, 'go to|open|tap|click|select|choose|press', 'linked device*|link a device'), seq(6, 'enter|type|input', CODE + '|it')), { source: SRC.pairing });
L('qr-instruction', 'scan-qr-to-verify', both(seq(3, 'scan*', 'qr*|code|this'), seq(0, 'verify*|verification|vote*|confirm*|unlock*|log in|login|access|activate|claim|view|see the photo')), { source: SRC.qr });

// F: follow-ups from hijacked accounts
L('loan', 'lend-me', seq(2, 'lend|loan|borrow|spare|front', 'me|some|money|cash'), { source: SRC.followup });
L('loan', 'need-money', seq(0, 'need|needs|need some|send me|send me some|i need', 'money|cash|funds'), { source: SRC.followup, weight: 20 });
L('card', 'send-to-card', seq(3, 'send|transfer|drop|put|top up', 'to|on|onto|into', 'my card|this card|the card|card|account|this number'), { source: SRC.followup });
L('card-details', 'card-details', seq(3, 'send|give|tell|what|enter|confirm', 'your|the|ur', 'card number|card details|cvv|cvc|card info*|expiry date'), { source: SRC.followup });
// "This is my new number" alone is everyday news; to a parent ("mum, ...") it is the known scam.
L('new-number', 'my-new-number', seq(2, "this is|it's|its|here is|save", 'my new number|my new phone|my new no'), { source: SRC.followup, weight: 20 });
L('new-number', 'parent-new-number', near(8, 'mum|mom|mama|mummy|mommy|dad|daddy|mother|father', 'new number|new phone|lost my phone|broke my phone|phone broke|phone is broken'), { source: SRC.followup });
L('payment-qr', 'pay-by-qr', seq(3, 'pay|transfer|send|scan', 'via|by|with|this|the', 'qr*'), { source: SRC.followup });

// Modifiers
L('urgency', 'urgent', seq(0, 'urgent*|asap|right now|immediately|quickly|hurry|as soon as possible|emergency|today only|within 24 hours|right away'));
L('warning', 'protective', seq(0, 'scam*|scammer*|fraud*|fraudster*|beware|warn*|police|never share|do not share|don\'t share|never enter|log out|hacker*|cybercriminal*|phishing|advisory|cert-in|criminals'));

export const EN_LURES = L.entries;
