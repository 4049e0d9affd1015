/**
 * Issue 13 item 3: the breach register's files have Open and Save naming the file, through the platform; a file
 * that by its content is not viewable (an executable named .pdf) is refused with the localized message.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { registerIncident } from '../../../renderer/db/incident-steps';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { IncidentScreen } from '../../../renderer/features/breaches/IncidentScreen';
import { localInputToInstant } from '../../../shared/format';
import { checkIncidentForm, EMPTY_INCIDENT_FORM } from '../../../shared/incidents/incident-schema';
import { fakePlatform } from '../fake-platform';

/** Node's File and Blob in place of jsdom's before anything is imported: fake-indexeddb and Dexie keep them as files. */
const NodeFile = await vi.hoisted(async () => {
  const { Blob: NodeBlob, File: NodeFile } = await import('node:buffer');
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  return NodeFile as unknown as typeof File;
});

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`incident-files-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const NOW = new Date('2026-05-12T07:00:00Z');

describe('breach register files', () => {
  it('opens and saves each file through the platform; an executable named .pdf is refused', async () => {
    const checked = checkIncidentForm(
      {
        ...EMPTY_INCIDENT_FORM,
        detectedAt: '2026-05-12T10:30',
        detectedZone: 'Asia/Almaty',
        detectionMethod: 'monitoring',
        detectedBy: 'SOC',
        description: 'Выгрузка CRM в открытом доступе',
        systems: 'CRM',
        dataCategories: 'ФИО',
        subjectCategories: 'клиенты',
        kzCount: '1200',
        rfCount: '0',
        contactName: 'Омарова Сәуле',
      },
      { now: () => NOW, localToInstant: localInputToInstant },
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const incident = await registerIncident(
      checked.values,
      [
        new NodeFile(['2026-05-12 10:29 export by svc-crm'], 'soc.log', { type: 'text/plain' }),
        new NodeFile([new Uint8Array([0x4d, 0x5a, 0x90, 0])], 'report.pdf', { type: 'application/pdf' }),
      ],
      { closeOfBusiness: '18:00', deadlineTerms: {} },
      NOW,
    );
    const platform = fakePlatform({ kind: 'electron' });
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
        <IncidentScreen incidentId={incident.id} />
      </AppProvider>,
    );
    const files = await screen.findByTestId('incident-files');
    fireEvent.click(within(files).getByRole('button', { name: 'Open soc.log' }));
    await waitFor(() => expect(platform.openedAttachments.map((f) => f.fileName)).toEqual(['soc.log']));
    fireEvent.click(within(files).getByRole('button', { name: 'Open report.pdf' }));
    expect((await within(files).findByRole('alert')).textContent).toMatch(/^“report\.pdf”: this kind of file can only be saved/);
    fireEvent.click(within(files).getByRole('button', { name: 'Save report.pdf' }));
    expect(await within(files).findByText('Saved: /home/dpo/report.bin')).toBeTruthy();
  });
});
