import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", es: "src/es/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  splitting: false,
  // tsup 8.5's extra Rollup tree-shaking pass duplicates the sourceMappingURL comment; esbuild already shakes ESM.
  treeshake: false,
  minify: false,
});
