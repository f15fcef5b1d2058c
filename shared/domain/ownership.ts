/**
 * Ownership levels, from "wait to be told" to "act, report only if asked": routine work high,
 * risky work (a migration) lower. Kept free of zod so the page can show them without
 * shipping the schemas.
 */
export const OWNERSHIP_LEVELS: Readonly<Record<number, string>> = {
  1: 'Wait to be told',
  2: 'Ask what to do',
  3: 'Recommend, then act on approval',
  4: 'Act, then report at once',
  5: 'Act; report only if asked',
};
