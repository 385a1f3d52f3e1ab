import type { Standards } from '../deadlines';
import type { StudioProfile } from '../settings';

/** One saved wording of the studio's complaint policy. */
export interface PolicyVersion {
  /** 1 for the first saved text, then one more on every save. */
  readonly version: number;
  readonly text: string;
  /** When it was saved (ISO instant). */
  readonly savedAt: string;
}

/** Every saved version of the policy, oldest first; empty until the studio saves its own. */
export type PolicyHistory = readonly PolicyVersion[];

/** Longest policy the studio may save: some ten printed pages. */
export const POLICY_MAX_LENGTH = 30_000;

/**
 * Adds `text` as the next version. Saving the same text again adds nothing:
 * a version number should mean the wording changed.
 */
export function addPolicyVersion(history: PolicyHistory, text: string, now: Date): PolicyHistory {
  const trimmed = text.trim();
  const latest = history.at(-1);
  if (latest?.text === trimmed) return history;
  return [...history, { version: (latest?.version ?? 0) + 1, text: trimmed, savedAt: now.toISOString() }];
}

/** The placeholders a policy may use; each is replaced by the studio's current details. */
export const POLICY_PLACEHOLDERS = [
  'studio',
  'indirizzo',
  'email',
  'pec',
  'telefono',
  'presa_in_carico',
  'risposta',
  'risoluzione',
  'follow_up',
] as const;

/**
 * Fills the placeholders (`{studio}`, `{risposta}`…) with the studio's
 * profile and standards, so the printed policy always states the response
 * times the studio currently promises. Unknown braces are left as typed.
 */
export function fillPolicy(text: string, studio: StudioProfile, standards: Standards): string {
  const values: Record<(typeof POLICY_PLACEHOLDERS)[number], string> = {
    studio: studio.name,
    indirizzo: studio.address,
    email: studio.email,
    pec: studio.pec,
    telefono: studio.phone,
    presa_in_carico: String(standards.acknowledgeDays),
    risposta: String(standards.respondDays),
    risoluzione: String(standards.resolveDays),
    follow_up: String(standards.followUpDays),
  };
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
    name in values ? values[name as keyof typeof values] : whole,
  );
}

export type PolicyBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

/**
 * Reads the policy's plain-text layout: `## ` starts a heading, `- ` a list
 * item, a blank line ends a paragraph. Enough structure for a printed page,
 * little enough that anyone can write it in a text box.
 */
export function policyBlocks(text: string): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (items.length) blocks.push({ kind: 'list', items });
    paragraph = [];
    items = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (line.startsWith('## ')) {
      flush();
      blocks.push({ kind: 'heading', text: line.slice(3).trim() });
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      items.push(line.slice(2).trim());
    } else {
      if (items.length) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
