// ESLint for CoopSpec's own TypeScript: typescript-eslint's type-aware recommended rules, run by
// `npm run lint` (part of `npm test`). Formatting is Prettier's (`npm run format`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      'node_modules/',
      'server/src/language/generated/',
      'bench/workspaces/',
      'bench/out/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The build, the demo and the shared-copy sync are plain Node scripts.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    // CommonJS files load their modules with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A test compares formatted text, whose indentation reads best as the spaces themselves.
    files: ['test/**/*.ts'],
    rules: { 'no-regex-spaces': 'off' },
  },
);
