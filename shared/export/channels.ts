import { z } from 'zod';
import type { ChannelTable } from '../ipc/channel.ts';
import type { Block, ExportDocument, Span } from './document.ts';
import { EXTENSIONS, type ExportFormat } from './formats.ts';

const TEXT_MAX = 200_000;

const SpanSchema = z.strictObject({
  text: z.string().max(TEXT_MAX),
  style: z.enum(['strong', 'em', 'code']).optional(),
  href: z.string().max(2000).optional(),
}) satisfies z.ZodType<Span>;

const Spans = z.array(SpanSchema).max(2000);

const BlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), spans: Spans }),
  z.strictObject({ kind: z.literal('paragraph'), spans: Spans }),
  z.strictObject({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(Spans).max(2000) }),
  z.strictObject({ kind: z.literal('quote'), spans: Spans }),
  z.strictObject({ kind: z.literal('code'), text: z.string().max(TEXT_MAX) }),
  z.strictObject({ kind: z.literal('facts'), rows: z.array(z.strictObject({ label: z.string().max(200), value: z.string().max(TEXT_MAX) })).max(200) }),
  z.strictObject({ kind: z.literal('rule') }),
]) satisfies z.ZodType<Block>;

export const ExportDocumentSchema = z.strictObject({
  title: z.string().min(1).max(500),
  subtitle: z.string().max(1000).optional(),
  blocks: z.array(BlockSchema).max(5000),
}) satisfies z.ZodType<ExportDocument>;

export const ExportContentSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('markdown'), title: z.string().min(1).max(500), text: z.string().max(TEXT_MAX) }),
  z.strictObject({ kind: z.literal('document'), document: ExportDocumentSchema }),
]);

const ExportFormatSchema = z.enum(['markdown', 'html', 'text', 'pdf']);

export const exportChannels = {
  /** The content rendered as Markdown, HTML or text: what Copy puts on the clipboard. */
  'ownlog:export-render': {
    request: z.strictObject({ content: ExportContentSchema, format: z.enum(['markdown', 'html', 'text']) }),
    response: z.strictObject({ text: z.string() }),
  },
} as const satisfies ChannelTable;

/** A file name the save dialog proposes: plain, with the extension its format writes. */
const FileName = z.string().regex(/^[\w.-]{1,150}$/, 'Not a plain file name.');

/**
 * Saving is the shell's: it asks where (a save dialog), renders, and for PDF has Chromium
 * print the HTML. Answered in electron/, not by the journal.
 */
export const exportFileChannels = {
  'ownlog:export-save': {
    request: z
      .strictObject({ content: ExportContentSchema, format: ExportFormatSchema, fileName: FileName })
      .refine((request) => request.fileName.endsWith(`.${EXTENSIONS[request.format satisfies ExportFormat]}`), { message: 'The file name must end in the extension of its format.', path: ['fileName'] }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().nullable() }),
  },
} as const satisfies ChannelTable;
