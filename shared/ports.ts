/**
 * What the journal needs from the world, injected at start so that every rule can be run
 * with a virtual clock and predictable ids.
 */
export interface Clock {
  /** Wall-clock time: what the user sees and what records carry. */
  now(): Date;
  /**
   * Milliseconds from an arbitrary origin that never jumps with the wall clock (NTP, manual
   * changes). Used to tell elapsed time from a clock change.
   */
  monotonic(): number;
  /** The user's IANA time zone, e.g. "Europe/Berlin". Read each time: it can change. */
  timeZone(): string;
}

export interface IdSource {
  /** A new unique, URL- and file-safe id. */
  next(): string;
}
