import wrapAnsi from 'wrap-ansi';
import type { Block, ExportDocument, Span } from './document.ts';

/** Plain text for e-mail and terminals: no markup, lines wrapped at `width`. */
export const TEXT_WIDTH = 72;

function plain(spans: Span[]): string {
  return spans.map((span) => (span.href !== undefined && span.href !== span.text ? `${span.text} (${span.href})` : span.text)).join('');
}

/** Wraps text, with a first-line prefix and an indent for the lines after it. */
function wrap(text: string, width: number, first = '', rest = ' '.repeat(first.length)): string {
  return text
    .split('\n')
    .map((paragraph, index) =>
      wrapAnsi(paragraph, width - first.length, { hard: true, trim: true })
        .split('\n')
        .map((line, lineIndex) => (index === 0 && lineIndex === 0 ? first : rest) + line)
        .join('\n'),
    )
    .join('\n');
}

function block(part: Block, width: number): string {
  switch (part.kind) {
    case 'heading': {
      const text = plain(part.spans);
      return part.level <= 2 ? `${text}\n${(part.level === 1 ? '=' : '-').repeat(Math.min(width, text.length))}` : `${text}:`;
    }
    case 'paragraph':
      return wrap(plain(part.spans), width);
    case 'list':
      return part.items.map((item, index) => wrap(plain(item), width, part.ordered ? `${String(index + 1)}. ` : '- ')).join('\n');
    case 'quote':
      return wrap(plain(part.spans), width, '| ', '| ');
    case 'code':
      // Logs and error text stay exactly as they were: indented, never wrapped.
      return part.text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
    case 'facts': {
      const labelWidth = Math.max(...part.rows.map((row) => row.label.length)) + 2;
      return part.rows.map((row) => wrap(row.value, width, `${row.label}:`.padEnd(labelWidth))).join('\n');
    }
    case 'rule':
      return '-'.repeat(Math.min(width, 24));
  }
}

export function renderText(document: ExportDocument, width = TEXT_WIDTH): string {
  const parts = [block({ kind: 'heading', level: 1, spans: [{ text: document.title }] }, width)];
  if (document.subtitle) parts.push(wrap(document.subtitle, width));
  parts.push(...document.blocks.map((part) => block(part, width)));
  return `${parts.join('\n\n')}\n`;
}
