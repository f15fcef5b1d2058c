import fs from 'node:fs';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings.ts';
import { contract, type Channel, type RequestInputMap, type ResponseMap } from '../../shared/ipc/contract.ts';
import type { IpcResult } from '../../shared/ipc/result.ts';
import type { Router } from '../../shared/ipc/router.ts';
import type { Journal } from '../../shared/journal.ts';
import { writeJournalFiles } from '../../shared/node/conf-journal-store.ts';
import { confFiles } from '../../shared/node/store-files.ts';
import { call } from './call.ts';
import { openJournalAt } from './journal-dir.ts';
import type { ScriptedImports } from './journal-router.ts';
import { seedCommitments } from './seed.ts';
import { MINUTE, type VirtualClock } from './virtual-clock.ts';

/** The settings the filled journal has, none of them the defaults'. */
export const FILLED_SETTINGS = { ...DEFAULT_SETTINGS, theme: 'dark' as const, checkInTime: '10:15', keepDailyBackups: 30 };

/**
 * A journal with a year of closed commitments and every kind of record, made through the
 * journal's own commands: a closed and an open commitment, a decision, a check-in, a weekly
 * update, and a blocker that has counted 40 minutes.
 */
export function fillJournal(dir: string, clock: VirtualClock): Journal {
  const files = confFiles(dir);
  writeJournalFiles(files, seedCommitments({ now: clock.now(), closed: 120, open: 6, seed: 3 }));
  files('settings').store = FILLED_SETTINGS;
  const journal = openJournalAt(dir, clock);
  journal.closeAsDone(journal.capture('Write the runbook for the queue consumer').id);
  journal.capture('Send the rollout plan to Priya by Friday');
  call(journal, 'ownlog:decision-record', { what: 'Use Postgres advisory locks', why: 'Fewer moving parts' });
  call(journal, 'ownlog:checkin-save', { day: '2026-11-24', parts: { yesterday: ['Fixed the flaky login test'], today: ['Send the rollout plan'], blockers: [], planChanges: [] } });
  call(journal, 'ownlog:status-draft', { cadence: 'weekly' });
  const { id } = journal.blockers.start({ what: 'Staging database is locked during deploys' }).blocker;
  journal.blockers.logAttempt({ id, tried: 'Retried the migration', showed: 'Lock wait timeout again' });
  for (let minute = 0; minute < 40; minute += 1) {
    clock.advance(MINUTE);
    journal.blockers.heartbeat();
  }
  return journal;
}

/** Export everything through the shell's save path, as Export everything… does. */
export async function exportThroughShell(router: Router): Promise<{ path: string; text: string; records: number }> {
  const saved = await router.invoke('ownlog:data-export-save', {});
  if (!saved.ok) throw new Error(`export failed: ${saved.error.message}`);
  const { path, records } = contract['ownlog:data-export-save'].response.parse(saved.value);
  if (path === null) throw new Error('nothing was saved');
  return { path, text: fs.readFileSync(path, 'utf8'), records };
}

/** Import… with the user picking `file`: what the page is answered. */
export async function chooseImport(router: Router, imports: ScriptedImports, file: string | null): Promise<ResponseMap['ownlog:data-import-choose']> {
  imports.pick = file;
  const answer = await router.invoke('ownlog:data-import-choose', {});
  if (!answer.ok) throw new Error(`choose failed: ${answer.error.message}`);
  return contract['ownlog:data-import-choose'].response.parse(answer.value);
}

/** A request through the router, its answer typed by the contract's own schema. */
export async function invoke<C extends Channel>(router: Router, channel: C, payload: RequestInputMap[C]): Promise<IpcResult<ResponseMap[C]>> {
  const result = await router.invoke(channel, payload);
  return result.ok ? { ok: true, value: contract[channel].response.parse(result.value) } : result;
}
