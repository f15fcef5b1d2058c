// The layering of the house, as a lint rule at error level (see ARCHITECTURE.md):
//   renderer → shared ← electron,  electron → shared/node
// shared/ imports none of them and nothing from Node; only shared/node/ may use node:* or conf;
// renderer/ never reaches electron/ or shared/node/; electron/ never imports renderer/.
// tests/lint/layering.test.ts lints fixtures against exactly this config and expects it to fail.
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/]/g, '\\/'));

/** @satisfies {Record<string, Restriction>} */
const RULES = {
  electron: { regex: '^electron(\\/.*)?$', message: 'Only electron/ may import Electron.' },
  electronStore: { regex: '^electron-store$', message: 'electron-store is the shell’s adapter (electron/journal-files.ts).' },
  conf: { regex: '^conf$', message: 'conf is used only by the store in shared/node/.' },
  react: { regex: '^react(-dom)?(\\/.*)?$', message: 'The journal core knows nothing of React.' },
  node: { regex: `^(node:.*|(${nodeBuiltins.join('|')})(\\/.*)?)$`, message: 'Node APIs belong in shared/node/ or electron/, never in the pure core or the page.' },
  electronFolder: { regex: '(^|\\/)electron\\/', message: 'Nothing outside electron/ imports the shell.' },
  rendererFolder: { regex: '(^|\\/)renderer\\/', message: 'The shell and the core never import the page.' },
  nodeCore: { regex: '(^|\\/)shared\\/node\\/|^(\\.\\/|(\\.\\.\\/)+)node\\/', message: 'shared/node/ is Node-only; the pure core and the page must not import it.' },
};

/** @typedef {{ regex: string, message: string }} Restriction */

/**
 * @param {string[]} files
 * @param {string[]} ignores
 * @param {Restriction[]} rules
 * @returns {import('eslint').Linter.Config}
 */
function restrict(files, ignores, rules) {
  const patterns = rules.map(({ regex, message }) => ({ regex, message }));
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      // Dynamic import() and require() escape no-restricted-imports; forbid the same sources there.
      'no-restricted-syntax': [
        'error',
        ...rules.flatMap(({ regex, message }) => [
          { selector: `ImportExpression[source.value=/${regex}/]`, message },
          { selector: `CallExpression[callee.name='require'][arguments.0.value=/${regex}/]`, message },
        ]),
      ],
    },
  };
}

export const layering = [
  restrict(['shared/**/*.{ts,tsx}'], ['shared/node/**'], [RULES.electron, RULES.electronStore, RULES.conf, RULES.react, RULES.node, RULES.electronFolder, RULES.rendererFolder, RULES.nodeCore]),
  restrict(['shared/node/**/*.{ts,tsx}'], [], [RULES.electron, RULES.electronStore, RULES.react, RULES.electronFolder, RULES.rendererFolder]),
  restrict(['renderer/**/*.{ts,tsx}'], [], [RULES.electron, RULES.electronStore, RULES.conf, RULES.node, RULES.electronFolder, RULES.nodeCore]),
  restrict(['electron/**/*.{ts,tsx}'], [], [RULES.react, RULES.rendererFolder]),
];
