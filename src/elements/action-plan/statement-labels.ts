/**
 * Short labels for the statement's outcomes and commitments ("Outcome 7", "Safe 4"), as the
 * statement element shows them, in the language rendering.
 */
import { msg, str } from '../shared/msg.js';
import { localizeContent } from '../shared/locale.js';
import { getItem } from '../../core/statement.js';
import type { Commitment, Domain, Outcome, Theme } from '../../../schema/statement.js';

/** "Outcome 7" or "Safe 4" for a statement item; the id itself for anything else. */
export function statementLabel(id: string): string {
  const entry = getItem(id);
  if (entry?.kind === 'outcome') return msg(str`Outcome ${entry.item.number}`);
  if (entry?.kind === 'commitment') return `${localizeContent(entry.group).name} ${entry.item.number}`;
  return id;
}

/** "Outcome 7" for an outcome, or "Safe 4" for a commitment of `group`. */
export function itemLabel(item: Outcome | Commitment, group?: Domain | Theme): string {
  return group ? `${localizeContent(group).name} ${item.number}` : msg(str`Outcome ${item.number}`);
}
