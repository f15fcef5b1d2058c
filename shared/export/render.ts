import type { ExportDocument } from './document.ts';
import type { TextFormat } from './formats.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { renderText } from './text.ts';

/** What is exported: an update as the user edited it (Markdown), or a document built from a record. */
export type ExportContent = { kind: 'markdown'; title: string; text: string } | { kind: 'document'; document: ExportDocument };


export function documentOf(content: ExportContent): ExportDocument {
  return content.kind === 'document' ? content.document : parseMarkdown(content.text, content.title);
}

/** One document model, every format: Markdown and plain text to copy or save, HTML to save or print. */
export function renderAs(content: ExportContent, format: TextFormat): string {
  const document = documentOf(content);
  switch (format) {
    case 'markdown':
      return renderMarkdown(document);
    case 'html':
      return renderHtml(document);
    case 'text':
      return renderText(document);
  }
}
