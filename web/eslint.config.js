// Lint for the browser app: JavaScript's and typescript-eslint's recommended rules (type-aware for src/, so a promise
// nobody awaits or handles is caught) and React's rules of hooks, with the React Compiler's checks that come with them.
// `npm run build` runs it with --max-warnings 0: a warning (a missing effect dependency among them) fails the build.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'src/graphql/generated/']),
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The build's own scripts and configuration run in Node, outside tsconfig's project.
    files: ['*.{js,ts}', 'scripts/**/*.{mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
]);
