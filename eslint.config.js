import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// sim-core must stay a pure, deterministic library: no UI libraries, no DOM, no wall clock,
// no unseeded randomness, no timers. These rules hold it so.
const pureEngineRules = {
  'no-restricted-imports': ['error', {
    patterns: [
      { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'immer', 'd3', 'd3-*'], message: 'sim-core is pure: no UI libraries.' },
      { group: ['../src/*', '../../src/*', 'node:*', 'fs', 'path'], message: 'sim-core runs in browsers and workers alike: no app or Node imports.' },
    ],
  }],
  'no-restricted-globals': ['error',
    { name: 'window', message: 'sim-core has no DOM.' },
    { name: 'document', message: 'sim-core has no DOM.' },
    { name: 'setTimeout', message: 'Simulated time only: schedule an event.' },
    { name: 'setInterval', message: 'Simulated time only: schedule an event.' },
    { name: 'requestAnimationFrame', message: 'The run loop lives in src/.' },
    { name: 'performance', message: 'No wall clock in the engine.' },
  ],
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the simulation state.' },
    { object: 'Date', property: 'now', message: 'No wall clock in the engine.' },
    { object: 'Math', property: 'exp', message: 'Transcendental functions differ between JS engines; keep decisions in + - * /.' },
    { object: 'Math', property: 'log', message: 'Transcendental functions differ between JS engines.' },
    { object: 'Math', property: 'pow', message: 'Transcendental functions differ between JS engines.' },
  ],
  'no-restricted-syntax': ['error',
    { selector: "NewExpression[callee.name='Date']", message: 'No wall clock in the engine.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['sim-core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: pureEngineRules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The UI reaches the engine only through the package's exports map (sim-core/package.json).
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(\\.\\./)+sim-core(/|$)', message: "Import the engine as '@utsuwa/sim-core' (or one of its exported subpaths)." }],
      }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
