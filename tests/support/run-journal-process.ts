import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { IpcResult } from '../../shared/ipc/result.ts';
import type { StoreNotice } from '../../shared/store/port.ts';

const run = promisify(execFile);
const PROCESS = new URL('./journal-process.ts', import.meta.url).pathname;

export interface ProcessAnswer {
  result: IpcResult<unknown>;
  /** Ids of the blockers whose threshold the heartbeats of that run reported. */
  reached: string[];
  notices: StoreNotice[];
}

/**
 * Starts the core in a new process over `dir`, sends one request, and keeps it awake for
 * `awakeMinutes` with a heartbeat a minute before it ends without a last one (a crash).
 */
export async function startAndSend(dir: string, now: string, channel: string, payload: unknown, awakeMinutes = 0): Promise<ProcessAnswer> {
  const { stdout } = await run(process.execPath, [PROCESS, dir, now, channel, JSON.stringify(payload), String(awakeMinutes)]);
  return JSON.parse(stdout) as ProcessAnswer;
}

export function valueOf(result: IpcResult<unknown>): unknown {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}
