import { describe, expect, it } from 'vitest';
import type { ActionItemView } from '../../shared/postmortem/action-items.ts';
import { formatSpan, postmortemDocument } from '../../shared/postmortem/document.ts';
import { aPostmortem, seedPostmortems } from '../support/seed-postmortems.ts';

const items: ActionItemView[] = [
  { commitmentId: 'seed-pm-action-lock-check', title: 'Make the deploy script check for lock holders before a migration', status: 'open', due: '2026-11-27T16:00:00.000Z', promisedTo: 'Priya', month: null },
  { commitmentId: 'seed-pm-action-alert', title: 'Alert on checkout 5xx above 2% for 3 minutes', status: 'done', due: '2026-11-25T16:00:00.000Z', promisedTo: null, month: '2026-11' },
  { commitmentId: 'seed-pm-action-gone', title: 'A typo', status: 'deleted', due: null, promisedTo: null, month: null },
];

describe('a postmortem as an export document', () => {
  it('follows the steps, with the facts first and times in the user’s zone', () => {
    const postmortem = seedPostmortems().postmortems[0]!;
    const document = postmortemDocument(postmortem, items, 'Europe/Berlin');
    expect(document.title).toBe('Postmortem: Checkout errors after the orders migration');
    expect(document.subtitle).toBe('Draft · blameless · happened Mon 23 Nov, 16:05');
    expect(document.blocks[0]).toEqual({
      kind: 'facts',
      rows: [
        { label: 'Severity', value: '2 — Major — a core feature was broken or badly degraded for many people' },
        { label: 'Happened', value: 'Mon 23 Nov, 16:05' },
        { label: 'Detected', value: 'Mon 23 Nov, 16:20' },
        { label: 'Acknowledged', value: 'Mon 23 Nov, 16:32 (12 min after it was detected)' },
        { label: 'Action items', value: '1 of 2 done' },
      ],
    });
    const headings = document.blocks.filter((block) => block.kind === 'heading').map((block) => block.spans.map((span) => span.text).join(''));
    expect(headings).toEqual(['Impact', 'Tell the right people', 'Timeline', 'Root cause', 'Five whys', 'Contributing factors', 'Resolution', 'Where we got lucky', 'Action items', 'Lessons']);
    const lists = document.blocks.filter((block) => block.kind === 'list');
    expect(lists.find((list) => list.ordered)?.items[0]).toEqual([{ text: 'Checkout requests timed out while the migration waited to alter the orders table' }]);
    expect(lists.map((list) => list.items.map((item) => item.map((span) => span.text).join('')))).toContainEqual([
      'Make the deploy script check for lock holders before a migration — open, due Fri 27 Nov, 17:00, for Priya',
      'Alert on checkout 5xx above 2% for 3 minutes — done, due Wed 25 Nov, 17:00',
    ]);
    expect(document.blocks).toContainEqual({ kind: 'quote', spans: [{ text: postmortem.statement }] });
    expect(document.blocks.at(-1)).toEqual({
      kind: 'list',
      ordered: false,
      items: [[{ text: 'Check pg_stat_activity for lock holders before deploying a migration (#deploys #migrations #postgres)' }], [{ text: 'Know what else runs in the deploy window before choosing it (#deploys)' }]],
    });
  });

  it('says plainly what a fresh draft does not have yet', () => {
    const document = postmortemDocument(aPostmortem('pm-fresh', { title: 'Wrong flag default' }), [], 'Europe/Berlin');
    const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.spans[0]?.text);
    expect(paragraphs).toEqual(['Not assessed yet.', 'Nobody has been told yet.', 'No entries yet.', 'Not found yet.', 'Not resolved yet.', 'None yet.', 'None yet.']);
  });

  it('reads a span of time the way people say it', () => {
    expect(formatSpan('2026-11-23T15:20:00.000Z', '2026-11-23T15:32:00.000Z')).toBe('12 min');
    expect(formatSpan('2026-11-23T15:20:00.000Z', '2026-11-23T16:25:00.000Z')).toBe('1 h 05 min');
    expect(formatSpan('2026-11-23T15:20:00.000Z', '2026-11-26T15:20:00.000Z')).toBe('3 days');
  });
});
