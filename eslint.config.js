import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

// sim-core must stay a pure, deterministic library: no UI libraries, no DOM, no wall clock,
// no unseeded randomness, no timers. These rules hold it so.
const purePatterns = [
  { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'immer', 'd3', 'd3-*'], message: 'sim-core is pure: no UI libraries.' },
  { group: ['../src/*', '../../src/*', 'node:*', 'fs', 'path'], message: 'sim-core runs in browsers and workers alike: no app or Node imports.' },
];
const pureEngineRules = {
  'no-restricted-imports': ['error', { patterns: purePatterns }],
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

// src/ in layers that point one way: views → actions → store → worker bridge → sim-core.
// Each folder is an element of one layer; a dependency not allowed below is an error.
const layers = [
  { type: 'worker', pattern: 'src/worker', partialMatch: false },
  { type: 'store', pattern: 'src/(store|document|files|playback)', partialMatch: false },
  { type: 'actions', pattern: 'src/actions', partialMatch: false },
  // Tours, presenter mode, result files and the class view: views, plus their own small state.
  { type: 'classroom', pattern: 'src/(classroom|results)', partialMatch: false },
  { type: 'view', pattern: 'src/(components|charts|inside|terminal)', partialMatch: false },
  { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
  { type: 'lib', pattern: 'src/viz', partialMatch: false },
];
const allow = (from, to, message) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } }, message });
const layerPolicies = [
  allow('view', ['view', 'classroom', 'actions', 'store', 'i18n', 'lib'], 'A view reads the store and runs actions; it never talks to the worker.'),
  allow('classroom', ['view', 'classroom', 'actions', 'store', 'i18n', 'lib'], 'A view reads the store and runs actions; it never talks to the worker.'),
  allow('actions', ['actions', 'classroom', 'store', 'i18n', 'lib'], 'An action works through the store: no views, no worker.'),
  allow('store', ['store', 'worker', 'lib'], 'The store never imports views, actions or strings: it holds state and talks to the worker.'),
  allow('worker', ['worker'], 'The worker bridge knows only sim-core: never the store or a view.'),
  // The string tables live beside their views (…/strings.ts); i18n registers them.
  allow('i18n', ['i18n', 'lib', 'view', 'classroom', 'actions'], 'i18n holds strings only.'),
  allow('lib', ['lib'], 'viz/ is pure arithmetic for the charts.'),
];

// Text in JSX goes through i18next. Allowed as they are: product names, symbols, numbers.
const literalTextRules = {
  'i18next/no-literal-string': ['error', {
    mode: 'jsx-text-only',
    message: 'Text in JSX goes through i18next (t(\'ns:key\')); literal allowed only for names and symbols',
    words: {
      exclude: [
        '[^A-Za-z\\u3040-\\u30ff\\u4e00-\\u9fff]+', // no word in it: ▾ ⋮⋮ ✓ × → … 0:00
        '(?:Utsuwa|器|Linux|Windows|uid_map|CPU|VM|PID)',
      ],
    },
  }],
  // …and so do the attributes a person reads or hears.
  'no-restricted-syntax': ['error', {
    selector: 'JSXAttribute[name.name=/^(title|aria-label|aria-description|placeholder|alt)$/] > Literal[value=/[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/]',
    message: 'A visible or spoken attribute goes through i18next (t(\'ns:key\')).',
  }],
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
    // The engine computes; report/ reads the engine's state. Never the other way round. The
    // figures both show, the rules and the formatter sit below the report too.
    files: ['sim-core/{engine,figures,rules,format}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...purePatterns, { regex: '^(\\.\\./)+report(/|$)', message: 'engine/ (and figures/, rules/, format/) may not import report/: the report reads them, not the other way round; shared figures go in figures/.' }],
      }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': layers,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }],
      // The UI reaches the engine only through the package's exports map (sim-core/package.json).
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(\\.\\./)+sim-core(/|$)', message: "Import the engine as '@utsuwa/sim-core' (or one of its exported subpaths)." }],
      }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: literalTextRules,
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
