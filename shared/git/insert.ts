/**
 * Puts lines into an update the user is editing (Markdown): as list items at the end of its
 * "Progress" section (weekly and range updates) or "Done" (daily), replacing the sentence that
 * says nothing was closed; at the end of the text when it has neither. Where the section is
 * grouped under "###" headings (progress by person), the lines go under "### From git", so
 * they are not read as done for whoever's group came last. No zod: the page uses it.
 */
const SECTIONS = ['progress', 'done'];
const FROM_GIT = 'From git';
const NOTHING_CLOSED = /^Nothing was closed (in this period|today)\.$/;

interface Range {
  /** The heading's line. */
  start: number;
  /** The line after the section's last. */
  end: number;
}

function headingText(line: string, level: number): string | null {
  const match = new RegExp(`^#{${String(level)}}\\s+(.*)$`).exec(line);
  return match?.[1]?.trim().toLocaleLowerCase() ?? null;
}

function levelOf(line: string): number | null {
  return /^(#{1,6})\s/.exec(line)?.[1]?.length ?? null;
}

/** The section under a heading of `level` named one of `names`: up to the next heading of that level or higher. */
function sectionOf(text: string[], level: number, names: string[], within: Range = { start: -1, end: text.length }): Range | null {
  for (let index = within.start + 1; index < within.end; index += 1) {
    const name = headingText(text[index] ?? '', level);
    if (name === null || !names.includes(name)) continue;
    let end = index + 1;
    while (end < within.end && (levelOf(text[end] ?? '') ?? Infinity) > level) end += 1;
    return { start: index, end };
  }
  return null;
}

function withItems(text: string[], range: Range, items: string[], heading: string | null): string[] {
  const body = text.slice(range.start + 1, range.end).filter((line) => !NOTHING_CLOSED.test(line.trim()));
  while (body.length > 0 && body.at(-1)?.trim() === '') body.pop();
  const lastIsItem = body.at(-1)?.startsWith('- ') ?? false;
  const added = heading === null ? [...(lastIsItem ? [] : ['']), ...items] : ['', heading, '', ...items];
  const section = [...body, ...added];
  if (section[0] !== '') section.unshift('');
  const after = text.slice(range.end);
  return [...text.slice(0, range.start + 1), ...section, ...(after.length > 0 ? ['', ...after] : [''])];
}

export function insertIntoUpdate(markdown: string, lines: readonly string[]): string {
  if (lines.length === 0) return markdown;
  const items = lines.map((line) => `- ${line}`);
  const text = markdown.split('\n');
  const section = sectionOf(text, 2, SECTIONS);
  if (section === null) return `${markdown.replace(/\s*$/, '')}\n\n${items.join('\n')}\n`;
  const grouped = text.slice(section.start + 1, section.end).some((line) => headingText(line, 3) !== null);
  if (!grouped) return withItems(text, section, items, null).join('\n');
  const fromGit = sectionOf(text, 3, [FROM_GIT.toLocaleLowerCase()], section);
  return (fromGit ? withItems(text, fromGit, items, null) : withItems(text, section, items, `### ${FROM_GIT}`)).join('\n');
}
