/** English lure phrases. Slots generalise the reported lures (THREAT.md; CERT-In, Gen Digital). */
import { any, both, near, seq } from './dsl.ts';
import { lures } from './dsl.ts';
import { SRC } from './sources.ts';

const L = lures('en', SRC.messages);

const YOUR = 'your|ur|yr|you|u';
const PHOTO = 'photo*|pic|pics|pix|picture*|image*|video*|foto*|selfie*|vid|vids|snap*|clip*';
// "look at your picture" is what lovers write; finding or seeing someone's photo is the lure.
const FOUND = 'found|find|saw|seen|came across|come across|spotted|stumbled|discovered|check out|got|received';
const PHOTO_ONLY = 'photo*|pic|pics|pix|picture*|foto*|selfie*|snap*';
const POSTED = 'posted|uploaded|leaked|shared|published|put up|put out|spread*|sent around|circulat*|going around|sharing|posting|uploading|leaking|forwarding';
const CODE = 'code*|codes|otp|pin|passcode|verification code*|6 digit*|six digit*|login code*|the digits|the numbers|6 numbers|six numbers|sms code*|code from the sms|code in the sms|the sms|digits from the sms';
/** Code words without "sms" ("my phone needs ur sms" is a love poem, not a request). */
const CODE_ONLY = 'code*|codes|otp|passcode|verification code*|6 digit*|six digit*|login code*|the digits|6 numbers|six numbers';
// Negated verbs ("never share", "don't send", "do not tell") are protective, not requests.
const NOT = "(?<!not |n't |never |dont |nobody |no one |to )";
const VERBS = ['send', 'forward', 'tell', 'give', 'share', 'text', 'read', 'pass', 'dictate', 'resend', 'return', 'say', 'provide', 'confirm', 'write', 'type', 'screenshot', 'spell', 'post', 'drop'];
const REQ = VERBS.map((v) => NOT + v).join('|');
const REL = 'niece*|nephew*|daughter*|son|sons|kid|kids|child*|granddaughter*|grandson*|grandchild*|cousin*|sister*|brother*|girl|boy|baby|little one|goddaughter*|godson*|friend*|classmate*|team|team*|student*|pupil*';
const CONTEST = 'contest*|competition*|scholarship*|ballet*|dance*|dancing|talent*|pageant*|award*|olympiad*|championship*|finalist*|leaderboard*|grant*|final|finals|nominat*|best photo|beauty|cutest|project*';
const VOTE = 'vote|votes|voting|vote*';
const MONEY = 'money|cash|funds|\\d{2,}k?|\\d+k|\\d+ \\d+|a little|some|a bit|bucks|dollars|tenge|rubles|euros';
const BRAND = 'whatsapp*|meta|facebook|fb|telegram|instagram|insta|kaspi|halyk|egov';

// A: photo of you
L('photo', 'found-your-photo', seq(3, FOUND, YOUR, PHOTO), { source: SRC.photo });
L('photo', 'photo-of-you', seq(3, FOUND + '|' + POSTED + '|look|see|check', PHOTO, 'of you|of u|with you|of yours|about you'), { source: SRC.photo });
L('photo', 'posted-of-you', seq(3, POSTED + '|found|took|made', 'of you|of u|about you'), { source: SRC.photo, weight: 40 });
L('photo', 'is-this-you', seq(3, 'is this|is that|this is|is it|are these|are those|thats|that\'s|it\'s|its|is dis|are you|r u|were you', 'you|u|ur|your|in|on', 'in|on|at|this|that|the', PHOTO), { source: SRC.photo });
// "Is this you?" with a link is the classic opener; alone it is an ordinary question.
L('photo', 'is-this-you-bare', seq(0, "is this|is that|is it|thats|that's|is dis|it's|its|this is", 'you(?= \\.|$)|u(?= \\.|$)|you right|really you'), { source: SRC.photo, weight: 25, linkWeight: 75 });
L('photo', 'look-what-i-found', seq(1, 'look|see|guess|check', 'what i found|what i just found|what i saw|who i found|what someone|what they'), { source: SRC.photo, weight: 40 });
L('photo', 'you-in-photo', seq(1, 'you|u|you\'re|youre|ur', 'in|on', 'this|that|the|these|a', PHOTO), { source: SRC.photo });
// "Check this photo" is the real opener (lures-dev); "look at this pic of the kids" describes whose photo it is.
const NOT_OF = '(?!s? of (?:the|my|our|his|her|their|us|a|an) )';
const PHOTO_LOOK = ['photo', 'pic', 'picture', 'foto', 'selfie', 'snap'].map((w) => `${w}${NOT_OF}*`).join('|');
L('photo', 'you-look-in-photo', seq(3, "you|u|you're|youre", 'in|on', 'this|that|the|these|a', PHOTO), { source: SRC.photo, weight: 25, linkWeight: 75 });
L('photo', 'look-this-photo', seq(1, 'check|look at|see|view|open|watch|take a look at|have a look at|remember|recognise|recognize', 'this|these|that|those', PHOTO_LOOK), { source: SRC.photo, weight: 40 });
L('photo', 'photo-found-it', seq(3, PHOTO_ONLY, 'found it|found this|i found|came across|just found'), { source: SRC.photo, weight: 40 });
L('photo', 'your-photo-posted', seq(3, YOUR, PHOTO, 'is|are|got|was|were|been|has been|have been', 'everywhere|online|posted|leaked|shared|uploaded|going viral|viral|going around|circulating|spreading|all over|on some|on a site|on a website|on the internet|on the web|in a group|in some group|in the group|in groups|on telegram|on facebook|on instagram|on tiktok|on a weird'), { source: SRC.photo });
L('photo', 'posted-your-photo', seq(3, POSTED, YOUR, PHOTO), { source: SRC.photo });
L('photo', 'is-this-your-photo', seq(1, 'is this|is that|are these|are those|is it', 'your|ur|yr', PHOTO), { source: SRC.photo });
L('photo', 'this-photo-of-you', seq(1, 'this|that|these|those|a|the', PHOTO, 'of you|of u|of yours'), { source: SRC.photo, weight: 25, linkWeight: 75 });
L('photo', 'fake-with-your-photo', seq(4, 'fake|made|created|using|stole|stolen', YOUR, PHOTO), { source: SRC.photo, weight: 40 });
// A photo of "you" plus a link is the GhostPairing opener however it is phrased (THREAT.md A).
L('photo', 'photo-you-link', both(seq(0, PHOTO), seq(0, "you|u|your|ur|you're|yourself")), { source: SRC.photo, weight: 10, linkWeight: 70 });
L('photo', 'everyone-talking', seq(3, 'everyone|everybody|people|the whole group|the whole class', 'is talking|are talking|talking about|saw it|has seen|have seen|is sharing|are sharing|is laughing|are laughing'), { source: SRC.photo, weight: 30 });
L('photo', 'tagged-you', seq(3, 'tagged|mentioned|marked', 'you|u', 'in|on'), { source: SRC.photo, weight: 40 });
L('photo', 'before-deleted', both(seq(0, PHOTO + '|it'), seq(3, 'before', 'delete*|remove*|take* it down|gone|disappear*')), { source: SRC.photo, weight: 40 });

// E: vote for a child / contest
L('vote', 'vote-for-relative', seq(4, VOTE, REL), { source: SRC.vote });
L('vote', 'relative-needs-votes', seq(5, REL, 'vote*|votes'), { source: SRC.vote });
L('vote', 'vote-contest', near(5, VOTE, CONTEST), { source: SRC.vote });
L('vote', 'vote-for-me', seq(0, 'vote*|voting', 'for|4', 'me|us|her|him|my|our'), { source: SRC.vote, weight: 40 });
L('vote', 'please-vote', seq(1, 'please|pls|plz|kindly|could you|can you|would you|mind|help|just|quick', 'vote*|voting'), { source: SRC.vote, weight: 40 });
L('vote', 'your-vote', seq(2, 'support|need|needs|give|cast|with|count on', 'your vote|ur vote|a vote|your votes|one vote|your support'), { source: SRC.vote, weight: 40 });
// "vote for Alina" with a link: the name alone says little, the outside voting site decides.
L('vote', 'vote-for-name', seq(0, 'vote|voting', 'for|4', '[a-z]+'), { source: SRC.vote, weight: 25, linkWeight: 75 });
L('vote', 'taking-part', near(4, 'participating|participate|taking part|competing|entered|nominated|in the running', CONTEST), { source: SRC.vote, weight: 25, linkWeight: 75 });
// "Support my sister in the contest" is the vote lure without the word vote.
L('vote', 'support-relative', near(5, 'support|back|cheer for|like|give a like|give a heart|tap the heart', REL + '|her|him|us|' + CONTEST), { source: SRC.vote, weight: 30, linkWeight: 75 });
L('vote', 'every-vote', seq(0, 'every vote|your vote counts|each vote|one vote|a single vote|reach the top|top 3|top three|first place|1st place'), { source: SRC.vote, weight: 25, linkWeight: 75 });
L('vote', 'help-win', seq(3, 'help', REL + '|her|him|us|me', 'win|winning'), { source: SRC.vote });

// C: code sent by mistake / tell me the code
L('code-mistake', 'code-by-mistake', near(6, CODE, 'by mistake|by accident|accidentally|mistakenly|wrong number|in error|wrongly|instead of mine|to your number|your number for me|on your number|went to you|went to your|came to you|came to your|sent to you|sent to your'), { source: SRC.code });
L('code-request', 'send-the-code', near(4, REQ, CODE), { source: SRC.code });
L('code-request', 'code-send-back', both(seq(6, CODE, 'it'), seq(2, REQ, 'it|back|me|them|us')), { source: SRC.code });
L('code-request', 'what-code-you-got', seq(2, "what's|whats|what is|what was|which|what", CODE, 'you|u|did|that|came|arrived|was|says|is'), { source: SRC.code, weight: 75 });
L('code-request', 'code-sent-to-you', both(seq(3, CODE, 'sent to you|sent to your|came to you|came to your|you got|you received|you just got|arrived|will come|will arrive|is coming|you will get|you\'ll get|coming to'), seq(3, REQ + '|tell me|what|need', 'it|me|us|back|the|this|that')), { source: SRC.kzBaq });
L('code-request', 'need-the-code', seq(3, 'need|needs|i need|want|require*|waiting for|get me', CODE_ONLY), { source: SRC.code, weight: 75 });
L('code-request', 'what-it-says', both(seq(0, CODE + '|message|text|sms|numbers|digits'), seq(1, 'tell me|read me|send me|text me|say', 'what it says|what it said|what is in it|what\'s in it|the numbers|the digits|what they are|what they say|what is written|what\'s written')), { source: SRC.code });
L('code-request', 'what-are-digits', seq(2, 'what are|what were|what\'s|whats|tell me', 'the 6 digits|the digits|the numbers|the 6 numbers|the six digits|the code'), { source: SRC.code, weight: 75 });
L('code-request', 'share-them', both(seq(0, 'code*|codes|otp|6 digit*|six digit*|digits|the numbers|passcode|verification'), seq(1, REQ, 'it|them|those|these|back|over')), { source: SRC.code, weight: 75 });
L('code-request', 'reply-with-code', seq(3, 'reply|respond|answer|write back', 'with', CODE), { source: SRC.code });

// D: fake account notice
L('account-notice', 'verify-account', seq(2, 'confirm|verify|reactivate|restore|unlock|re-verify|validate|update|secure|reconfirm|protect|recover', 'your|ur|the|this', 'account*|whatsapp|profile|number|identity|facebook|telegram|page|ownership|device|phone'), { source: SRC.notice });
L('account-notice', 'account-blocked', seq(4, 'account*|whatsapp|profile|number|page|facebook|telegram|instagram', 'will be|has been|is|was|are|be|got|is being', 'blocked|suspended|locked|disabled|deactivated|deleted|banned|restricted|closed|compromised|terminated|flagged|reported|limited|removed|frozen|hacked|at risk|scheduled for deletion|set for deletion|pending deletion|expire|expired|expiring|will expire|stop working'), { source: SRC.notice });
L('account-notice', 'renew', seq(1, 'renew|extend|reactivate|cancel', 'now|here|your|it|the deletion|subscription|account'), { source: SRC.notice, weight: 30 });
L('account-notice', 'restore-access', seq(2, 'restore|recover|regain', 'access|your account'), { source: SRC.notice });
L('account-notice', 'unusual-activity', seq(1, 'unusual|suspicious|unauthori[sz]ed|new', 'activity|login*|log in|sign in*|sign-in*|access|device'), { source: SRC.notice, weight: 30 });
L('account-notice', 'if-not-you', seq(1, "if it wasn't|if it was not|if this wasn't|if this was not|if that wasn't|if not", 'you'), { source: SRC.notice, weight: 40 });
L('account-notice', 'brand-support', seq(2, BRAND, 'support|security|team|technical support|help desk|helpdesk|customer service|administration|moderation|verification'), { source: SRC.notice, weight: 30 });
L('account-notice', 'it-will-be-blocked', seq(1, 'it|this|or it|or you', 'will be|would be|gets', 'deleted|blocked|suspended|disabled|banned|removed|closed|terminated'), { source: SRC.notice, weight: 25 });
L('account-notice', 'terms-violation', seq(0, 'violates our terms|violated our terms|violation of our terms|violating our terms|violating terms|against our policies|community guidelines|violates our policies'), { source: SRC.notice, weight: 30 });
L('account-notice', 'brand-appeal', seq(3, 'appeal|violat*|terms of service|community standards|copyright', 'here|now|within|or|your'), { source: SRC.notice, weight: 30 });

// Prize, gift, Telegram Premium
L('prize', 'you-won', seq(2, "you|you've|you have|u|your number|your phone|your account|your ticket", 'won|win|been selected|are selected|are the winner|are a winner|have been chosen|been chosen|chosen|was selected|has won|has been selected|is the winner|lucky winner|a lucky winner|the lucky winner'), { source: SRC.messages });
L('prize', 'number-won', seq(1, 'your number|your phone number|your account|your whatsapp', 'won|has won|was selected|has been selected|is a winner|is the winner|was chosen|was drawn'), { source: SRC.messages, weight: 40 });
L('prize', 'claim-prize', seq(2, 'claim|collect|receive|get|activate|redeem', 'your|a|the|free|it|at|here|now', 'prize*|gift*|reward*|bonus*|here|now|at|before'), { source: SRC.messages });
L('prize', 'giveaway', seq(0, 'giveaway*|give away|giving away|raffle|lucky draw|prize draw|draw|lottery|sweepstake*|free internet|free gb|compensation|payout'), { source: SRC.messages, weight: 25 });
L('prize', 'congratulations', seq(0, 'congrat*|congratulations'), { source: SRC.messages, weight: 10, linkWeight: 45 });
L('telegram-gift', 'telegram-premium', seq(3, 'telegram|tg', 'premium|stars'), { source: SRC.telegram, weight: 20, linkWeight: 75 });
L('telegram-gift', 'telegram-gift-free', both(seq(3, 'telegram|tg', 'premium|stars'), seq(0, 'gift*|free|gifted|present|activate|claim|won|sent you')), { source: SRC.telegram });

// A/B: instructions only a scam gives
L('instruction', 'enter-code-in-app', seq(4, 'enter|type|input|put|insert|paste', CODE + '|it|this|the|characters|symbols', 'in|into|on|inside|under', 'whatsapp|wa|the app|linked device*|telegram|your phone'), { source: SRC.pairing });
L('instruction', 'link-with-number', seq(1, 'link', 'with phone number*|with a phone number|with number|with your phone number'), { source: SRC.pairing });
L('instruction', 'open-linked-devices', both(seq(0, 'linked device*|link a device|link device'), seq(6, 'enter|type|input|put|paste', CODE + '|it|the|characters|symbols|\\d+')), { source: SRC.pairing });
L('qr-instruction', 'scan-qr-to-verify', both(seq(3, 'scan*|point|aim', 'qr*|code|this|camera|your camera'), seq(0, 'verify*|verification|vote*|confirm*|unlock*|activate|claim|see the photo|authori[sz]*|bot|prize|gift')), { source: SRC.qr });

// F: follow-ups from hijacked accounts
L('loan', 'lend-me', seq(2, 'lend|loan|borrow|spare|front', 'me|some|money|cash|\\d+k?'), { source: SRC.followup });
L('loan', 'help-with-amount', seq(2, 'help|help me|help me out|spot me|cover me|bail me out|help out', 'with', '\\d+k?|some money|money|cash|\\d+ \\d+'), { source: SRC.followup });
L('loan', 'need-loan', seq(2, 'need|want|ask for|get|take', 'loan|a loan|small loan'), { source: SRC.followup });
L('loan', 'need-money', seq(0, 'need|needs|need some|send me|send me some|i need|transfer me|give me', MONEY), { source: SRC.followup, weight: 20 });
L('loan', 'transfer-me', seq(2, 'transfer|wire|top up', 'me|for me'), { source: SRC.followup, weight: 20 });
L('loan', 'favour', seq(1, 'need|do me|ask|ask you', 'a favour|a favor|favour|favor|a quick favour|a quick favor|a small favour|a small favor|your help|help'), { source: SRC.followup, weight: 20 });
L('loan', 'pay-for-me', seq(3, 'pay|cover|buy', 'for me|my taxi|my bill|my phone|my rent|my fine|the fine|my ticket'), { source: SRC.followup, weight: 20 });
L('loan', 'money-asks', seq(0, 'do you have \\d+|have \\d+ on your card|spare some money|cover it|cover for me|pay for my|pay my|top up my|make a transfer|send it over|help me with money|help with money|help me financially|help me out financially'), { source: SRC.followup });
L('loan', 'pay-bill', seq(2, 'pay|cover', 'a bill|this bill|my bill|the bill|an invoice|for me|it for me'), { source: SRC.followup, weight: 20 });
L('card', 'send-to-card', seq(3, 'send|transfer|drop|put|top up|throw|wire', 'to|on|onto|into|here', 'my card|this card|the card|card|bank account|my bank account|this number|this account|kaspi|here'), { source: SRC.followup });
L('card', 'top-up-phone', seq(1, 'top up|topup|recharge|refill', 'my number|my phone|my balance|this number|my account'), { source: SRC.followup });
L('card-details', 'card-details', seq(3, 'send|give|tell|what|enter|confirm', 'your|the|ur', 'card number|card details|cvv|cvc|card info*|expiry date'), { source: SRC.followup });
// "This is my new number" alone is everyday news; to a parent ("mum, ...") it is the known scam.
L('new-number', 'my-new-number', seq(2, "this is|it's|its|here is|save", 'my new number|my new phone|my new no'), { source: SRC.followup, weight: 20 });
L('new-number', 'parent-new-number', near(8, 'mum|mom|mama|mummy|mommy|dad|daddy|mother|father|grandma|granny|nan|grandpa', 'new number|new phone|lost my phone|broke my phone|phone broke|phone is broken|phone died|dropped my phone'), { source: SRC.followup });
L('new-number', 'other-phone', seq(2, 'writing|texting|messaging|writing to you|texting you', "from a friend's phone|from my friend's phone|from another phone|from a different number|from another number|from someone else's phone|from a new number"), { source: SRC.followup, weight: 30 });
L('payment-qr', 'pay-by-qr', seq(3, 'pay|transfer|scan', 'via|by|with|this|the|my', 'qr*'), { source: SRC.followup, weight: 30 });

// Modifiers. Urgency includes the pressure lines of hijacked-account follow-ups.
L('urgency', 'urgent', seq(0, "urgent*|asap|right now|immediately|quickly|hurry|as soon as possible|emergency|today only|within 24 hours|right away|can't talk|cant talk|can't call|cant call|in a meeting|explain later|tell you later|i'll explain|will explain|in trouble|r u there|are you there|you there|are you home|are you at home|isn't working|is not working|not working|blocked|frozen|stuck|i promise|please help|help me|very important|desperate|are you free|are you busy|are you around|you around|u around|you busy|you free|lost my wallet|lost my card|no access|can't access|cant access|cannot access|don't call|dont call|do not call|hospital|accident|need payment|need to pay now|i'm short|im short|short on cash|tight spot|situation|really important|really need|need it today|need it now|before tonight|by tonight|till tonight|stuck at|stuck in|abroad|at the border|fine to pay|got robbed|wallet stolen|phone stolen|with interest|call you later|explain everything|isn't opening|is not opening|won't open|doesn't work|does not work|not opening"));
L('secrecy', 'secret', seq(0, "don't tell anyone|dont tell anyone|do not tell anyone|don't tell mum|don't tell mom|between us|keep it secret|keep this between"));
L('warning', 'protective', any(
  seq(0, "never share|do not share|don't share|never enter|to no one|with no one|with nobody|to nobody|not even bank|not even to|log out|cert-in|advisory|it's fake|its fake|is fake|are fake|a fake|not me|wasn't me|isn't me|been hacked|was hacked|got hacked|is hacked|is probably hacked|don't do it|do not do it|don't fall|do not fall|ignore it|stay safe|be careful|heads up|psa"),
  seq(0, "never|don't|dont|do not", 'share|send|tell|give|enter|type|click|open|forward|scan|follow|reply|pay|transfer|vote|ask'),
  seq(2, 'scammers|fraudsters|criminals|hackers', 'ask|asks|send|pose|pretend|use|write|are|target'),
  seq(1, 'whatsapp|meta|telegram|the bank|banks|your bank|police|support|staff', "will never|never|does not ask|doesn't ask|do not ask|don't ask|never asks|will not ask|won't ask|doesn't send|does not send"),
));
L('scam-topic', 'scam-words', seq(0, 'scam*|scammer*|fraud*|fraudster*|beware|warn*|police|hacker*|cybercriminal*|phishing|criminals'));
L('poll', 'poll', seq(0, 'poll|polls|survey|election*|ballot|in the chat|in the group|group chat|restaurant|class rep*|meeting|council|president|captain|hackathon|in person|in the hall|show of hands'));
L('everyday-code', 'everyday', seq(2, 'code*|pin|password', 'for|of|to', 'the door|door|the safe|safe|the gate|gate|lock|the lock|locker|wifi|wi-fi|the wifi|intercom|alarm|garage|office|entrance|bike|the bike|promo|discount|building'));
L('everyday-code', 'everyday-before', seq(1, 'door|safe|gate|lock|locker|wifi|wi-fi|intercom|alarm|garage|promo|discount|booking|bike|entrance', 'code*|pin|password'));

export const EN_LURES = L.entries;
