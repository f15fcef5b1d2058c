/**
 * The one document model every export is rendered from: status updates, check-ins and
 * postmortems are built as an ExportDocument, and Markdown, HTML, plain text and PDF (Chromium
 * printing the HTML) are renderings of it. Nothing here knows a format; no zod, so the page can
 * build documents too.
 */

/** A run of text with at most one style, or a link. */
export interface Span {
  text: string;
  style?: 'strong' | 'em' | 'code' | undefined;
  href?: string | undefined;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; ordered: boolean; items: Span[][] }
  | { kind: 'quote'; spans: Span[] }
  /** Text kept exactly as it was: logs, error text, commands. */
  | { kind: 'code'; text: string }
  /** Label–value pairs: "Severity: 2 — degraded", "When: Tue 24 Nov 15:30". */
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'rule' };

export interface ExportDocument {
  title: string;
  /** A line under the title: the period, the author's note. */
  subtitle?: string | undefined;
  blocks: Block[];
}

/** Plain text as one unstyled span: the common case when building a document. */
export function spans(text: string): Span[] {
  return [{ text }];
}

export const heading = (text: string, level: 1 | 2 | 3 = 2): Block => ({ kind: 'heading', level, spans: spans(text) });
export const paragraph = (text: string): Block => ({ kind: 'paragraph', spans: spans(text) });
export const bulletList = (items: string[]): Block => ({ kind: 'list', ordered: false, items: items.map(spans) });
export const numberedList = (items: string[]): Block => ({ kind: 'list', ordered: true, items: items.map(spans) });
export const quote = (text: string): Block => ({ kind: 'quote', spans: spans(text) });
export const code = (text: string): Block => ({ kind: 'code', text });
export const facts = (rows: { label: string; value: string }[]): Block => ({ kind: 'facts', rows });
