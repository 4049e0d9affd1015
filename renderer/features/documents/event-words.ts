/** Audit events in words of a document's language, for the event-log annex of destruction acts. */
import type { AuditEvent } from '../../../shared/audit/chain';
import { noteOf } from '../../../shared/audit/events';
import type { DocLanguage, LanguageChoice } from '../../../shared/documents/model';
import { LEGACY_ACTOR } from '../../db/actor';
import { MESSAGES } from '../../i18n/messages';

const keyOf = (type: string): string => (type.startsWith('action.') ? `case.action.${type.slice('action.'.length)}` : `event.${type}`);

function describeIn(event: AuditEvent, lang: DocLanguage): string {
  const messages: Readonly<Record<string, unknown>> = MESSAGES[lang];
  const found = messages[keyOf(event.type)];
  const label = typeof found === 'string' ? found : event.type;
  const note = noteOf(event);
  const detail = note ? note : 'number' in event.data ? `№ ${event.data.number}` : '';
  return detail === '' ? label : `${label}: ${detail}`;
}

/** The words of an event in one language: each half of a bilingual act prints its own. */
export function describeEvent(event: AuditEvent, lang: DocLanguage): string {
  return describeIn(event, lang);
}

/** The actor of an event in a document's language: events from before people were named say 'dpo'. */
export function actorInDocument(actor: string, lang: LanguageChoice): string {
  if (actor !== LEGACY_ACTOR) return actor;
  const word = (l: DocLanguage): string => {
    const found = (MESSAGES[l] as Readonly<Record<string, unknown>>)['actor.dpo'];
    return typeof found === 'string' ? found : actor;
  };
  return lang === 'both' ? `${word('kk')} / ${word('ru')}` : word(lang);
}
