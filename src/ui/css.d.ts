/** esbuild bundles the CSS a page imports into <page>.css; for the type checker it is a side effect only. */
declare module "*.css";
