import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { bulletList, code, facts, heading, paragraph, quote, type ExportDocument } from '../../shared/export/document.ts';
import { renderHtml } from '../../shared/export/html.ts';
import { renderMarkdown } from '../../shared/export/markdown.ts';
import { parseMarkdown } from '../../shared/export/parse-markdown.ts';
import { renderText, TEXT_WIDTH } from '../../shared/export/text.ts';

const WEEKLY: ExportDocument = {
  title: 'Weekly update — 2026-W48',
  subtitle: 'Mon 23 – Sun 29 November 2026',
  blocks: [
    heading('Progress'),
    heading('For Priya', 3),
    bulletList(['Send the rollout plan', 'Review the *billing* RFC <draft>']),
    heading('Decisions'),
    paragraph('No decisions were recorded.'),
    heading('Blockers raised and resolved'),
    bulletList([`Resolved “Staging deploy fails”: the nightly BI export was moved an hour earlier so it no longer holds a lock on orders during deploys (blocked 2 h 25 min in all)`]),
    quote('I own this.'),
    code('ERROR: canceling statement due to lock timeout\n  at pull (registry.js:42)'),
    facts([{ label: 'Severity', value: '2 — degraded' }]),
  ],
};

describe('Markdown export', () => {
  it('has a title, the period, headings, lists and fences that GitHub and Slack read', () => {
    const markdown = renderMarkdown(WEEKLY);
    expect(markdown.split('\n\n').slice(0, 4)).toEqual(['# Weekly update — 2026-W48', '_Mon 23 – Sun 29 November 2026_', '## Progress', '### For Priya']);
    expect(markdown).toContain('- Send the rollout plan\n- Review the \\*billing\\* RFC <draft>');
    expect(markdown).toContain('```text\nERROR: canceling statement due to lock timeout\n  at pull (registry.js:42)\n```');
    expect(markdown).toContain('> I own this.');
    expect(markdown).toContain('- **Severity:** 2 — degraded');
  });

  it('reads back into the same document, so an edited update exports as it reads', () => {
    expect(parseMarkdown(renderMarkdown(WEEKLY))).toEqual(WEEKLY);
  });

  it('keeps a fence closed around logs that contain fences of their own', () => {
    const document = { title: 'Logs', blocks: [code('```\nnested\n```')] };
    expect(parseMarkdown(renderMarkdown(document))).toEqual(document);
  });

  it('reads what a user typed: links, bold, and a table kept as text', () => {
    const read = parseMarkdown('# Update\n\nShipped **the export** — see [PR 42](https://example.com/pr/42).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(read.title).toBe('Update');
    expect(read.blocks[0]).toEqual({
      kind: 'paragraph',
      spans: [{ text: 'Shipped ' }, { text: 'the export', style: 'strong' }, { text: ' — see ' }, { text: 'PR 42', href: 'https://example.com/pr/42' }, { text: '.' }],
    });
    expect(read.blocks[1]).toMatchObject({ kind: 'paragraph' });
  });
});

describe('HTML export', () => {
  it('is a valid standalone document: it parses without a single error', () => {
    const errors: string[] = [];
    parse(renderHtml(WEEKLY), { onParseError: (error) => errors.push(`${error.code} at ${String(error.startLine)}:${String(error.startCol)}`) });
    expect(errors).toEqual([]);
  });

  it('escapes what the user wrote and links only to the web', () => {
    const html = renderHtml({
      title: 'A <script>alert(1)</script> title',
      blocks: [{ kind: 'paragraph', spans: [{ text: 'bad', href: 'javascript:alert(1)' }, { text: ' good', href: 'https://example.com' }] }],
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; title');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com"> good</a>');
  });

  it('is styled for print and fetches nothing', () => {
    const html = renderHtml(WEEKLY);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(script|link|img)\b/);
    expect(html).toContain("default-src 'none'");
  });
});

describe('plain-text export', () => {
  const text = renderText(WEEKLY);

  it(`wraps at ${String(TEXT_WIDTH)} characters, with list items hanging under their dash`, () => {
    const lines = text.split('\n');
    const wrapped = lines.filter((line) => !line.startsWith('    '));
    expect(Math.max(...wrapped.map((line) => line.length))).toBeLessThanOrEqual(TEXT_WIDTH);
    const item = lines.findIndex((line) => line.startsWith('- Resolved “Staging deploy fails”'));
    expect(lines[item + 1]).toMatch(/^ {2}\S/);
  });

  it('underlines headings, keeps logs as they are, and carries no markup', () => {
    expect(text.startsWith('Weekly update — 2026-W48\n========================\n\nMon 23 – Sun 29 November 2026\n\nProgress\n--------\n\nFor Priya:')).toBe(true);
    expect(text).toContain('    ERROR: canceling statement due to lock timeout\n      at pull (registry.js:42)');
    expect(text).not.toMatch(/\*\*|<\/?(p|li|ul|h\d|strong|em|code|pre)>|```/);
    expect(text).toContain('Severity: 2 — degraded');
  });
});
