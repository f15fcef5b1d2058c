import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layering } from './eslint.layering.js';

export default defineConfig(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'screenshots/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Records are built with spreads and deleted keys are dropped the same way.
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Type aliases are needed where a record must stay assignable to Record<string, unknown>.
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests assert on values the type system cannot see (JSON read back from disk).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...layering,
);
