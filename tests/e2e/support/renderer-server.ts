import fs from 'node:fs';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const RENDERER_DIR = path.resolve('out/renderer');

/** Serves the built renderer on 127.0.0.1 (module scripts do not load from file:). */
export async function serveBuiltRenderer(): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does).');
  }
  const server: PreviewServer = await preview({
    configFile: false,
    root: RENDERER_DIR,
    logLevel: 'silent',
    build: { outDir: RENDERER_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the preview server reported no URL');
  return { url, close: () => server.close() };
}
