import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { formatWhen } from '../commitments/drafts.ts';
import type { Postmortem } from '../domain/postmortem.ts';
import { bulletList, facts, heading, numberedList, paragraph, quote, type Block, type ExportDocument } from '../export/document.ts';
import type { ActionItemView } from './action-items.ts';
import { FACTOR_LABEL, SEVERITY_LABEL, STEP_LABEL } from './steps.ts';

const STATUS_WORD: Readonly<Record<ActionItemView['status'], string>> = { open: 'open', done: 'done', dropped: 'dropped', deleted: 'deleted' };

/** "1 h 05 min", "3 days": how long between two instants, for people. */
export function formatSpan(fromIso: string, toIso: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return `${String(minutes)} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${String(Math.round(hours / 24))} days`;
}

function section(title: string, blocks: Block[], empty: string): Block[] {
  return [heading(title), ...(blocks.length > 0 ? blocks : [paragraph(empty)])];
}

const text = (value: string) => (value.trim() === '' ? [] : [paragraph(value.trim())]);

/**
 * A postmortem as an export document, in the order of its steps, so Markdown, HTML, PDF and
 * plain text read the same. Times are in `timeZone`; action items carry their live status.
 * Pure: everything it shows is passed in.
 */
export function postmortemDocument(postmortem: Postmortem, actionItems: readonly ActionItemView[], timeZone: string): ExportDocument {
  const when = (iso: string | null) => (iso === null ? 'not recorded' : formatWhen(iso, timeZone));
  const { impact } = postmortem;
  const kept = actionItems.filter((item) => item.status !== 'deleted');
  const done = kept.filter((item) => item.status === 'done').length;
  const acknowledgedAfter = postmortem.detectedAt !== null && postmortem.acknowledgedAt !== null ? formatSpan(postmortem.detectedAt, postmortem.acknowledgedAt) : null;
  const whys = postmortem.whys.filter((answer) => answer.trim() !== '');

  return {
    title: `Postmortem: ${postmortem.title}`,
    subtitle: `${postmortem.status === 'complete' ? 'Complete' : 'Draft'} · blameless · happened ${when(postmortem.happenedAt)}`,
    blocks: [
      facts([
        { label: 'Severity', value: impact.severity === null ? 'not assessed' : `${String(impact.severity)} — ${SEVERITY_LABEL[impact.severity]}` },
        { label: 'Happened', value: when(postmortem.happenedAt) },
        { label: 'Detected', value: when(postmortem.detectedAt) },
        { label: 'Acknowledged', value: acknowledgedAfter === null ? when(postmortem.acknowledgedAt) : `${when(postmortem.acknowledgedAt)} (${acknowledgedAfter} after it was detected)` },
        { label: 'Action items', value: `${String(done)} of ${String(kept.length)} done` },
      ]),
      ...section(
        STEP_LABEL.impact,
        [
          ...(impact.who.trim() === '' && impact.what.trim() === '' && impact.duration.trim() === ''
            ? []
            : [facts([{ label: 'Who', value: impact.who.trim() || '—' }, { label: 'What', value: impact.what.trim() || '—' }, { label: 'How long', value: impact.duration.trim() || '—' }])]),
        ],
        'Not assessed yet.',
      ),
      ...section(
        STEP_LABEL.tell,
        [
          ...(postmortem.told.length > 0 ? [bulletList(postmortem.told.map((told) => `${told.who} — ${when(told.at)}${told.sent === null ? '' : ' (sent the statement)'}`))] : []),
          ...(postmortem.statement === null ? [] : [quote(postmortem.statement)]),
        ],
        'Nobody has been told yet.',
      ),
      ...section(STEP_LABEL.timeline, postmortem.timeline.length > 0 ? [bulletList(postmortem.timeline.map((entry) => `${when(entry.at)} — ${entry.text}`))] : [], 'No entries yet.'),
      ...section(
        STEP_LABEL['root-cause'],
        [
          ...(whys.length > 0 ? [heading('Five whys', 3), numberedList(whys)] : []),
          ...(postmortem.factors.length > 0 ? [heading('Contributing factors', 3), bulletList(postmortem.factors.map((factor) => `${FACTOR_LABEL[factor.category]}: ${factor.text}`))] : []),
        ],
        'Not found yet.',
      ),
      ...section(STEP_LABEL.resolution, [...text(postmortem.resolution), ...(postmortem.lucky.trim() === '' ? [] : [heading('Where we got lucky', 3), paragraph(postmortem.lucky.trim())])], 'Not resolved yet.'),
      ...section(
        STEP_LABEL['action-items'],
        kept.length > 0
          ? [bulletList(kept.map((item) => `${item.title} — ${STATUS_WORD[item.status]}${item.due === null ? ', no due date' : `, due ${when(item.due)}`}${item.promisedTo === null ? '' : `, for ${item.promisedTo}`}`))]
          : [],
        'None yet.',
      ),
      ...section(STEP_LABEL.lessons, postmortem.lessons.length > 0 ? [bulletList(postmortem.lessons.map((lesson) => (lesson.tags.length === 0 ? lesson.text : `${lesson.text} (${lesson.tags.map((tag) => `#${tag}`).join(' ')})`)))] : [], 'None yet.'),
    ],
  };
}

/** A file name that sorts by when it happened: ownlog-postmortem-2026-11-24 (the format adds its extension). */
export function postmortemFileStem(postmortem: Pick<Postmortem, 'happenedAt'>, timeZone: string): string {
  return `ownlog-postmortem-${format(new TZDate(Date.parse(postmortem.happenedAt), timeZone), 'yyyy-MM-dd')}`;
}
