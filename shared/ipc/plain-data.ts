import type { IpcIssue } from './result.ts';

/**
 * Where a request first holds something that is not plain data, or null when it is all plain.
 *
 * A request crosses from the page as a structured clone, which can carry Dates, Maps, Sets,
 * typed arrays, RegExps and BigInts. A schema for an object reads any of those as an object
 * with no fields — `z.strictObject({})` accepts a Date — so the router refuses them first.
 * Plain data is what JSON can say (undefined aside, which an optional field may hold), and
 * no key `__proto__`: a schema for a record copies keys into a new object, where that one
 * would set the object's prototype instead of a field (prototype pollution).
 */
export function firstNonPlainData(value: unknown, path: (string | number)[] = []): IpcIssue | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return null;
    case 'object':
      break;
    default:
      return { path, message: `A request may hold only plain data, not a ${typeof value}.` };
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstNonPlainData(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const kind = Object.prototype.toString.call(value).slice('[object '.length, -1);
    return { path, message: `A request may hold only plain data, not a ${kind}.` };
  }
  if (Object.hasOwn(value, '__proto__')) return { path, message: 'A request may not hold a field called __proto__.' };
  for (const [key, item] of Object.entries(value)) {
    const found = firstNonPlainData(item, [...path, key]);
    if (found) return found;
  }
  return null;
}
