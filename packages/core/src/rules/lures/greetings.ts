/**
 * Greetings that open a message, in the folded form (lower case, Kazakh letters folded,
 * accents dropped). A hijacked account sends the same follow-up to every contact, so it opens
 * with a generic greeting and goes straight to money ("Привет, можешь перевести 20к на эту
 * карту?", THREAT.md F); family money talk usually starts with a name or a relation ("Мам, ...").
 */
import { slot } from './dsl.ts';

const WORDS = [
  'hi', 'hey', 'hello', 'hiya', 'good morning', 'good afternoon', 'good evening', 'hi dear', 'hello dear',
  'привет', 'прив', 'приветик', 'здравствуй*', 'здрасте', 'добрый день', 'доброе утро', 'добрый вечер', 'хай', 'салам', 'салем*',
  'privet', 'salem', 'salam', 'salemetsiz*', 'assalaumagaleikum', 'ассалаумагалейкум', 'салеметсиз*', 'кайырлы*',
  'hallo', 'hola', 'oi', 'ola', 'ciao', 'salut', 'buna', 'czesc', 'hej', 'ahoj', 'привит', 'salom', 'assalomu*', 'bonjour', 'coucou', 'नमस्ते',
];

/** Matches when the folded text starts with a greeting (the first two words are enough). */
export const GREETING_START = new RegExp(`^${slot(WORDS.join('|'))}`);
