/** How an event's actor is shown: the person's name; events from before people were named say 'dpo'. */
import { LEGACY_ACTOR } from '../db/actor';
import type { Translate } from './app-context';

export const actorLabel = (t: Translate, actor: string): string => (actor === LEGACY_ACTOR ? t('actor.dpo') : actor);
