import { reactHooks, tseslint } from '@trips-map/lint';

// typescript-eslint's recommended rules everywhere, and the rules of hooks on the components.
// The components take their hooks from preact/hooks: both rules know hooks by name (useEffect,
// useMemo, useState…), whatever module they come from, so Preact's hooks are checked as React's
// would be, and useState's setters and useRef's refs count as stable.
export default tseslint.config(
  {
    ignores: ['.next/**', '.next-bench*/**', 'out/**', 'public/data/**', 'public/islands/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', 'next-env.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      // A property named in a destructuring only to leave it out of the rest is not unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
