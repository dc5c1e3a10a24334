import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine must stay pure and deterministic (DESIGN.md): no UI libraries, no DOM,
// no timers, no wall clock and no randomness. Time and ids are injected.
const enginePurity = {
  files: ['app/engine/**/*.ts'],
  ignores: ['app/engine/**/*.test.ts', 'app/engine/**/*.bench.ts'],
  languageOptions: { globals: {} },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              'react',
              'react-dom',
              'react/*',
              'react-dom/*',
              'motion',
              'motion/*',
              'framer-motion',
              'zustand',
              'zustand/*',
            ],
            message: 'app/engine is pure TypeScript: no UI or store libraries.',
          },
          {
            group: ['**/ui/**', '**/store/**', '**/modes/**', '**/session/**'],
            message: 'The engine must not import the layers above it.',
          },
          {
            group: ['node:*'],
            message: 'The engine runs in the browser: no Node built-ins.',
          },
        ],
        paths: ['fs', 'path', 'crypto', 'os', 'child_process'].map((name) => ({
          name,
          message: 'The engine runs in the browser: no Node built-ins.',
        })),
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'performance',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'requestAnimationFrame',
        'fetch',
        'process',
        'crypto',
      ].map((name) => ({
        name,
        message: 'app/engine is pure: inject what you need (clock, ids) instead of using globals.',
      })),
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'Use the injected clock.' },
      { object: 'Math', property: 'random', message: 'Use the injected id source.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'Use the injected clock.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      // Scratch space (git-ignored): profiles, one-off scripts, throwaway builds.
      '.tmp',
      'app/engine/**/fixtures/**/*.{js,cjs,mjs}',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['app/**/*.tsx', 'app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  enginePurity,
);
