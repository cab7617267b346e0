import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import prettierPlugin from 'eslint-plugin-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The walls between the rooms of src/ (as bulletproof-react draws them): imports run one way,
 * app -> routes -> features -> shared -> store -> catalogue -> scoring, and a feature never imports
 * another feature. A piece two features need belongs in shared/, or the route composes them.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const below = (target, from, message) => ({
  target: `./src/${target}`,
  from: from.map((dir) => `./src/${dir}`),
  message,
});
const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature: move the piece to src/shared, or compose the two in src/routes.',
  })),
  below('routes', ['app'], 'src/routes never imports src/app.'),
  below('features', ['app', 'routes'], 'Features never import routes or the app.'),
  below(
    'shared',
    ['app', 'routes', 'features'],
    'src/shared never imports features, routes or the app.',
  ),
  below('store', ['app', 'routes', 'features', 'shared'], 'src/store never imports upward.'),
  below(
    'catalogue',
    ['app', 'routes', 'features', 'shared', 'store'],
    'src/catalogue never imports upward.',
  ),
  below(
    'scoring',
    ['app', 'routes', 'features', 'shared', 'store', 'catalogue'],
    'src/scoring never imports upward.',
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'playwright-report',
      'test-results',
      'test-results-*',
      'node_modules',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      'import-x': importX,
      prettier: prettierPlugin,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      // Unformatted code fails lint (and `prettier --check .` in npm test), with .prettierrc.json's options.
      'prettier/prettier': 'error',
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
              group: [
                'react',
                'react-*',
                'react/*',
                'zustand',
                'zustand/*',
                '@tanstack/*',
                'react-router',
                'react-router/*',
                '@/store/*',
                '@/features/*',
                '@/routes/*',
                '@/shared/*',
                '@/app/*',
              ],
              message:
                'src/scoring is pure: no React, stores, router, query library or UI imports.',
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
        {
          paths: [
            { name: 'zustand', message: 'Stores live in src/store; import the hooks from there.' },
          ],
        },
      ],
    },
  },
  prettier,
);
