import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { bulletList, facts, heading, paragraph, type Block, type ExportDocument } from '../export/document.ts';
import type { Period } from '../status/period.ts';
import type { BragItem } from './channels.ts';
import type { BragRollUp } from './roll-up.ts';

/** "Split the deploy in two (for the infra team; ×2; shipped)" — what it was, for whom, how often. */
export function itemLine(item: BragItem): string {
  const notes = [
    ...(item.people.length > 0 ? [`for ${item.people.join(', ')}`] : []),
    ...(item.ids.length > 1 ? [`×${String(item.ids.length)}`] : []),
    ...(item.shipped > 0 ? [item.shipped === item.ids.length ? 'shipped' : `${String(item.shipped)} shipped`] : []),
  ];
  return notes.length > 0 ? `${item.title} (${notes.join('; ')})` : item.title;
}

/**
 * The brag doc as one document, rendered to Markdown, HTML, text and PDF by the export model:
 * the quarter in figures, the work under each category, and the lessons.
 */
export function bragDocument(rollUp: BragRollUp, context: { label: string; period: Period; partial: boolean; zone: string; onTime: { count: number; total: number; rate: number | null } }): ExportDocument {
  const { counts } = rollUp;
  const from = new TZDate(context.period.from.getTime(), context.zone);
  const to = new TZDate(context.period.to.getTime(), context.zone);
  const blocks: Block[] = [
    facts([
      { label: 'Commitments done', value: counts.shipped > 0 ? `${String(counts.closed)}, ${String(counts.shipped)} shipped with every check of their definition of shipped` : String(counts.closed) },
      { label: 'Promises kept on time', value: context.onTime.rate === null ? 'none came due' : `${String(context.onTime.rate)} % (${String(context.onTime.count)} of ${String(context.onTime.total)})` },
      { label: 'Postmortems completed', value: String(counts.postmortems) },
      { label: 'Lessons', value: String(counts.lessons) },
    ]),
  ];
  for (const category of rollUp.categories) {
    if (category.items.length === 0) continue;
    blocks.push(heading(category.name), bulletList(category.items.map(itemLine)));
  }
  if (rollUp.categories.every((category) => category.items.length === 0)) blocks.push(paragraph('Nothing was done or completed in this quarter.'));
  if (rollUp.lessons.length > 0) blocks.push(heading('Lessons'), bulletList(rollUp.lessons.map((lesson) => `${lesson.text} (${lesson.from === 'blocker' ? 'from being stuck on' : 'from the postmortem of'} “${lesson.about}”)`)));
  return {
    title: `Brag doc — ${context.label}`,
    subtitle: `${format(from, 'd MMMM')} – ${format(to, 'd MMMM yyyy')}${context.partial ? ' (so far)' : ''}`,
    blocks,
  };
}
