import { describe, expect, it } from 'vitest';
import { dailyBackupDue, dailyBackupsToRemove, isBackedUpFile, type BackupInfo, type BackupKind } from '../../shared/data/backup-rules.ts';
import { labelOf, planImport, sameJson, type ExistingRecord } from '../../shared/data/import-plan.ts';
import { findJsonSyntaxError, formatPath } from '../../shared/data/json-syntax.ts';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { aCommitment } from '../support/records.ts';

describe('where a text stops being JSON', () => {
  it.each([
    ['{"records": [{"title": NaN}]}', 'records[0].title', 1, 24, /NaN is not a value JSON can hold/],
    ['{"records": [{}, {"ms": -Infinity}]}', 'records[1].ms', 1, 25, /-Infinity is not a value/],
    ['{\n  "records": [\n    {"id": "a"},\n', 'records[1]', 4, 1, /ends here.*cut off/],
    ['{"title": "half a str', 'title', 1, 22, /cut off/],
    ['{"a": 1,}', '', 1, 8, /no comma after the last item/],
    ['[1, 2,]', '', 1, 6, /no comma after the last item/],
    ['{"records": [1, 2,]}', 'records', 1, 18, /no comma after the last item/],
    ["{'a': 1}", '', 1, 2, /expected a name in double quotes, found "'a'"/],
    ['{"a": \'x\'}', 'a', 1, 7, /double quotes, not single/],
    ['{"a": 1} trailing', '', 1, 10, /more text after the end/],
    ['{"a": "line\nbreak"}', 'a', 1, 12, /line break or control character/],
    ['{"a": "\\x"}', 'a', 1, 8, /"\\x" is not an escape/],
    ['\0\0\0', '', 1, 1, /zero byte/],
    ['{"odd key": [undefined]}', '["odd key"][0]', 1, 14, /undefined is not a value/],
  ])('%j → %s at line %i column %i', (text, path, line, column, reason) => {
    expect(() => {
      JSON.parse(text);
    }).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ path, line, column });
    expect(found?.reason).toMatch(reason);
  });

  it('finds nothing wrong in valid JSON, deep or wide', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const text of ['{}', '[]', '0', '"\\u00e9\\n"', ' {"a": [1, -2.5e3, true, false, null, {"b": {}}]} ', deep]) {
      expect(() => {
        JSON.parse(text);
      }).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('writes paths the way a person reads them', () => {
    expect(formatPath(['records', 12, 'history', 0, 'at'])).toBe('records[12].history[0].at');
    expect(formatPath(['settings', 'a b'])).toBe('settings["a b"]');
  });
});

const backup = (id: string, kind: BackupKind, takenAt: string): BackupInfo => ({ id, kind, takenAt, bytes: 10, files: 1, layoutVersion: 1 });

describe('backup rotation', () => {
  const days = Array.from({ length: 20 }, (_, index) => {
    const day = `2026-11-${String(index + 1).padStart(2, '0')}`;
    return backup(`daily-${day}`, 'daily', `${day}T08:00:00.000Z`);
  });
  const kept = [backup('before-import-x', 'before-import', '2026-11-01T07:00:00.000Z'), backup('manual-y', 'manual', '2025-01-01T00:00:00.000Z'), backup('before-restore-z', 'before-restore', '2026-10-01T00:00:00.000Z'), backup('before-migration-w', 'before-migration', '2020-01-01T00:00:00.000Z')];

  it('removes only the daily backups beyond the newest N, oldest first, whatever order they come in', () => {
    const removed = dailyBackupsToRemove([...kept, ...[...days].reverse()], 14).map((entry) => entry.id);
    expect(removed).toEqual(days.slice(0, 6).reverse().map((entry) => entry.id));
  });

  it('never removes a backup taken before an import, a restore or a migration, or by hand', () => {
    for (const keep of [1, 3, 14, 365]) {
      const removed = new Set(dailyBackupsToRemove([...kept, ...days], keep).map((entry) => entry.id));
      expect(kept.filter((entry) => removed.has(entry.id))).toEqual([]);
      expect(days.length - removed.size).toBe(Math.min(keep, days.length));
    }
  });

  it('takes one daily backup a day', () => {
    expect(dailyBackupDue(days, '2026-11-20')).toBe(false);
    expect(dailyBackupDue(days, '2026-11-21')).toBe(true);
    expect(dailyBackupDue([], '2026-11-21')).toBe(true);
  });

  it('backs up the journal’s files, not the reminders already shown or files set aside', () => {
    const names = ['layout.json', 'settings.json', 'live.json', 'blocker-heartbeat.json', 'archive-2026-11.json', 'reminders.json', 'live.unreadable-2026-11-24T14-30-00-000Z.json', 'archive-2026-13.json', 'notes.txt', '.live.json.tmp-123'];
    expect(names.filter(isBackedUpFile)).toEqual(['layout.json', 'settings.json', 'live.json', 'blocker-heartbeat.json', 'archive-2026-11.json']);
  });
});

describe('an import plan', () => {
  const existing = new Map<string, ExistingRecord>([
    ['rec-0001', { record: aCommitment('rec-0001', { title: 'Send the rollout plan' }), month: null }],
    ['rec-0002', { record: aCommitment('rec-0002', { title: 'Review the RFC', status: 'done', closedAt: '2026-10-02T10:00:00.000Z' }), month: '2026-10' }],
  ]);

  it('adds what is new, replaces what differs, leaves what is the same and names the settings it changes', () => {
    const file = {
      exportedAt: '2026-11-24T10:00:00.000Z',
      settings: { theme: 'dark' as const, checkInTime: DEFAULT_SETTINGS.checkInTime },
      records: [aCommitment('rec-0001', { title: 'Send the rollout plan' }), aCommitment('rec-0002', { title: 'Review the RFC again' }), aCommitment('rec-0003')],
    };
    const plan = planImport(file, existing, DEFAULT_SETTINGS);
    expect(plan.add.map((record) => record.id)).toEqual(['rec-0003']);
    expect(plan.replace.map(({ record, was }) => [record.id, was.month])).toEqual([['rec-0002', '2026-10']]);
    expect(plan.same).toBe(1);
    expect(plan.settingsChanged).toEqual(['theme']);
    expect(plan.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('compares records as JSON, whatever the order of their keys', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('names records by their title, what they are about, or their day', () => {
    expect(labelOf(aCommitment('rec-0001', { title: 'Send the rollout plan' }))).toBe('Send the rollout plan');
    expect(labelOf({ id: 'dec-1', what: 'Use advisory locks' })).toBe('Use advisory locks');
    expect(labelOf({ id: 'checkin-2026-11-24', day: '2026-11-24' })).toBe('Check-in of 2026-11-24');
    expect(labelOf({ id: 'something-new' })).toBe('something-new');
  });
});
