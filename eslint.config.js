// One linter for the project. Besides the recommended rules (type-aware for src and tests), it
// enforces the architecture: dependencies point one way, cli → ui/report/io → core, and only cli
// touches `process`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name) => [
  `../${name}/*`,
  `../../${name}/*`,
  `../../../${name}/*`,
  `../${name}/**`,
  `../../${name}/**`,
];
const restrict = (patterns, message) => ({ group: patterns, message });
const noProcess = {
  'no-restricted-globals': [
    'error',
    {
      name: 'process',
      message: 'Only src/cli may touch process: pass what you need in the context.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The type-aware rules ask the TypeScript checker (tsconfig.json, through the project service):
  // for src and tests only. scripts/, bench/ and the config files keep the rules above.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ['src/**/*.ts', 'tests/**/*.ts'],
  })),
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // a switch over a union names every member (or has a default that handles the rest)
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // already errors in the preset; named so they stay errors: a promise is awaited or returned,
      // never dropped, and never handed to something that expects a plain function
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // an async function awaits something; otherwise it is a plain function
      '@typescript-eslint/require-await': 'error',
    },
  },
  {
    // A disable comment that no longer disables anything is an error: it hides nothing but rots.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // chalk is the ui's business: everything else styles text through a Theme (report/style.ts)
    files: ['src/**/*.ts'],
    ignores: ['src/ui/**', 'src/core/**', 'src/report/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'chalk', message: 'chalk lives in src/ui: take a Theme instead.' }],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...noProcess,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...layer('io'), ...layer('cli'), ...layer('ui'), ...layer('report')],
              'core is pure: it imports only core and zod.',
            ),
            restrict(
              [
                'node:*',
                'fs',
                'path',
                'chalk',
                'cli-table3',
                'yaml',
                'commander',
                '@commander-js/*',
                '@inquirer/*',
              ],
              'core is pure: no I/O, no terminal libraries.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/report/**/*.ts'],
    rules: {
      ...noProcess,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...layer('cli'), ...layer('ui'), ...layer('io')],
              'report formatters are pure: Ranking → string.',
            ),
            restrict(
              [
                'node:*',
                // hashing is pure: the HTML page's CSP names its inline script by SHA-256
                '!node:crypto',
                'chalk',
                'cli-table3',
                'yaml',
                '@inquirer/*',
                'commander',
                '@commander-js/*',
              ],
              'report formatters are pure: Ranking → string.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      ...noProcess,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...layer('cli'), ...layer('io')],
              'ui renders; it does not read files or wire commands.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/io/**/*.ts'],
    rules: {
      ...noProcess,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              [...layer('cli'), ...layer('ui'), ...layer('report')],
              'io reads and checks files; rendering lives in ui/report.',
            ),
            restrict(
              ['chalk', 'cli-table3', '@inquirer/*'],
              'terminal libraries belong in src/ui.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.{js,mjs}', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
