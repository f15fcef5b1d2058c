import type { Block, ExportDocument, Span } from './document.ts';

// Characters that would otherwise turn a title like "fix *all* the_things" into formatting.
const MARKDOWN_SPECIAL = /([\\`*_[\]])/g;

function inline(spans: Span[]): string {
  return spans
    .map((span) => {
      if (span.style === 'code') return `\`${span.text.replaceAll('`', 'ˋ')}\``;
      const text = span.text.replace(MARKDOWN_SPECIAL, '\\$1');
      const styled = span.style === 'strong' ? `**${text}**` : span.style === 'em' ? `_${text}_` : text;
      return span.href === undefined ? styled : `[${styled}](${span.href})`;
    })
    .join('');
}

function block(part: Block): string {
  switch (part.kind) {
    case 'heading':
      return `${'#'.repeat(part.level)} ${inline(part.spans)}`;
    case 'paragraph':
      return inline(part.spans);
    case 'list':
      return part.items.map((item, index) => `${part.ordered ? `${String(index + 1)}.` : '-'} ${inline(item)}`).join('\n');
    case 'quote':
      return inline(part.spans)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'code': {
      // A fence longer than any run of backticks inside, so pasted logs never break out of it.
      const longest = Math.max(2, ...[...part.text.matchAll(/`+/g)].map((run) => run[0].length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}text\n${part.text}\n${fence}`;
    }
    case 'facts':
      return part.rows.map((row) => `- **${row.label.replace(MARKDOWN_SPECIAL, '\\$1')}:** ${row.value.replace(MARKDOWN_SPECIAL, '\\$1')}`).join('\n');
    case 'rule':
      return '---';
  }
}

/** GitHub- and Slack-friendly Markdown: plain headings, lists and fences, nothing exotic. */
export function renderMarkdown(document: ExportDocument): string {
  const parts = [`# ${inline([{ text: document.title }])}`];
  if (document.subtitle) parts.push(`_${document.subtitle.replace(MARKDOWN_SPECIAL, '\\$1')}_`);
  parts.push(...document.blocks.map(block));
  return `${parts.join('\n\n')}\n`;
}
