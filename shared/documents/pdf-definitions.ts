/**
 * One call per document type: input + language choice → pdfmake definition. 'both' prints the Kazakh
 * version first, then the Russian one, each starting on a new page with its own footer — the way a Kazakh
 * company sends a bilingual reply (state language first; the Language Law Art. 11 allows the language of
 * the request).
 */
import { buildConfirmationLetter } from './confirmation-letter';
import { buildDestructionAct } from './destruction-act';
import type { DocumentModel } from './document-model';
import { buildExtensionNotice } from './extension-notice';
import { buildInformationAnswer, type InformationAnswerInput } from './information-answer';
import { toPdfDefinition } from './layout';
import type { ConfirmationLetterInput, DestructionActInput, DocLanguage, ExtensionNoticeInput, LanguageChoice, RefusalLetterInput } from './model';
import { buildRefusalLetter } from './refusal-letter';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

export const languagesFor = (choice: LanguageChoice): readonly DocLanguage[] => (choice === 'both' ? ['kk', 'ru'] : [choice]);

const definition = <I>(input: I, choice: LanguageChoice, build: (input: I, lang: DocLanguage) => DocumentModel): TDocumentDefinitions =>
  toPdfDefinition(languagesFor(choice).map((lang) => build(input, lang)));

/** Reasoned refusal (Law 94-V Art. 25 p.2 sub.7; 152-FZ Art. 20 part 2); default language: the request's. */
export const refusalLetterPdf = (input: RefusalLetterInput, choice: LanguageChoice = input.request.language): TDocumentDefinitions =>
  definition(input, choice, buildRefusalLetter);

/** Blocked / unblocked / corrected / destroyed confirmation (Law 94-V Art. 25 p.2 sub.8). */
export const confirmationLetterPdf = (input: ConfirmationLetterInput, choice: LanguageChoice = input.request.language): TDocumentDefinitions =>
  definition(input, choice, buildConfirmationLetter);

/** RF extension notice (152-FZ Art. 14 part 3, Art. 20 parts 1–2). */
export const extensionNoticePdf = (input: ExtensionNoticeInput, choice: LanguageChoice = input.request.language): TDocumentDefinitions =>
  definition(input, choice, buildExtensionNotice);

/** Destruction act with its event-log annex (RKN Order 179 p.3; KZ internal form). Acts are internal: choose the language. */
export const destructionActPdf = (input: DestructionActInput, choice: LanguageChoice): TDocumentDefinitions => definition(input, choice, buildDestructionAct);

/** The information answer to an access request (Law 94-V Art. 24 p.1 sub.1; 152-FZ Art. 14 p.7). */
export const informationAnswerPdf = (input: InformationAnswerInput, choice: LanguageChoice = input.request.language): TDocumentDefinitions =>
  definition(input, choice, buildInformationAnswer);
