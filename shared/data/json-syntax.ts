/**
 * Where a text stops being JSON, and why, in words and with the path of the value it was in.
 * `JSON.parse` says only "Unexpected token 'N'", usually without a position, so when it
 * refuses a file this walks the text once more, without building anything, to tell the user
 * `records[12].due (line 40, column 18): NaN is not a value JSON can hold`.
 */
export interface JsonSyntaxError {
  /** The value being read, like `records[12].due`; empty at the top. */
  path: string;
  line: number;
  column: number;
  reason: string;
}

type Frame = { kind: 'array'; index: number } | { kind: 'object'; key: string | null };
type Expecting = 'value' | 'key' | 'after-value';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const TRUNCATED = 'the file ends here, in the middle of the data — it may have been cut off';

/** Thrown from deep in the walk to the one place that turns it into an answer. */
class Stop extends Error {
  readonly reason: string;
  /** Where in the text, and the path there, when not where the walk stands. */
  readonly at: number | undefined;
  readonly path: string | undefined;
  constructor(reason: string, at?: number, path?: string) {
    super(reason);
    this.reason = reason;
    this.at = at;
    this.path = path;
  }
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let at = 0;
  let expecting: Expecting = 'value';

  const skipWhitespace = () => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.test(text);
    at = WHITESPACE.lastIndex;
  };

  try {
    for (;;) {
      skipWhitespace();
      if (expecting === 'value') {
        if (at >= text.length) throw new Stop(TRUNCATED);
        const char = text.charAt(at);
        if (char === '{' || char === '[') {
          stack.push(char === '{' ? { kind: 'object', key: null } : { kind: 'array', index: 0 });
          at += 1;
          skipWhitespace();
          if (text.charAt(at) === (char === '{' ? '}' : ']')) {
            at += 1;
            stack.pop();
            expecting = 'after-value';
          } else {
            expecting = char === '{' ? 'key' : 'value';
          }
          continue;
        }
        if (char === '"') at = endOfString(text, at);
        else at = endOfScalar(text, at);
        expecting = 'after-value';
        continue;
      }
      const frame = stack.at(-1);
      if (expecting === 'key') {
        if (at >= text.length) throw new Stop(TRUNCATED);
        if (frame?.kind !== 'object') throw new Stop('expected a value');
        if (text.charAt(at) !== '"') throw new Stop(`expected a name in double quotes, found ${describe(text, at)}`);
        const end = endOfString(text, at);
        const key: unknown = JSON.parse(text.slice(at, end));
        frame.key = String(key);
        at = end;
        skipWhitespace();
        if (text.charAt(at) !== ':') throw new Stop(at >= text.length ? TRUNCATED : `expected ":" after the name, found ${describe(text, at)}`);
        at += 1;
        expecting = 'value';
        continue;
      }
      // After a value: the end of the text, or a comma or the end of the list or object it is in.
      if (!frame) {
        if (at < text.length) throw new Stop(`more text after the end of the data: ${describe(text, at)}`);
        return null;
      }
      if (at >= text.length) throw new Stop(TRUNCATED);
      const closer = frame.kind === 'array' ? ']' : '}';
      const char = text.charAt(at);
      if (char === closer) {
        at += 1;
        stack.pop();
        continue;
      }
      if (char !== ',') throw new Stop(`expected "," or "${closer}", found ${describe(text, at)}`);
      const comma = at;
      at += 1;
      skipWhitespace();
      if (text.charAt(at) === closer) throw new Stop(`a comma before ${closer} — JSON allows no comma after the last item`, comma, pathOf(stack.slice(0, -1)));
      if (frame.kind === 'array') {
        frame.index += 1;
        expecting = 'value';
      } else {
        frame.key = null;
        expecting = 'key';
      }
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const { line, column } = lineAndColumn(text, error.at ?? at);
    return { path: error.path ?? pathOf(stack), line, column, reason: error.reason };
  }
}

function endOfString(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    if (code === 0x5c) {
      const escaped = text.charAt(at + 1);
      if (escaped === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw new Stop('a \\u escape needs four hex digits', at);
        at += 6;
      } else if (escaped !== '' && '"\\/bfnrt'.includes(escaped)) {
        at += 2;
      } else {
        throw new Stop(at + 1 >= text.length ? TRUNCATED : `"\\${escaped}" is not an escape JSON knows`, at);
      }
      continue;
    }
    if (code < 0x20) throw new Stop('a line break or control character inside a string (JSON writes it as \\n or \\u00XX)', at);
    at += 1;
  }
  throw new Stop(TRUNCATED, text.length);
}

function endOfScalar(text: string, start: number): number {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  for (const special of ['NaN', 'Infinity', '-Infinity']) {
    if (text.startsWith(special, start)) throw new Stop(`${special} is not a value JSON can hold (numbers in JSON are finite)`);
  }
  if (text.startsWith('undefined', start)) throw new Stop('undefined is not a value JSON can hold');
  if (text.charAt(start) === "'") throw new Stop('strings in JSON are in double quotes, not single');
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  throw new Stop(`expected a value, found ${describe(text, start)}`);
}

function describe(text: string, at: number): string {
  const char = text.charAt(at);
  if (char === '\0') return 'a zero byte (the file may be damaged)';
  const code = char.charCodeAt(0);
  if (code < 0x20) return `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `"${text.slice(at, at + 12).split(/[\s,:]/)[0] ?? char}"`;
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: at - lineStart + 1 };
}

function pathOf(stack: readonly Frame[]): string {
  return formatPath(stack.flatMap((frame): (string | number)[] => (frame.kind === 'array' ? [frame.index] : frame.key === null ? [] : [frame.key])));
}

/** `['records', 12, 'history', 0, 'at']` → `records[12].history[0].at`. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}
