import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage, extractFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resourceDirs, WINDOW_ICON } from '../../electron/resources.ts';
import { trayIcon } from '../../electron/tray.ts';

const run = promisify(execFile);
let work: string;
let unpacked: string;
let asar: string;
let entries: string[];
let archive: string[];

/** Debian's 7-Zip (p7zip-full), which electron-builder otherwise downloads to make a tar.gz. */
const SEVEN_ZIP = '/usr/bin/7za';

// The fuse wire as Electron's binary carries it (the format @electron/fuses reads and writes):
// a sentinel, the wire's version and length, then one byte a fuse, '1' on and '0' off, in
// @electron/fuses' FuseV1Options order.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = ['runAsNode', 'enableCookieEncryption', 'enableNodeOptionsEnvironmentVariable', 'enableNodeCliInspectArguments', 'enableEmbeddedAsarIntegrityValidation', 'onlyLoadAppFromAsar', 'loadBrowserProcessSpecificV8Snapshot', 'grantFileProtocolExtraPrivileges'] as const;
/** Electron 45's own settings, before any are flipped. */
const ELECTRON_DEFAULTS = '10110001';

function readFuses(binary: string): Record<string, boolean> {
  const bytes = fs.readFileSync(binary);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  if (at < FUSE_SENTINEL.length) throw new Error(`${binary} has no fuse wire`);
  const length = bytes[at + 1] ?? 0;
  return Object.fromEntries(FUSES.slice(0, length).map((fuse, index) => [fuse, bytes[at + 2 + index] === 0x31]));
}

// electron-builder packs the app around a stub "Electron" folder: the real binary cannot be
// downloaded here, and what matters is what goes into app.asar and resources/. The stub carries
// a fuse wire, so the fuses electron-builder flips can be read back. One build makes both the
// unpacked app and a tar.gz of it.
beforeAll(async () => {
  if (!fs.existsSync(SEVEN_ZIP)) throw new Error(`${SEVEN_ZIP} is missing: install Debian's p7zip-full (.ci/run does).`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-package-'));
  const stub = path.join(work, 'electron-dist');
  fs.mkdirSync(path.join(stub, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(stub, 'electron'), `#!/bin/sh\n${FUSE_SENTINEL}\u0001\u0008${ELECTRON_DEFAULTS}\n`, { mode: 0o755 });
  const builder = path.resolve('node_modules/.bin/electron-builder');
  await run(builder, ['--linux', 'dir', 'tar.gz', '--publish', 'never', `-c.electronDist=${stub}`, `-c.directories.output=${path.join(work, 'release')}`], {
    env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', ELECTRON_BUILDER_7ZIP_PATH: SEVEN_ZIP, CI: 'true' },
  });
  unpacked = path.join(work, 'release', 'linux-unpacked');
  asar = path.join(unpacked, 'resources', 'app.asar');
  entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  const { stdout } = await run('tar', ['-tzf', path.join(work, 'release', 'ownlog-0.1.0.tar.gz')]);
  archive = stdout.split('\n').filter((line) => line !== '');
}, 180_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('is named for the product and holds the built main, preload and renderer', () => {
    expect(fs.existsSync(path.join(unpacked, 'ownlog'))).toBe(true);
    for (const file of ['/package.json', '/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) {
      expect(entries).toContain(file);
    }
    expect(extractFile(asar, 'out/main/main.js').toString()).toBe(fs.readFileSync('out/main/main.js', 'utf8'));
    const manifest = JSON.parse(extractFile(asar, 'package.json').toString()) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  it('ships no schema library in the page: zod probes eval, which the CSP refuses', () => {
    const scripts = entries.filter((entry) => entry.startsWith('/out/renderer/') && entry.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(extractFile(asar, script.slice(1)).toString()).not.toMatch(/ZodError|new Function\(/);
  });

  it('ships no sources, tests, dependencies or type declarations', () => {
    const unexpected = entries.filter(
      (entry) => /^\/(shared|electron|renderer|tests|assets|node_modules|\.ci)(\/|$)/.test(entry) || /\.(ts|tsx|map)$/.test(entry),
    );
    expect(unexpected).toEqual([]);
  });

  it('points its installers at icons that exist', () => {
    const config = fs.readFileSync('electron-builder.yml', 'utf8');
    const icons = [...config.matchAll(/^\s+icon: (.+)$/gm)].map((match) => match[1] ?? '');
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) expect(fs.existsSync(icon)).toBe(true);
    expect(fs.readdirSync('assets/icons')).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '256x256.png', '512x512.png']));
  });

  it('holds the tray icons (and their @2x) where the tray code looks for them, and the window icon', () => {
    const dirs = resourceDirs({ packaged: true, resourcesPath: path.join(unpacked, 'resources'), mainDir: '/nowhere' });
    const wanted = (['darwin', 'win32', 'linux'] as const).flatMap((platform) => [trayIcon(platform, false), trayIcon(platform, true)]);
    for (const icon of new Set(wanted)) {
      for (const file of [icon, icon.replace('.png', '@2x.png')]) {
        expect(fs.readFileSync(path.join(dirs.tray, file))).toEqual(fs.readFileSync(path.join('assets/tray', file)));
      }
    }
    expect(fs.readFileSync(path.join(dirs.icons, WINDOW_ICON))).toEqual(fs.readFileSync(path.join('assets/icons', WINDOW_ICON)));
  });

  it('flips Electron’s fuses as the config says: no running as Node, no NODE_OPTIONS, cookies encrypted, the app only from a checked app.asar', () => {
    const config = fs.readFileSync('electron-builder.yml', 'utf8');
    const section = /^electronFuses:\n((?: {2}.+\n)+)/m.exec(config)?.[1] ?? '';
    const configured = Object.fromEntries([...section.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((match): [string, boolean] => [match[1] ?? '', match[2] === 'true']));
    expect(configured).toEqual({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableCookieEncryption: true, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true });
    // The packaged binary carries them; the fuses not configured keep Electron's settings.
    expect(readFuses(path.join(unpacked, 'ownlog'))).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: true,
    });
  });

  it('makes a tar.gz with Debian’s 7za that holds the same app', () => {
    expect(archive).toEqual(
      expect.arrayContaining(['ownlog-0.1.0/ownlog', 'ownlog-0.1.0/resources/app.asar', 'ownlog-0.1.0/resources/tray/trayTemplate@2x.png', 'ownlog-0.1.0/resources/icons/256x256.png']),
    );
    expect(archive.filter((entry) => !entry.endsWith('/'))).toHaveLength(2 + 6 + 1);
  });

  it('gives deb the homepage and the maintainer’s e-mail it needs', () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { homepage?: string; author?: { name?: string; email?: string } };
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });
});
