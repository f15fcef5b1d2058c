import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrl, isAppUrl, rendererFileFor } from '../../electron/app-url.ts';
import { isTrustedSender } from '../../electron/trusted-sender.ts';

const ROOT = path.resolve('/opt/Ownlog/resources/app.asar/out/renderer');

describe('isAppUrl', () => {
  it.each([
    ['app://ownlog/index.html#/', true],
    ['app://ownlog/', true],
    ['app://OWNLOG/index.html', true],
    ['app://ownlog.evil/index.html', false],
    ['app://evil.ownlog/index.html', false],
    ['app://ownlog:8080/index.html', false],
    ['app://user:pass@ownlog/index.html', false],
    ['app://ownlog@evil/index.html', false],
    ['https://ownlog/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['javascript:alert(1)', false],
    ['about:blank', false],
    ['appx://ownlog/', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('builds window URLs that it accepts', () => {
    expect(appUrl('/')).toBe('app://ownlog/index.html#/');
    expect(isAppUrl(appUrl('/checkin'))).toBe(true);
  });
});

describe('rendererFileFor', () => {
  it.each([
    ['app://ownlog/', path.join(ROOT, 'index.html')],
    ['app://ownlog/index.html', path.join(ROOT, 'index.html')],
    ['app://ownlog/assets/index-abc.js', path.join(ROOT, 'assets/index-abc.js')],
    ['app://ownlog/assets/a%20b.css', path.join(ROOT, 'assets/a b.css')],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(rendererFileFor(url, ROOT)).toBe(file);
  });

  it.each([
    'app://ownlog/..%2f..%2fpackage.json',
    'app://ownlog/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://ownlog/assets/..%2F..%2F..%2Fmain%2Fmain.js',
    'app://ownlog/index.html%00.png',
    'app://ownlog/%E0%A4%A',
    'app://ownlog.evil/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(rendererFileFor(url, ROOT)).toBeNull();
  });

  it.each(['app://ownlog/%2fetc%2fpasswd', 'app://ownlog/..\\..\\secret', 'app://ownlog/../../../etc/passwd', 'app://ownlog//etc/passwd'])(
    'never leaves the renderer folder for %s',
    (url) => {
      const file = rendererFileFor(url, ROOT);
      expect(file === null || file.startsWith(ROOT + path.sep)).toBe(true);
    },
  );
});

describe('isTrustedSender', () => {
  it.each([
    ['the app’s top-level page', { url: 'app://ownlog/index.html#/', parent: null }, true],
    ['an iframe inside the app', { url: 'app://ownlog/index.html', parent: {} }, false],
    ['a page that navigated away', { url: 'https://example.com/', parent: null }, false],
    ['a look-alike host', { url: 'app://ownlog.evil/index.html', parent: null }, false],
    ['a file: page', { url: 'file:///home/me/index.html', parent: null }, false],
    ['a data: page', { url: 'data:text/html,hi', parent: null }, false],
    ['a frame that is gone', null, false],
  ])('%s → %s', (_label, frame, expected) => {
    expect(isTrustedSender(frame)).toBe(expected);
  });
});
