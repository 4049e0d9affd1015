/**
 * Inputs of the document forms. Free text is typed in the language(s) the document is printed in; with one
 * language the same text serves both versions. Several items are typed one per line. In a bilingual document
 * each half prints its own language: a text typed in one language is copied into the other as a starting
 * point, marked until the DPO translates or confirms it, and nothing is issued while a printed copy is unconfirmed.
 */
import { DEFAULT_GROUNDS, findGround } from '../../../shared/documents/grounds';
import { groundDisplay } from '../../../shared/documents/grounds-display';
import { messageWithTyped } from '../../i18n/too-long';
import type { DestructionReason, DocLanguage, Ground, LanguageChoice } from '../../../shared/documents/model';
import { DESTRUCTION_METHODS, type ActDefaults } from '../../../shared/documents/profile-schema';
import { bilingualOf, type ActChoices } from '../../../shared/documents/case-documents';
import { languagesFor } from '../../../shared/documents/pdf-definitions';
import { useApp } from '../../app/app-context';
import type { MessageKey } from '../../i18n/messages';
import { TEXT_LIMIT, textTooLong } from '../../../shared/text-limits';

export interface LangPair {
  readonly kk: string;
  readonly ru: string;
  /** Languages whose text was copied from the other one and is not yet confirmed. */
  readonly pending?: readonly DocLanguage[];
}
export const emptyPair: LangPair = { kk: '', ru: '' };

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** A text typed once (e.g. an action's note): kept for its own language, copied for the other and marked. */
export const copiedPair = (text: string): LangPair => {
  if (text.trim() === '') return emptyPair;
  const typedIn: DocLanguage = KAZAKH_LETTERS.test(text) ? 'kk' : 'ru';
  return { kk: text, ru: text, pending: [typedIn === 'kk' ? 'ru' : 'kk'] };
};

/** True when a printed language of any pair still holds an unconfirmed copy. */
export const unconfirmedIn = (language: LanguageChoice, pairs: readonly LangPair[]): boolean => {
  const printed = languagesFor(language);
  return language === 'both' && pairs.some((p) => (p.pending ?? []).some((l) => printed.includes(l) && p[l].trim() !== ''));
};

export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** One item per line, Kazakh and Russian lines paired by position. */
export const itemsOf = (pair: LangPair) => {
  const kk = linesOf(pair.kk);
  const ru = linesOf(pair.ru);
  return Array.from({ length: Math.max(kk.length, ru.length) }, (_, i) => bilingualOf(kk[i] ?? '', ru[i] ?? ''));
};

export const pairOrUndefined = (pair: LangPair) => (pair.kk.trim() === '' && pair.ru.trim() === '' ? undefined : bilingualOf(pair.kk, pair.ru));

export function LanguagePicker({ value, onChange }: { value: LanguageChoice; onChange: (value: LanguageChoice) => void }) {
  const { t } = useApp();
  return (
    <div className="segmented doc-language" role="group" aria-label={t('doc.draft.language')}>
      {(['kk', 'ru', 'both'] as const).map((choice) => (
        <button
          key={choice}
          type="button"
          aria-pressed={value === choice}
          className={value === choice ? 'segmented__btn segmented__btn--on' : 'segmented__btn'}
          onClick={() => onChange(choice)}
        >
          {t(`doc.lang.${choice}`)}
        </button>
      ))}
    </div>
  );
}

/** Under a draft's field: its text is over the limit (the draft will not be previewed until it is shortened). */
function TooLong({ label, text }: { label: string; text: string }) {
  const { t } = useApp();
  if (text.length <= TEXT_LIMIT.note) return null;
  return (
    <span className="field-error">
      {label}: {messageWithTyped(t, textTooLong(TEXT_LIMIT.note), text.length)}
    </span>
  );
}

/** A text in each language the document is printed in. */
export function LangText({
  label,
  value,
  onChange,
  language,
  multiline,
  hint,
  name,
}: {
  label: string;
  value: LangPair;
  onChange: (value: LangPair) => void;
  language: LanguageChoice;
  multiline?: boolean;
  hint?: string;
  name: string;
}) {
  const { t } = useApp();
  const langs: readonly DocLanguage[] = languagesFor(language);
  const pending = value.pending ?? [];
  return (
    <div className="field-row">
      {langs.map((lang) => {
        const other: DocLanguage = lang === 'kk' ? 'ru' : 'kk';
        const fieldLabel = langs.length > 1 ? `${label} (${t(`doc.lang.short.${lang}`)})` : label;
        const copyInto = langs.length > 1 && (value[other].trim() === '' || (pending.includes(other) && value[other] === value[lang]));
        const set = (text: string) => {
          // Typing in a language confirms it; the other, if empty or still an unconfirmed copy, follows as a marked copy.
          const rest = pending.filter((l) => l !== lang && l !== other);
          onChange(
            copyInto
              ? { kk: text, ru: text, pending: [...rest, other] }
              : { kk: value.kk, ru: value.ru, [lang]: text, pending: pending.filter((l) => l !== lang) },
          );
        };
        const marked = langs.length > 1 && pending.includes(lang) && value[lang].trim() !== '';
        return (
          <label key={lang} className="field">
            <span>{fieldLabel}</span>
            {multiline ? (
              <textarea
                name={`${name}.${lang}`}
                lang={lang}
                rows={3}
                value={value[lang]}
                onChange={(e) => set(e.target.value)}
                aria-invalid={marked || undefined}
              />
            ) : (
              <input name={`${name}.${lang}`} lang={lang} value={value[lang]} onChange={(e) => set(e.target.value)} aria-invalid={marked || undefined} />
            )}
            {hint !== undefined && <small>{hint}</small>}
            <TooLong label={fieldLabel} text={value[lang]} />
            {marked && (
              <span className="lang-pending" data-testid={`pending-${name}.${lang}`}>
                <small>{t('doc.draft.copied', { from: t(`doc.lang.short.${other}`) })}</small>
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => onChange({ kk: value.kk, ru: value.ru, pending: pending.filter((l) => l !== lang) })}
                >
                  {t('doc.draft.confirmTranslation')}
                </button>
              </span>
            )}
          </label>
        );
      })}
    </div>
  );
}

/* ───────────── destruction act ───────────── */

export const DESTRUCTION_REASONS = [
  'unlawful-processing',
  'consent-withdrawn',
  'purpose-achieved',
  'storage-term-expired',
  'relationship-ended',
  'court-decision',
  'no-consent',
  'correction-impossible',
] as const satisfies readonly DestructionReason[];

export interface PaperRow {
  readonly name: LangPair;
  readonly sheets: string;
}
export interface RetainedRow {
  readonly what: LangPair;
  readonly groundId: string;
}

export interface ActFormState {
  readonly reason: DestructionReason;
  readonly reasonDetails: LangPair;
  readonly categories: LangPair;
  readonly systems: LangPair;
  readonly paper: readonly PaperRow[];
  readonly methods: readonly ActDefaults['methods'][number][];
  readonly methodDetails: LangPair;
  readonly retained: readonly RetainedRow[];
}

export const initialActForm = (defaults: ActDefaults, reason: DestructionReason): ActFormState => ({
  reason,
  reasonDetails: emptyPair,
  categories: { kk: defaults.categories.map((c) => c.kk).join('\n'), ru: defaults.categories.map((c) => c.ru).join('\n') },
  // The settings name the systems once: that text starts both languages, the copy marked until confirmed.
  systems: copiedPair(defaults.informationSystems.join('\n')),
  paper: [],
  methods: defaults.methods,
  methodDetails: emptyPair,
  retained: [],
});

export type ActFormProblem =
  'doc.draft.problem.categories' | 'doc.draft.problem.methods' | 'doc.draft.problem.sheets' | 'doc.draft.problem.retained' | 'doc.draft.problem.unconfirmed';

/** Every typed pair of the act form (for the unconfirmed-copy check). */
export const actPairs = (state: ActFormState): LangPair[] => [
  state.reasonDetails,
  state.categories,
  state.systems,
  state.methodDetails,
  ...state.paper.map((p) => p.name),
  ...state.retained.map((r) => r.what),
];

/** The builders' choices from the form, or the first problem to show. */
export const actChoicesOf = (state: ActFormState, grounds: readonly Ground[], language: LanguageChoice): ActChoices | { problem: ActFormProblem } => {
  if (unconfirmedIn(language, actPairs(state))) return { problem: 'doc.draft.problem.unconfirmed' };
  const categories = itemsOf(state.categories);
  if (categories.length === 0) return { problem: 'doc.draft.problem.categories' };
  if (state.methods.length === 0) return { problem: 'doc.draft.problem.methods' };
  const paper = state.paper.filter((p) => p.name.kk.trim() !== '' || p.name.ru.trim() !== '' || p.sheets.trim() !== '');
  if (paper.some((p) => !/^\d{1,5}$/.test(p.sheets.trim()) || Number(p.sheets) < 1 || (p.name.kk.trim() === '' && p.name.ru.trim() === ''))) {
    return { problem: 'doc.draft.problem.sheets' };
  }
  const retained = state.retained.filter((r) => r.what.kk.trim() !== '' || r.what.ru.trim() !== '');
  const withGrounds = retained.map((r) => ({ what: bilingualOf(r.what.kk, r.what.ru), ground: grounds.find((g) => g.id === r.groundId) }));
  if (withGrounds.some((r) => r.ground === undefined)) return { problem: 'doc.draft.problem.retained' };
  return {
    reason: state.reason,
    reasonDetails: pairOrUndefined(state.reasonDetails),
    categories,
    informationSystems: itemsOf(state.systems),
    paperCarriers: paper.map((p) => ({ name: bilingualOf(p.name.kk, p.name.ru), sheets: Number(p.sheets) })),
    methods: state.methods,
    methodDetails: pairOrUndefined(state.methodDetails),
    retained: withGrounds.map((r) => ({ what: r.what, ground: r.ground! })),
  };
};

export function ActFields({
  value,
  onChange,
  language,
  grounds,
  defaults,
}: {
  value: ActFormState;
  onChange: (value: ActFormState) => void;
  language: LanguageChoice;
  grounds: readonly Ground[];
  defaults: ActDefaults;
}) {
  const { t, settings } = useApp();
  const ui: DocLanguage = settings.locale === 'kk' ? 'kk' : 'ru';
  const set = <K extends keyof ActFormState>(key: K, v: ActFormState[K]) => onChange({ ...value, [key]: v });
  const kzGrounds = grounds.filter((g) => g.jurisdiction === 'kz');
  return (
    <div className="act-fields">
      <label className="field">
        <span>{t('doc.act.reason')}</span>
        <select name="actReason" value={value.reason} onChange={(e) => set('reason', e.target.value as DestructionReason)}>
          {DESTRUCTION_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`doc.reason.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <LangText
        name="reasonDetails"
        label={t('doc.act.reasonDetails')}
        value={value.reasonDetails}
        onChange={(v) => set('reasonDetails', v)}
        language={language}
      />
      <LangText
        name="categories"
        label={t('doc.act.categories')}
        hint={t('doc.onePerLine')}
        value={value.categories}
        onChange={(v) => set('categories', v)}
        language={language}
        multiline
      />
      <LangText
        name="systems"
        label={t('doc.act.systems')}
        hint={t('doc.onePerLine')}
        value={value.systems}
        onChange={(v) => set('systems', v)}
        language={language}
        multiline
      />
      <div className="field">
        <span>{t('doc.act.methods')}</span>
        <div className="checks">
          {DESTRUCTION_METHODS.map((m) => (
            <label key={m} className="check">
              <input
                type="checkbox"
                name="methods"
                value={m}
                checked={value.methods.includes(m)}
                onChange={(e) => set('methods', e.target.checked ? [...value.methods, m] : value.methods.filter((x) => x !== m))}
              />
              <span>{t(`doc.method.${m}`)}</span>
            </label>
          ))}
        </div>
      </div>
      <LangText
        name="methodDetails"
        label={t('doc.act.methodDetails')}
        value={value.methodDetails}
        onChange={(v) => set('methodDetails', v)}
        language={language}
      />
      <div className="field">
        <span>{t('doc.act.paper')}</span>
        {value.paper.map((row, i) => (
          <div key={i} className="paper-row">
            <LangText
              name={`paper.${i}`}
              label={t('doc.act.paperName')}
              value={row.name}
              onChange={(v) =>
                set(
                  'paper',
                  value.paper.map((p, j) => (j === i ? { ...p, name: v } : p)),
                )
              }
              language={language}
            />
            <label className="field field--narrow">
              <span>{t('doc.act.sheets')}</span>
              <input
                name={`paper.${i}.sheets`}
                inputMode="numeric"
                value={row.sheets}
                onChange={(e) =>
                  set(
                    'paper',
                    value.paper.map((p, j) => (j === i ? { ...p, sheets: e.target.value } : p)),
                  )
                }
              />
            </label>
            <button
              type="button"
              className="btn btn--small"
              onClick={() =>
                set(
                  'paper',
                  value.paper.filter((_, j) => j !== i),
                )
              }
            >
              {t('doc.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => set('paper', [...value.paper, { name: emptyPair, sheets: '' }])}>
          {t('doc.act.addPaper')}
        </button>
      </div>
      <div className="field">
        <span>{t('doc.act.retained')}</span>
        {value.retained.map((row, i) => (
          <div key={i} className="paper-row">
            <LangText
              name={`retained.${i}`}
              label={t('doc.act.retainedWhat')}
              value={row.what}
              onChange={(v) =>
                set(
                  'retained',
                  value.retained.map((r, j) => (j === i ? { ...r, what: v } : r)),
                )
              }
              language={language}
            />
            <label className="field">
              <span>{t('doc.act.retainedGround')}</span>
              <select
                value={row.groundId}
                onChange={(e) =>
                  set(
                    'retained',
                    value.retained.map((r, j) => (j === i ? { ...r, groundId: e.target.value } : r)),
                  )
                }
              >
                {kzGrounds.map((g) => (
                  <option key={g.id} value={g.id}>
                    {groundDisplay(g, findGround(DEFAULT_GROUNDS, g.id), settings.locale).citation}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn btn--small"
              onClick={() =>
                set(
                  'retained',
                  value.retained.filter((_, j) => j !== i),
                )
              }
            >
              {t('doc.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn--small"
          onClick={() => set('retained', [...value.retained, { what: emptyPair, groundId: kzGrounds[0]?.id ?? '' }])}
        >
          {t('doc.act.addRetained')}
        </button>
      </div>
      <div className="act-people">
        <p>
          <strong>{t('doc.act.destroyedBy')}</strong> {defaults.destroyedBy.map((p) => `${p.name} (${p.position[ui]})`).join('; ')}
        </p>
        <p>
          <strong>{t('doc.act.commission')}</strong> {defaults.commission.map((p) => `${p.name} (${t(`doc.acts.role.${p.role}`)})`).join('; ')}
        </p>
        <p className="muted">
          {t('doc.act.peopleHint')} <a href="#/settings">{t('doc.act.toSettings')}</a>
        </p>
      </div>
    </div>
  );
}
