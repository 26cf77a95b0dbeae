// Re-exported for eslint.config.mjs, so that typescript-eslint is resolved from this workspace,
// beside the TypeScript 6 it parses with (see package.json).
export { default as tseslint } from 'typescript-eslint';
export { default as reactHooks } from 'eslint-plugin-react-hooks';
