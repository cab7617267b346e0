import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'playwright-report', 'test-results', 'test-results-*', 'node_modules'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text, never HTML strings.',
        },
      ],
    },
    settings: { 'import-x/resolver': { typescript: { project: './tsconfig.app.json' } } },
  },
  {
    // The scoring engine stays pure: plain data in, plain data out.
    files: ['src/scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', '@tanstack/*', 'react-router', 'react-router/*', '@/store/*', '@/features/*', '@/routes/*', '@/components/*', '@/app/*'],
              message: 'src/scoring is pure: no React, stores, router, query library or UI imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/scoring must not touch the DOM.' },
        { name: 'document', message: 'src/scoring must not touch the DOM.' },
        { name: 'localStorage', message: 'src/scoring must not touch browser storage.' },
        { name: 'navigator', message: 'src/scoring must not touch the DOM.' },
      ],
    },
  },
  {
    // zustand lives in src/store only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/**', 'src/scoring/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zustand', message: 'Stores live in src/store; import the hooks from there.' }] },
      ],
    },
  },
  prettier,
);
