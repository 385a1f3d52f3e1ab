/** The letters the studio sends during a recovery. */
export const LETTER_KINDS = [
  'acknowledgement',
  'apology',
  'solution',
  'update',
  'follow_up',
  'unfounded',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The merge fields a letter template may use, written `{{name}}`. */
export const MERGE_FIELDS = [
  'client',
  'code',
  'receivedDate',
  'subject',
  'today',
  'handler',
  'studio',
  'studioAddress',
  'studioEmail',
  'studioPhone',
  'solution',
  'reason',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Readonly<Record<MergeField, string>>;

/** A letter as drafted and, once sent, as stored: exactly the text the client got. */
export interface Letter {
  readonly kind: LetterKind;
  readonly subject: string;
  readonly body: string;
}

/** A letter's wording with its `{{fields}}` still in place. */
export interface LetterTemplate {
  readonly subject: string;
  readonly body: string;
}

/** The studio's own wording of some letter kinds; the others keep the built-in one. */
export type LetterTemplates = Readonly<Partial<Record<LetterKind, LetterTemplate>>>;

type Templates = Readonly<Record<LetterKind, LetterTemplate>>;

const SIGNATURE_IT =
  '\n\nCordiali saluti,\n{{handler}}\n{{studio}}\n{{studioAddress}}\n{{studioEmail}} · {{studioPhone}}';
const SIGNATURE_EN =
  '\n\nKind regards,\n{{handler}}\n{{studio}}\n{{studioAddress}}\n{{studioEmail}} · {{studioPhone}}';

const IT: Templates = {
  acknowledgement: {
    subject: 'Abbiamo ricevuto la sua segnalazione – {{code}}',
    body: `Gentile {{client}},\n\nla ringraziamo per averci scritto il {{receivedDate}} a proposito di «{{subject}}». La sua segnalazione è registrata con il codice {{code}}: la useremo in ogni comunicazione.\n\nSe ne occupa personalmente chi firma questa lettera, che la ricontatterà a breve con un primo riscontro.${SIGNATURE_IT}`,
  },
  apology: {
    subject: 'Le nostre scuse – {{code}}',
    body: `Gentile {{client}},\n\nci dispiace sinceramente per quanto ha vissuto a proposito di «{{subject}}». Non è l'esperienza che vogliamo offrire ai nostri clienti e la ringraziamo per avercelo detto con franchezza.\n\nStiamo ricostruendo con attenzione quanto accaduto e la terremo informata su ogni passo, fino a una soluzione.${SIGNATURE_IT}`,
  },
  solution: {
    subject: 'La nostra proposta – {{code}}',
    body: `Gentile {{client}},\n\nabbiamo esaminato con cura la sua segnalazione del {{receivedDate}} («{{subject}}»). Le proponiamo quanto segue:\n\n{{solution}}\n\nCi faccia sapere se la proposta le va bene. Se non la ritenesse adeguata, potrà chiedere un riesame da parte del titolare dello studio, rivolgersi all'Ordine professionale o a un organismo di mediazione.${SIGNATURE_IT}`,
  },
  update: {
    subject: 'Aggiornamento sulla sua segnalazione – {{code}}',
    body: `Gentile {{client}},\n\ndesideriamo aggiornarla sulla sua segnalazione «{{subject}}». Ad oggi, {{today}}, stiamo lavorando come segue:\n\n{{solution}}\n\nLa ricontatteremo non appena ci saranno novità e comunque entro i tempi che le abbiamo indicato.${SIGNATURE_IT}`,
  },
  follow_up: {
    subject: 'Com’è andata? – {{code}}',
    body: `Gentile {{client}},\n\nqualche tempo fa abbiamo gestito la sua segnalazione «{{subject}}». Vorremmo sapere se la soluzione adottata ha risolto davvero il problema e come valuta il modo in cui l'abbiamo seguita.\n\nLa sua opinione ci aiuta a migliorare: basta rispondere a questa lettera o telefonarci.${SIGNATURE_IT}`,
  },
  unfounded: {
    subject: 'Esito della sua segnalazione – {{code}}',
    body: `Gentile {{client}},\n\nla ringraziamo per la segnalazione del {{receivedDate}} («{{subject}}»), che abbiamo esaminato con attenzione. Dopo le verifiche non possiamo accoglierla, per le seguenti ragioni:\n\n{{reason}}\n\nComprendiamo che non sia la risposta che si aspettava. Resta a sua disposizione un riesame da parte del titolare dello studio, l'Ordine professionale o un organismo di mediazione.${SIGNATURE_IT}`,
  },
};

const EN: Templates = {
  acknowledgement: {
    subject: 'We have received your complaint – {{code}}',
    body: `Dear {{client}},\n\nthank you for writing to us on {{receivedDate}} about “{{subject}}”. Your complaint is registered under the code {{code}}, which we will use in every message.\n\nThe person signing this letter is handling it personally and will be back to you shortly with a first answer.${SIGNATURE_EN}`,
  },
  apology: {
    subject: 'Our apologies – {{code}}',
    body: `Dear {{client}},\n\nwe are truly sorry for what you went through about “{{subject}}”. It is not the experience we want our clients to have, and we thank you for telling us so frankly.\n\nWe are carefully reconstructing what happened and will keep you informed at every step until it is put right.${SIGNATURE_EN}`,
  },
  solution: {
    subject: 'Our proposal – {{code}}',
    body: `Dear {{client}},\n\nwe have carefully examined your complaint of {{receivedDate}} (“{{subject}}”). We propose the following:\n\n{{solution}}\n\nPlease let us know whether this works for you. If you find it inadequate, you may ask for a review by the studio's owner, or turn to the professional body or a mediation service.${SIGNATURE_EN}`,
  },
  update: {
    subject: 'Update on your complaint – {{code}}',
    body: `Dear {{client}},\n\nwe would like to update you on your complaint “{{subject}}”. As of today, {{today}}, this is where we are:\n\n{{solution}}\n\nWe will be in touch as soon as there is news, and in any case within the times we gave you.${SIGNATURE_EN}`,
  },
  follow_up: {
    subject: 'How did it go? – {{code}}',
    body: `Dear {{client}},\n\nsome time ago we handled your complaint “{{subject}}”. We would like to know whether the solution really solved the problem and how you rate the way we handled it.\n\nYour opinion helps us improve: just reply to this letter or give us a call.${SIGNATURE_EN}`,
  },
  unfounded: {
    subject: 'Outcome of your complaint – {{code}}',
    body: `Dear {{client}},\n\nthank you for your complaint of {{receivedDate}} (“{{subject}}”), which we examined carefully. After our checks we cannot uphold it, for these reasons:\n\n{{reason}}\n\nWe understand this is not the answer you hoped for. A review by the studio's owner, the professional body or a mediation service remain open to you.${SIGNATURE_EN}`,
  },
};

/** The built-in template of a letter kind in the given language. */
export const builtInLetterTemplate = (kind: LetterKind, language: 'it' | 'en'): LetterTemplate =>
  (language === 'en' ? EN : IT)[kind];

/** The template a letter is drafted from: the studio's own wording when it has one. */
export const letterTemplate = (
  kind: LetterKind,
  language: 'it' | 'en',
  studioTemplates: LetterTemplates = {},
): LetterTemplate => studioTemplates[kind] ?? builtInLetterTemplate(kind, language);

const FIELD = /\{\{(\w+)\}\}/g;
const isField = (name: string): name is MergeField => (MERGE_FIELDS as readonly string[]).includes(name);

/** Why a studio's template cannot be saved as typed. */
export type LetterTemplateError =
  | { readonly part: 'subject' | 'body'; readonly error: 'empty' }
  | { readonly part: 'subject' | 'body'; readonly error: 'unknownField'; readonly names: readonly string[] };

/**
 * Checks a template the studio wrote: subject and body must say something,
 * and every `{{field}}` must be one Riparo can fill (a misspelt field would
 * otherwise reach the client as typed).
 */
export function validateLetterTemplate(template: LetterTemplate): LetterTemplateError[] {
  return (['subject', 'body'] as const).flatMap((part): LetterTemplateError[] => {
    const text = template[part];
    if (text.trim() === '') return [{ part, error: 'empty' }];
    const unknown = [...text.matchAll(FIELD)].map((m) => m[1] ?? '').filter((name) => !isField(name));
    return unknown.length > 0 ? [{ part, error: 'unknownField', names: [...new Set(unknown)] }] : [];
  });
}

/** Signature details a studio may not have entered: left out when empty rather than flagged. */
const OPTIONAL: readonly MergeField[] = ['handler', 'studio', 'studioAddress', 'studioEmail', 'studioPhone'];

function mergeLine(line: string, values: MergeValues, missing: Set<MergeField>): string | null {
  const leftOut: MergeField[] = [];
  const text = line.replace(FIELD, (whole, name: string) => {
    if (!isField(name)) return whole;
    const value = values[name].trim();
    if (value !== '') return value;
    if (OPTIONAL.includes(name)) {
      leftOut.push(name);
      return '';
    }
    missing.add(name);
    return whole;
  });
  if (leftOut.length === 0) return text;
  // A signature line whose details are all missing goes; a half-empty one loses its dangling separator.
  const tidy = text.replace(/^[\s·]+|[\s·]+$/g, '');
  return tidy === '' ? null : tidy;
}

/**
 * Fills a template's `{{fields}}`. A field with no value (e.g. no proposed
 * solution yet) is left visible as `{{field}}` and listed in `missing`, so the
 * studio sees it before sending; empty signature details are left out, and
 * unknown names are left as typed.
 */
export function mergeText(template: string, values: MergeValues): { text: string; missing: MergeField[] } {
  const missing = new Set<MergeField>();
  const lines = template.split('\n').map((line) => mergeLine(line, values, missing));
  return { text: lines.filter((line) => line !== null).join('\n'), missing: [...missing] };
}

/** A letter of this kind drafted from its template, with the fields still to fill. */
export function draftLetter(
  kind: LetterKind,
  language: 'it' | 'en',
  values: MergeValues,
  studioTemplates: LetterTemplates = {},
): { letter: Letter; missing: MergeField[] } {
  const template = letterTemplate(kind, language, studioTemplates);
  const subject = mergeText(template.subject, values);
  const body = mergeText(template.body, values);
  return {
    letter: { kind, subject: subject.text, body: body.text },
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}

/** A `mailto:` address opening the letter in the studio's e-mail program. */
export function mailtoUrl(to: string, letter: Pick<Letter, 'subject' | 'body'>): string {
  const query = `subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
  return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@')}?${query}`;
}
