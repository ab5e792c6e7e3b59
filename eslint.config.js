// ESLint: typescript-eslint's strict type-checked rules on the TypeScript, the recommended rules on the
// plain-JavaScript scripts, and eslint-config-prettier last so that layout is prettier's alone.
// The few rules turned off or loosened below fight a deliberate habit of this code base; each says which.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Node globals the plain-JavaScript scripts use (TypeScript knows them from @types/node).
const NODE_GLOBALS = {
  process: 'readonly',
  Buffer: 'readonly',
  console: 'readonly',
  performance: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
};

export default defineConfig(
  // Build output, reports, and the large generated sources (their generators own their text).
  globalIgnores([
    'dist/',
    'coverage/',
    '.bench/',
    'src/core/policy/defaultPolicy.ts',
    'src/core/schema/compiledValidators.ts',
    'src/core/sources/compiledSources.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Messages interpolate counts, lines and columns as they are; anything else still needs an explicit String().
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowRegExp: false, allowNumber: true },
      ],
      // With noUncheckedIndexedAccess, `!` is how the code states an index it has just checked (regex groups, bounds).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `return fail(...)` in a void function and `(t) => log(t)` callbacks are the house idiom for early exits and sinks.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // Environment maps and parsed YAML are keyed by names that come at run time; deleting such a key is the intent.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Spreading a string yields its code points, which is what the text-handling code counts and compares.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    // Tests parse the CLI's and the action's JSON output as untyped data and let expect() check its shape.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The renderers match control characters on purpose, to neutralise them in text taken from the pull request.
    files: ['src/core/render/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The build, generator and benchmark scripts are plain ES modules run by Node; tsconfig does not cover them.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'module', globals: NODE_GLOBALS },
  },
  prettier,
);
