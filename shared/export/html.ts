import type { Block, ExportDocument, Span } from './document.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Only web and mail links are kept as links; anything else (javascript:, file:) is text. */
function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

function inline(spans: Span[]): string {
  return spans
    .map((span) => {
      const text = escape(span.text).replaceAll('\n', '<br>');
      const styled = span.style === 'strong' ? `<strong>${text}</strong>` : span.style === 'em' ? `<em>${text}</em>` : span.style === 'code' ? `<code>${text}</code>` : text;
      const href = span.href === undefined ? null : safeHref(span.href);
      return href === null ? styled : `<a href="${escape(href)}">${styled}</a>`;
    })
    .join('');
}

function block(part: Block): string {
  switch (part.kind) {
    case 'heading':
      return `<h${String(part.level + 1)}>${inline(part.spans)}</h${String(part.level + 1)}>`;
    case 'paragraph':
      return `<p>${inline(part.spans)}</p>`;
    case 'list': {
      const tag = part.ordered ? 'ol' : 'ul';
      return `<${tag}>${part.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote><p>${inline(part.spans)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escape(part.text)}</code></pre>`;
    case 'facts':
      return `<dl>${part.rows.map((row) => `<dt>${escape(row.label)}</dt><dd>${escape(row.value)}</dd>`).join('')}</dl>`;
    case 'rule':
      return '<hr>';
  }
}

// Readable on screen and on paper: one column, system fonts, no colour that printing loses.
const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Noto Sans', sans-serif; color: #1d1d1f; margin: 0; background: #fff; }
article { max-width: 46rem; margin: 2.5rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 0.2rem; }
.subtitle { color: #5f5f66; margin: 0 0 1.5rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #dedcd6; padding-bottom: 0.2rem; }
h3 { font-size: 1.02rem; margin: 1.1rem 0 0.3rem; }
h4 { font-size: 0.95rem; margin: 1rem 0 0.3rem; }
ul, ol { padding-left: 1.4rem; margin: 0.3rem 0 0.8rem; }
li { margin: 0.15rem 0; }
blockquote { margin: 0.6rem 0; padding: 0.2rem 0.9rem; border-left: 3px solid #dedcd6; color: #44444a; }
pre { background: #f4f3ef; padding: 0.7rem 0.9rem; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: 0.85rem; }
code { font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dt { color: #5f5f66; }
dd { margin: 0; }
a { color: #2445a8; }
@media print {
  article { margin: 0; max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  li, pre, blockquote, dl { break-inside: avoid; }
}
`;

/** A standalone page: styled, printable, no scripts and nothing fetched from anywhere. */
export function renderHtml(document: ExportDocument): string {
  const subtitle = document.subtitle ? `<p class="subtitle">${escape(document.subtitle)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escape(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escape(document.title)}</h1>
${subtitle}
${document.blocks.map(block).join('\n')}
</article>
</body>
</html>
`;
}
