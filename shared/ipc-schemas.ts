/**
 * zod schemas for every IPC payload of shared/ipc.ts. Only the main process imports this file:
 * it validates each payload before acting. `IPC_SCHEMAS` gives every channel of `IpcMap` its schema;
 * a missing schema, or one whose output is not the channel's payload type, does not compile.
 */
import { z, type ZodType } from 'zod';
import { LOCALES } from './locale';
import { THEMES } from './theme';
import { MAX_BACKUP_BYTES } from './backup/format';
import { MAX_VIEWABLE_BYTES } from './attachments/viewable';
import {
  BACKUP_CHUNK_BYTES,
  BACKUP_WRITE_KINDS,
  MAX_FILE_BYTES,
  type AnchorKeepPayload,
  type AttachmentPayload,
  type BackupAppendPayload,
  type BackupBeginPayload,
  type BackupCommitPayload,
  type BackupReadPayload,
  type IpcChannel,
  type IpcPayload,
  type NotifyPayload,
  type OpenExternalPayload,
  type PdfPayload,
  type SaveFilePayload,
  type SetLocalePayload,
  type SetThemePayload,
} from './ipc';

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20) && name !== '.' && name !== '..', {
    message: 'file name must not contain path separators or reserved characters',
  });

const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' })
  .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_FILE_BYTES, {
    message: `file must be between 1 byte and ${MAX_FILE_BYTES} bytes`,
  });

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});

export const saveFilePayload = z.object({
  suggestedName: fileName,
  bytes,
  filters: z.array(fileFilter).max(10),
}) satisfies z.ZodType<SaveFilePayload>;

export const pdfPayload = z.object({
  fileName,
  bytes: bytes.refine((b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46, {
    message: 'not a PDF (missing %PDF header)',
  }),
}) satisfies z.ZodType<PdfPayload>;

/** A stored file to open or save: any name (main derives its own), at most the attachments' size cap. */
export const attachmentPayload = z.object({
  fileName: z.string().min(1).max(255),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' })
    .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_VIEWABLE_BYTES, {
      message: `file must be between 1 byte and ${MAX_VIEWABLE_BYTES} bytes`,
    }),
}) satisfies z.ZodType<AttachmentPayload>;

export const notifyPayload = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(1000),
}) satisfies z.ZodType<NotifyPayload>;

export const openExternalPayload = z.object({ url: z.string().min(1).max(2048) }) satisfies z.ZodType<OpenExternalPayload>;

export const setLocalePayload = z.object({ locale: z.enum(LOCALES) }) satisfies z.ZodType<SetLocalePayload>;

export const setThemePayload = z.object({ theme: z.enum(THEMES) }) satisfies z.ZodType<SetThemePayload>;

const token = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a write token');

export const backupBeginPayload = z
  .object({
    kind: z.enum(BACKUP_WRITE_KINDS),
    totalBytes: z.number().int().positive().max(MAX_BACKUP_BYTES),
    suggestedName: fileName.optional(),
  })
  .refine((p) => p.kind !== 'export' || p.suggestedName !== undefined, {
    message: 'an export needs a suggested file name',
    path: ['suggestedName'],
  }) satisfies z.ZodType<BackupBeginPayload>;

export const backupAppendPayload = z.object({
  token,
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' })
    .refine((b) => b.byteLength > 0 && b.byteLength <= BACKUP_CHUNK_BYTES, {
      message: `a chunk must be between 1 byte and ${BACKUP_CHUNK_BYTES} bytes`,
    }),
}) satisfies z.ZodType<BackupAppendPayload>;

export const backupCommitPayload = z.object({ token }) satisfies z.ZodType<BackupCommitPayload>;

export const backupReadPayload = z.object({
  fileName: z.string().regex(/^qorgau-backup-[0-9TZ-]{24}-(daily|manual|pre-upgrade|pre-restore)\.json$/, 'not a backup file name'),
  offset: z.number().int().nonnegative().max(MAX_BACKUP_BYTES),
}) satisfies z.ZodType<BackupReadPayload>;

export const anchorKeepPayload = z.object({
  anchor: z.object({ seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex') }),
  replace: z.boolean(),
}) satisfies z.ZodType<AnchorKeepPayload>;

/** A channel that takes no payload accepts none: anything sent along is refused. */
export const noPayload = z.undefined();

/** One schema per channel of the map, checked against that channel's payload type. */
export const IPC_SCHEMAS = {
  'qorgau:file/save': saveFilePayload,
  'qorgau:pdf/print': pdfPayload,
  'qorgau:pdf/open': pdfPayload,
  'qorgau:attachment/open': attachmentPayload,
  'qorgau:attachment/save': attachmentPayload,
  'qorgau:notify/show': notifyPayload,
  'qorgau:app/info': noPayload,
  'qorgau:url/open-external': openExternalPayload,
  'qorgau:app/set-locale': setLocalePayload,
  'qorgau:app/set-theme': setThemePayload,
  'qorgau:backup/status': noPayload,
  'qorgau:backup/choose-folder': noPayload,
  'qorgau:backup/open-folder': noPayload,
  'qorgau:backup/begin': backupBeginPayload,
  'qorgau:backup/append': backupAppendPayload,
  'qorgau:backup/commit': backupCommitPayload,
  'qorgau:backup/read': backupReadPayload,
  'qorgau:anchor/read': noPayload,
  'qorgau:anchor/keep': anchorKeepPayload,
} as const satisfies { readonly [K in IpcChannel]: ZodType<IpcPayload<K>> };
