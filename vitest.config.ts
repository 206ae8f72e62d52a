import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suite runs on its own after the docs are built (vitest.browser.config.ts).
    exclude: ["test/browser/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
    // The library is pure and no test mocks a module or changes a global, so test files in one
    // worker share the imported library instead of loading it again for each file (the import
    // time was most of the run).
    isolate: false,
  },
});
