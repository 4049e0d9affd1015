/** "Print case file" on the case screen: one PDF (kk or ru) of the case with the audit extract and the anchor. */
import { useState } from 'react';
import type { DeadlineContext } from '../../../shared/cases/deadlines';
import type { CaseRecord } from '../../../shared/cases/model';
import { stampAnchor } from '../../../shared/documents/anchor-footer';
import { toPdfDefinition } from '../../../shared/documents/layout';
import type { DocLanguage } from '../../../shared/documents/model';
import { useApp } from '../../app/app-context';
import { describeSave } from '../../app/describe-save';
import { runTask } from '../../app/run-task';
import { currentActor } from '../../db/actor';
import { readCaseFile } from '../../db/case-file-queries';
import { renderPdf } from '../documents/pdf-browser';
import { caseFileModel } from './case-file-model';

export function CaseFilePanel({ record, context }: { record: CaseRecord; context: DeadlineContext | undefined }) {
  const { t, settings, platform } = useApp();
  const [lang, setLang] = useState<DocLanguage>(record.language === 'kk' ? 'kk' : 'ru');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const print = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const data = await readCaseFile(record.id);
      if (!data) return;
      const model = caseFileModel(data, { lang, timeZone: settings.displayTimeZone, context, printedAt: new Date(), actor: currentActor() });
      const bytes = await renderPdf(stampAnchor(toPdfDefinition([model]), data.anchor));
      const result = await platform.saveFile(`case-file-${record.number}-${lang}.pdf`, bytes, [{ name: 'PDF', extensions: ['pdf'] }]);
      setStatus(describeSave(result, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="case-file-title">
      <h2 id="case-file-title">{t('casefile.print')}</h2>
      <p className="card__hint">{t('casefile.hint')}</p>
      <div className="field-row">
        <label className="field">
          <span>{t('casefile.language')}</span>
          <select name="caseFileLanguage" value={lang} onChange={(e) => setLang(e.target.value === 'kk' ? 'kk' : 'ru')}>
            <option value="kk" lang="kk">
              {t('lang.kk')}
            </option>
            <option value="ru" lang="ru">
              {t('lang.ru')}
            </option>
          </select>
        </label>
      </div>
      <button type="button" className="btn" aria-disabled={busy} onClick={() => runTask(print())}>
        {t('casefile.print')}
      </button>
      <p className="status-line" role="status" data-testid="case-file-status">
        {status}
      </p>
    </section>
  );
}
