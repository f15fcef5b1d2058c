/**
 * Renders assets/icon.svg to the PNGs the installers use (assets/icons/<size>x<size>.png and
 * assets/icon.png at 1024), in Debian's Chromium. Run after changing the SVG:
 *   node assets/render-icons.ts
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
} finally {
  await browser.close();
}
