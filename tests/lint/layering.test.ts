import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layering } from '../../eslint.layering.js';

// The layering rules exactly as eslint.config.js uses them, on fixtures at the paths they
// would have in the tree. Type-aware rules are left out: these files do not exist on disk.
const linter = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layering],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('the layering lint rule', () => {
  it.each([
    ['shared/domain/fixture.ts', "import { app } from 'electron';"],
    ['shared/domain/fixture.ts', "import Store from 'electron-store';"],
    ['shared/domain/fixture.ts', "import Conf from 'conf';"],
    ['shared/domain/fixture.ts', "import { useState } from 'react';"],
    ['shared/domain/fixture.ts', "import fs from 'node:fs';"],
    ['shared/domain/fixture.ts', "import path from 'path';"],
    ['shared/domain/fixture.ts', "import { promises } from 'fs/promises';"],
    ['shared/fixture.ts', "import { confFiles } from './node/store-files.ts';"],
    ['shared/capture/fixture.ts', "import { confFiles } from '../node/store-files.ts';"],
    ['shared/capture/fixture.ts', "export { openMainWindow } from '../../electron/windows.ts';"],
    ['shared/capture/fixture.ts', "import { App } from '../../renderer/App.tsx';"],
    ['shared/domain/fixture.ts', "const electron = await import('electron');"],
    ['shared/domain/fixture.ts', "const fs = require('node:fs');"],
    ['shared/node/fixture.ts', "import { app } from 'electron';"],
    ['renderer/components/fixture.tsx', "import { ipcRenderer } from 'electron';"],
    ['renderer/fixture.ts', "import { confFiles } from '../shared/node/store-files.ts';"],
    ['renderer/fixture.ts', "import { openMainWindow } from '../electron/windows.ts';"],
    ['renderer/fixture.ts', "import fs from 'node:fs';"],
    ['electron/fixture.ts', "import { App } from '../renderer/App.tsx';"],
  ])('fails %s for: %s', async (filePath, code) => {
    const found = await problems(filePath, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => /^no-restricted-(imports|syntax):/.test(problem))).toBe(true);
  });

  it.each([
    ['shared/domain/fixture.ts', "import { z } from 'zod';\nimport { toIso } from './time.ts';"],
    ['shared/capture/fixture.ts', "import * as chrono from 'chrono-node';\nimport { TZDate } from '@date-fns/tz';"],
    ['shared/node/fixture.ts', "import fs from 'node:fs';\nimport Conf from 'conf';\nimport { openJournal } from '../journal.ts';"],
    ['renderer/fixture.tsx', "import { useState } from 'react';\nimport type { OwnlogApi } from '../shared/ipc/api.ts';"],
    ['electron/fixture.ts', "import { app } from 'electron';\nimport path from 'node:path';\nimport { confFiles } from '../shared/node/store-files.ts';"],
  ])('allows %s: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });

  it('is part of the project’s lint config, at error level, for every layer', async () => {
    const project = new ESLint();
    for (const file of ['shared/journal.ts', 'shared/node/conf-journal-store.ts', 'renderer/App.tsx', 'electron/main.ts']) {
      const config = (await project.calculateConfigForFile(file)) as { rules: Record<string, unknown[]> };
      expect(config.rules['no-restricted-imports']?.[0]).toBe(2);
      expect(config.rules['no-restricted-syntax']?.[0]).toBe(2);
    }
  });
});
