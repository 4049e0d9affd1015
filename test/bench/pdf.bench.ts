/**
 * PDF generation in Node with the shipped Liberation Serif TTFs (embedded and subset, as in the app):
 *   pdf_letter_ms                      warm render of one reasoned refusal in Kazakh (model → definition → PDF bytes),
 *                                      median of interleaved runs; goal < 150 ms;
 *   pdf_letter_vs_bare_pdfmake_ratio   the same median over bare pdfmake laying out the letter's own text as plain
 *                                      paragraphs in the same fonts, size and margins, measured in the same loop;
 *                                      goal ≤ 1.5;
 *   pdf_act_1000_subjects_ms           one destruction act with 1 000 subjects (table and event-log annex),
 *                                      model → PDF bytes, median of warm runs; goal < 3 000 ms;
 *   pdf_act_model_1000_subjects_ms     the document model alone of that act (buildDestructionAct: one table row per
 *                                      subject), median of warm runs; goal < 500 ms;
 *   pdf_act_model_per_subject_1000_vs_100_ratio
 *                                      its cost per subject at 1 000 subjects over the cost per subject at 100, measured
 *                                      interleaved in the same loop: the model grows linearly; goal ≤ 2.
 * Every output is checked to be a PDF (or a model with one row per subject) before it counts.
 */
import { performance } from 'node:perf_hooks';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDestructionAct, destructionActPdf, refusalLetterPdf } from '../../shared/documents';
import { renderPdf } from '../fixtures/documents/pdf-node';
import { destructionAct, refusalLftKk } from '../fixtures/documents/sample-data';
import type { BenchFigure } from './deadline.bench';

const LETTER_RUNS = 21;
const ACT_RUNS = 3;
const MODEL_RUNS = 15;

interface GoalFigure extends BenchFigure {
  readonly goal: string;
  readonly met: boolean;
}

const log = (line: string): void => void process.stderr.write(`[pdf] ${line}\n`);
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italics: boolean;
}

/** Every string the definition prints, in reading order, with the face it is printed in (regular, bold, italics). */
export function runsOf(node: unknown, face: { bold: boolean; italics: boolean } = { bold: false, italics: false }, out: Run[] = []): Run[] {
  if (typeof node === 'string') out.push({ text: node, ...face });
  else if (Array.isArray(node)) for (const child of node) runsOf(child, face, out);
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const own = {
      bold: typeof record['bold'] === 'boolean' ? record['bold'] : face.bold,
      italics: typeof record['italics'] === 'boolean' ? record['italics'] : face.italics,
    };
    for (const key of ['text', 'stack', 'columns', 'ul', 'ol', 'section', 'table', 'body']) {
      if (key in record) runsOf(record[key], own, out);
    }
  }
  return out;
}

/**
 * The letter's text as plain paragraphs in the same fonts and faces, size, line height and margins — what bare
 * pdfmake does with the same words (no letterhead columns, tables, lists or signature block).
 */
export function bareDefinition(letter: TDocumentDefinitions): TDocumentDefinitions {
  const paragraphs: Content[] = runsOf(letter.content)
    .filter((run) => run.text.trim() !== '')
    .map((run) => ({ text: run.text.trim(), bold: run.bold, italics: run.italics, margin: [0, 0, 0, 4] }));
  return {
    pageSize: letter.pageSize ?? 'A4',
    pageMargins: letter.pageMargins ?? 40,
    ...(letter.defaultStyle === undefined ? {} : { defaultStyle: letter.defaultStyle }),
    content: paragraphs,
  };
}

async function timed(make: () => TDocumentDefinitions): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const bytes = await renderPdf(make());
  const ms = performance.now() - started;
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('the renderer did not produce a PDF');
  return { ms, bytes: bytes.byteLength };
}

/** Builds the act's model for `subjects` subjects; checks it has one row per subject. */
function timedModel(subjects: number): number {
  const input = destructionAct(subjects);
  const started = performance.now();
  const model = buildDestructionAct(input, 'ru');
  const ms = performance.now() - started;
  const table = model.blocks.find((b) => b.kind === 'table' && b.element === 'subjects');
  if (table?.kind !== 'table' || table.rows.length !== subjects) throw new Error(`the act model does not list ${subjects} subjects`);
  return ms;
}

const goal = (name: string, value: number, unit: string, target: string, met: boolean): GoalFigure => ({ name, value, unit, goal: target, met });

export async function runPdfBench(): Promise<BenchFigure[]> {
  const letter = () => refusalLetterPdf(refusalLftKk, 'kk');
  const bareText = bareDefinition(letter());
  const bare = () => bareText;
  const words = runsOf(letter().content)
    .map((r) => r.text)
    .join(' ')
    .split(/\s+/).length;

  // Warm-up: font parsing, module JIT, glyph caches.
  for (let i = 0; i < 4; i++) {
    await timed(letter);
    await timed(bare);
  }
  const letterMs: number[] = [];
  const bareMs: number[] = [];
  let letterBytes = 0;
  for (let i = 0; i < LETTER_RUNS; i++) {
    const a = await timed(letter);
    const b = await timed(bare);
    letterMs.push(a.ms);
    bareMs.push(b.ms);
    letterBytes = a.bytes;
  }
  const letterMedian = median(letterMs);
  const bareMedian = median(bareMs);
  log(
    `refusal letter (kk, ${words} words, ${Math.round(letterBytes / 1024)} KB): median ${round(letterMedian)} ms; bare pdfmake, same text: median ${round(bareMedian)} ms`,
  );

  const act = destructionAct(1000);
  await timed(() => destructionActPdf(act, 'kk'));
  const actMs: number[] = [];
  let actBytes = 0;
  for (let i = 0; i < ACT_RUNS; i++) {
    const run = await timed(() => destructionActPdf(destructionAct(1000), i % 2 === 0 ? 'kk' : 'ru'));
    actMs.push(run.ms);
    actBytes = run.bytes;
  }
  const actMedian = median(actMs);
  log(`act with 1000 subjects: ${actMs.map((ms) => round(ms)).join(', ')} ms (${Math.round(actBytes / 1024)} KB)`);

  // The model alone, at 1 000 and at 100 subjects, interleaved after a warm-up.
  for (let i = 0; i < 3; i++) {
    timedModel(1000);
    timedModel(100);
  }
  const model1000Ms: number[] = [];
  const model100Ms: number[] = [];
  for (let i = 0; i < MODEL_RUNS; i++) {
    model1000Ms.push(timedModel(1000));
    model100Ms.push(timedModel(100));
  }
  const model1000Median = median(model1000Ms);
  const model100Median = median(model100Ms);
  const perSubjectRatio = model1000Median / 1000 / (model100Median / 100);
  log(`act model: 1000 subjects median ${round(model1000Median)} ms, 100 subjects median ${round(model100Median, 2)} ms`);

  const ratio = letterMedian / bareMedian;
  return [
    goal('pdf_letter_ms', round(letterMedian), 'ms', '< 150', letterMedian < 150),
    goal('pdf_letter_vs_bare_pdfmake_ratio', round(ratio, 3), 'ratio', '<= 1.5', ratio <= 1.5),
    goal('pdf_act_1000_subjects_ms', round(actMedian), 'ms', '< 3000', actMedian < 3000),
    goal('pdf_act_model_1000_subjects_ms', round(model1000Median, 2), 'ms', '< 500', model1000Median < 500),
    goal('pdf_act_model_per_subject_1000_vs_100_ratio', round(perSubjectRatio, 3), 'ratio', '<= 2', perSubjectRatio <= 2),
  ];
}
