import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage, extractFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let work: string;
let asar: string;
let entries: string[];

// electron-builder packs the app around a stub "Electron" folder: the real binary cannot be
// downloaded here, and what matters is what goes into app.asar.
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ownlog-package-'));
  const stub = path.join(work, 'electron-dist');
  fs.mkdirSync(path.join(stub, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  const builder = path.resolve('node_modules/.bin/electron-builder');
  await run(builder, ['--linux', 'dir', `-c.electronDist=${stub}`, `-c.directories.output=${path.join(work, 'release')}`], {
    env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CI: 'true' },
  });
  asar = path.join(work, 'release', 'linux-unpacked', 'resources', 'app.asar');
  entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 180_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('is named for the product and holds the built main, preload and renderer', () => {
    expect(fs.existsSync(path.join(work, 'release', 'linux-unpacked', 'ownlog'))).toBe(true);
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
});
