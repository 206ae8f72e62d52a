// A static server for the built docs site and vendored browser scripts, and a headless Chromium
// that installs from the npm registry alone (@sparticuz/chromium ships the browser in its package).
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser } from "puppeteer-core";
import { root } from "../docs/extract.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** Files the pages may load, by URL path: the site under /, vendored scripts under /vendor/. */
const VENDOR: Record<string, string> = {
  "/vendor/mermaid.min.js": "node_modules/mermaid/dist/mermaid.min.js",
  "/vendor/marked.umd.js": "node_modules/marked/lib/marked.umd.js",
};

export interface Site {
  base: string;
  /** Extra pages served from memory (a report page built by a test). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/** Serves docs/api on 127.0.0.1 at a free port. */
export async function serveSite(): Promise<Site> {
  const pages = new Map<string, string>();
  const site = join(root, "docs", "api");
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { "content-type": TYPES[".html"]! });
      res.end(page);
      return;
    }
    const file = VENDOR[path] ? join(root, VENDOR[path]!) : join(site, normalize(path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403);
      res.end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, pages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Headless Chromium, with the background networking this machine's closed network refuses turned off. */
export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await chromium.executablePath(),
    headless: true,
    args: [...chromium.args, "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
