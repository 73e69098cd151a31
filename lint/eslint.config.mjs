// ESLint for frontend/ (run from the repository root by lint/check.sh): the recommended JavaScript and
// TypeScript rules; the types themselves are checked by tsc (lint/tsconfig.json). Vaadin's generated files are not
// ours to lint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['frontend/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.stylistic,
  // Build scripts beside the sources (frontend/embed/build.mjs) run in Node, not in the browser.
  { files: ['frontend/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
