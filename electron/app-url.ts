import path from 'node:path';

/**
 * The app's own origin. The renderer is served from `app://ownlog/`, never from `file:`, so a
 * page can be told apart from anything else by protocol and host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ownlog';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** The URL of a window: every window is a route of the one renderer (`#/`, `#/checkin`…). */
export function appUrl(route = '/'): string {
  return `${APP_ORIGIN_URL}index.html#${route}`;
}

/**
 * Whether a URL belongs to the app. Protocol and host are compared as parsed values: the
 * origin of a custom scheme reads "null" in Node, and a prefix check would let
 * `app://ownlog.evil/` through.
 */
export function isAppUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  // Chromium lowercases the host of a standard scheme; Node keeps a custom scheme's as written.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * The file under `root` a request for `url` is for, or null when it is not the app's or would
 * leave `root` (`..`, encoded slashes, absolute paths, NUL bytes).
 */
export function rendererFileFor(url: string, root: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  return file.startsWith(resolvedRoot + path.sep) ? file : null;
}
