import { defineConfig } from "vitest/config";

// The browser suite (npm run test:browser): the built docs site and a report in headless Chromium.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
