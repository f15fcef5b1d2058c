/**
 * Renders the icons from their SVGs, in Debian's Chromium. Run after changing an SVG:
 *   node assets/render-icons.ts
 * - assets/icon.svg → the installers' icons: assets/icons/<size>x<size>.png, assets/icon.png (1024);
 * - assets/tray.svg → the tray's: a dark glyph for light trays (tray-light), a light one for dark
 *   trays (tray-dark), and macOS template images (black with alpha; the OS tints them), each at
 *   16 px and @2x.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/support/browser.ts';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = fs.readFileSync(path.join(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true });
    fs.writeFileSync(path.join(import.meta.dirname, 'icons', `${size}x${size}.png`), png);
    if (size === 1024) fs.writeFileSync(path.join(import.meta.dirname, 'icon.png'), png);
    await page.close();
  }

  const tray = fs.readFileSync(path.join(import.meta.dirname, 'tray.svg'), 'utf8');
  const variants = { 'tray-light': '#1d1d1f', 'tray-dark': '#f2f2f5', trayTemplate: '#000000' };
  for (const [name, colour] of Object.entries(variants)) {
    for (const [suffix, size] of [['', 16], ['@2x', 32]] as const) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>html,body{margin:0;background:transparent;color:${colour}}svg{display:block;width:${String(size)}px;height:${String(size)}px}</style>${tray}`);
      fs.writeFileSync(path.join(import.meta.dirname, 'tray', `${name}${suffix}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  }
} finally {
  await browser.close();
}
