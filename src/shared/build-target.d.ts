/** Set by build.mjs for each package: which browser the bundle is for. */
declare const __BROWSER__: "chrome" | "firefox";
