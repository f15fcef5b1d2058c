import { lexer, type Token, type Tokens } from 'marked';
import type { Block, ExportDocument, Span } from './document.ts';

/** Inline tokens to spans: one style each, nested styles flattened to the innermost. */
function spansOf(tokens: Token[] | undefined, style?: Span['style'], href?: string): Span[] {
  const spans: Span[] = [];
  for (const token of tokens ?? []) {
    const base = { ...(style ? { style } : {}), ...(href !== undefined ? { href } : {}) };
    switch (token.type) {
      case 'strong':
      case 'em':
        spans.push(...spansOf((token as Tokens.Strong | Tokens.Em).tokens, token.type, href));
        break;
      case 'codespan':
        spans.push({ ...base, text: (token as Tokens.Codespan).text, style: 'code' });
        break;
      case 'link':
        spans.push(...spansOf((token as Tokens.Link).tokens, style, (token as Tokens.Link).href));
        break;
      case 'br':
        spans.push({ ...base, text: '\n' });
        break;
      case 'text':
      case 'escape': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) spans.push(...spansOf(text.tokens, style, href));
        else spans.push({ ...base, text: decode(text.text) });
        break;
      }
      default:
        spans.push({ ...base, text: decode('text' in token && typeof token.text === 'string' ? token.text : token.raw) });
    }
  }
  return spans;
}

/** Joins neighbouring runs of the same style (marked splits text at every escape). */
function merged(spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && last.style === span.style && last.href === span.href) joined[joined.length - 1] = { ...last, text: last.text + span.text };
    else joined.push(span);
  }
  return joined;
}

/**
 * A list whose every item starts with a bold "Label:" is how facts are written in Markdown
 * ("- **Severity:** 2 — degraded"); read back, it is facts again.
 */
function factsOf(items: Span[][]): { label: string; value: string }[] | null {
  const rows = items.map((item) => {
    const [label, ...rest] = item;
    if (label?.style !== 'strong' || !label.text.endsWith(':')) return null;
    return { label: label.text.slice(0, -1), value: rest.map((span) => span.text).join('').trim() };
  });
  return rows.length > 0 && rows.every((row) => row !== null) ? rows : null;
}

/** marked leaves HTML entities in text it lexes ("&amp;"); the document holds the characters. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_match, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity] ?? '');
}

function blocksOf(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const heading = token as Tokens.Heading;
        blocks.push({ kind: 'heading', level: Math.min(3, Math.max(1, heading.depth)) as 1 | 2 | 3, spans: merged(spansOf(heading.tokens)) });
        break;
      }
      case 'paragraph':
        blocks.push({ kind: 'paragraph', spans: merged(spansOf((token as Tokens.Paragraph).tokens)) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        // Nested lists are flattened into the item's line: status updates are one level deep.
        const items = list.items.map((item) => merged(spansOf(item.tokens.flatMap((part) => (part.type === 'list' ? [] : [part])))));
        const rows = list.ordered ? null : factsOf(items);
        blocks.push(rows ? { kind: 'facts', rows } : { kind: 'list', ordered: list.ordered, items });
        break;
      }
      case 'blockquote':
        blocks.push({ kind: 'quote', spans: blocksOf((token as Tokens.Blockquote).tokens).flatMap((inner, index) => [...(index > 0 ? [{ text: '\n' }] : []), ...('spans' in inner ? inner.spans : [])]) });
        break;
      case 'code':
        blocks.push({ kind: 'code', text: (token as Tokens.Code).text });
        break;
      case 'hr':
        blocks.push({ kind: 'rule' });
        break;
      case 'space':
        break;
      default:
        // Tables, raw HTML and anything else are kept as their text, never interpreted.
        blocks.push({ kind: 'paragraph', spans: [{ text: token.raw.trim() }] });
    }
  }
  return blocks;
}

/**
 * Reads an update as the user edited it (Markdown) back into the document model, so every
 * export format renders the same content. A leading "# Title" becomes the title, and an
 * italic line right under it the subtitle.
 */
export function parseMarkdown(markdown: string, fallbackTitle = 'Update'): ExportDocument {
  const blocks = blocksOf(lexer(markdown));
  let title = fallbackTitle;
  let subtitle: string | undefined;
  const [first, second] = blocks;
  if (first?.kind === 'heading' && first.level === 1) {
    title = first.spans.map((span) => span.text).join('');
    blocks.shift();
    if (second?.kind === 'paragraph' && second.spans.length > 0 && second.spans.every((span) => span.style === 'em')) {
      subtitle = second.spans.map((span) => span.text).join('');
      blocks.shift();
    }
  }
  return { title, ...(subtitle === undefined ? {} : { subtitle }), blocks };
}
