/**
 * Who acts on this computer: a person of the organisation profile (the DPO or a deputy). The audit trail,
 * the register and the acts' annexes name this person. Also offered at unlock (LockScreen).
 */
import { useState } from 'react';
import { profilePeople } from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { resolveActor } from '../../db/actor';

export function ActorChooser({ idPrefix }: { idPrefix: string }) {
  const { t, settings, updateSetting } = useApp();
  const [status, setStatus] = useState('');
  const people = profilePeople(settings.orgProfile);
  if (people.length === 0) return <p className="card__hint">{t('actor.none')}</p>;
  const current = resolveActor(settings.actor, settings.orgProfile);
  const choose = async (name: string) => {
    await updateSetting('actor', name);
    setStatus(t('actor.saved', { name }));
  };
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}-actor`}>{t('actor.label')}</label>
      <select id={`${idPrefix}-actor`} name="actor" value={current} onChange={(e) => runTask(choose(e.target.value))}>
        {people.map((person) => (
          <option key={`${person.role}-${person.name}`} value={person.name}>
            {person.name} — {t(`actor.role.${person.role}`)}
          </option>
        ))}
      </select>
      <small>{t('actor.hint')}</small>
      <p className="status-line" role="status">
        {status}
      </p>
    </div>
  );
}

export function ActorSection() {
  const { t } = useApp();
  return (
    <section className="card" aria-labelledby="actor-title">
      <h2 id="actor-title">{t('actor.label')}</h2>
      <ActorChooser idPrefix="settings" />
    </section>
  );
}
