import { foldText } from '../search';

/** What identifies a person in the register: the client's name and ways to reach or recognise them. */
export interface PersonIdentity {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly pec: string;
  readonly taxId: string;
}

/** What a mention of the person becomes in free text: the same in every language. */
export const REDACTED = '***';

/**
 * How widely a name is looked for. In the person's own records (`own`) every
 * word of the name counts, since "Rossi" alone there means them. Elsewhere
 * (another client's complaint, an improvement action) only the whole name
 * does, name first or surname first, so a namesake's records keep their surname.
 */
export type MentionScope = 'own' | 'elsewhere';

/** Words shorter than this ("di", "d'") are name particles, too common to remove alone. */
const MIN_NAME_WORD = 3;
/** The most that may separate the words of a name: a space, a comma, an apostrophe. */
const NAME_GAP = /^[\s,'’.-]{1,3}$/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the digits of a phone number as people write it. */
const DIGIT_GAP = '[\\s./-]*';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: foldText(m[0]),
  }));
}

function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The national digits of a phone number: without the Italian +39 / 0039 prefix and separators. */
export function nationalDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const trimmed = phone.trim();
  if (trimmed.startsWith('+39')) return digits.slice(2);
  if (digits.startsWith('0039')) return digits.slice(4);
  return digits;
}

/** A pattern for the phone number written with or without spaces, dots, dashes and the +39 prefix. */
function phonePattern(phone: string): RegExp | undefined {
  const digits = nationalDigits(phone);
  if (digits.length < 6) return undefined;
  const prefix = `(?:(?:\\+|00)\\s*39${DIGIT_GAP})?`;
  return new RegExp(`(?<![\\d+])${prefix}${digits.split('').join(DIGIT_GAP)}(?!\\d)`, 'g');
}

function literalPattern(value: string): RegExp | undefined {
  const trimmed = value.trim();
  return trimmed.length >= 3 ? new RegExp(escapeRegExp(trimmed), 'gi') : undefined;
}

/** Marks the words that belong to the name, by the rule of the scope. */
function nameMarks(words: readonly Word[], text: string, name: readonly string[], scope: MentionScope) {
  const marked = new Array<boolean>(words.length).fill(false);
  const joined = (i: number) => {
    const prev = words[i - 1];
    const word = words[i];
    return prev !== undefined && word !== undefined && NAME_GAP.test(text.slice(prev.end, word.start));
  };
  if (scope === 'own') {
    const long = new Set(name.filter((w) => w.length >= MIN_NAME_WORD));
    const short = new Set(name.filter((w) => w.length < MIN_NAME_WORD));
    words.forEach((w, i) => (marked[i] = long.has(w.folded)));
    // A particle goes only together with the rest of the name ("Di Stefano", "D'Amico").
    words.forEach((w, i) => {
      if (!short.has(w.folded)) return;
      if ((marked[i + 1] === true && joined(i + 1)) || (marked[i - 1] === true && joined(i)))
        marked[i] = true;
    });
    return marked;
  }
  // Every rotation: registers write "Cognome Nome" as often as "Nome Cognome".
  const orders = name.map((_, k) => [...name.slice(k), ...name.slice(0, k)]);
  for (let i = 0; i + name.length <= words.length; i += 1) {
    const run = words.slice(i, i + name.length).map((w) => w.folded);
    const together = run.every((_, k) => k === 0 || joined(i + k));
    if (together && orders.some((order) => order.every((w, k) => run[k] === w))) {
      for (let k = 0; k < name.length; k += 1) marked[i + k] = true;
    }
  }
  return marked;
}

/** Replaces the marked words, a run of them (the whole name) by a single {@link REDACTED}. */
function replaceMarked(text: string, words: readonly Word[], marked: readonly boolean[]): string {
  let out = '';
  let from = 0;
  words.forEach((w, i) => {
    if (!marked[i]) return;
    const prev = words[i - 1];
    const continuesRun =
      marked[i - 1] === true && prev !== undefined && NAME_GAP.test(text.slice(prev.end, w.start));
    out += continuesRun ? '' : text.slice(from, w.start) + REDACTED;
    from = w.end;
  });
  return out + text.slice(from);
}

/**
 * A function that takes every mention of the person out of a text: the e-mail
 * and PEC addresses and the tax id (any case), the phone number (with or without
 * spaces or +39), and the name (any case, with or without accents) by the rule
 * of the scope. Text that mentions nobody comes back unchanged.
 */
export function mentionRedactor(person: PersonIdentity, scope: MentionScope): (text: string) => string {
  const patterns = [
    literalPattern(person.email),
    literalPattern(person.pec),
    literalPattern(person.taxId),
    phonePattern(person.phone),
  ].filter((p) => p !== undefined);
  const name = nameWords(person.name);
  return (text) => {
    const plain = patterns.reduce((t, p) => t.replace(p, REDACTED), text);
    if (name.length === 0) return plain;
    const words = wordsOf(plain);
    const marked = nameMarks(words, plain, name, scope);
    return marked.includes(true) ? replaceMarked(plain, words, marked) : plain;
  };
}
