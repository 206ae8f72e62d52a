// The docs site and a program report, checked in a real browser: every internal link resolves, no
// page logs an error, the sidebar is grouped by topic, search finds concepts in comments and
// guides, a catalog page shows its table, and every Mermaid diagram of a report renders.
// Screenshots go to test-results/screenshots/ (git-ignored).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePortfolio, renderReport } from "../../src/index.js";
import { es } from "../../src/es/index.js";
import community from "../../docs/examples/community.json" with { type: "json" };
import { root } from "../docs/extract.js";
import { launchBrowser, serveSite, type Site } from "./harness.js";

const shots = join(root, "test-results", "screenshots");
let site: Site;
let browser: Browser;
/** The site's pages, as the crawl found them. */
const crawled: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  site = await serveSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${path}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${path}: ${String(e)}`));
  const response = await page.goto(site.base + path, { waitUntil: "load" });
  if (!response?.ok()) errors.push(`${path}: HTTP ${response?.status()}`);
  // TypeDoc pages hide their body until the site script shows them (at most 500 ms after load):
  // until then every element measures zero, so layout checks wait for it.
  if (path.endsWith(".html")) await page.waitForFunction(() => document.body.style.display !== "none");
  return { page, errors };
}

describe("the docs site", () => {
  it("every internal link of every page resolves, anchors included (crawling the whole site)", async () => {
    const seen = new Set<string>(["/index.html"]);
    const queue = ["/index.html"];
    const broken: string[] = [];
    // Anchors each page must have (from links to it), and the anchors each visited page has.
    const wanted = new Map<string, Set<string>>();
    const anchors = new Map<string, Set<string>>();
    const html = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await fetch(site.base + path);
      if (response.status !== 200) {
        broken.push(`${path} (HTTP ${response.status})`);
        continue;
      }
      // Media a guide links to (a script, a JSON example, the benchmark results) is fetched, not parsed.
      if (!path.endsWith(".html")) continue;
      const text = await response.text();
      anchors.set(path, new Set([...html(text, /\sid="([^"]+)"/g), ...html(text, /\sname="([^"]+)"/g)]));
      for (const href of html(text, /<a\s[^>]*href="([^"]+)"/g)) {
        const url = new URL(href, site.base + path);
        if (url.origin !== site.base) continue;
        const target = url.pathname.endsWith("/") ? `${url.pathname}index.html` : decodeURIComponent(url.pathname);
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
        if (url.hash.length > 1) {
          if (!wanted.has(target)) wanted.set(target, new Set());
          wanted.get(target)!.add(decodeURIComponent(url.hash.slice(1)));
        }
      }
    }
    for (const [target, ids] of wanted) {
      const has = anchors.get(target);
      if (has) for (const id of ids) if (!has.has(id)) broken.push(`${target}#${id}`);
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(250);
    crawled.push(...[...seen].filter((p) => p.endsWith(".html")));
  });

  it("no page logs an error in the browser (every guide and reference page, two of each kind of symbol page)", async () => {
    const pages = crawled.filter((p) => p === "/index.html" || p.startsWith("/documents/"));
    for (const folder of ["/functions/", "/interfaces/", "/types/", "/variables/"]) pages.push(...crawled.filter((p) => p.startsWith(folder)).slice(0, 2));
    expect(pages.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const path of pages) {
      const opened = await open(path);
      await opened.page.waitForSelector("#tsd-nav-container a");
      errors.push(...opened.errors);
      await opened.page.close();
    }
    expect(errors).toEqual([]);
  });

  it("groups the sidebar by topic, guides first, and puts a function's example near the top", async () => {
    const { page, errors } = await open("/index.html");
    await page.waitForSelector(".tsd-navigation a, #tsd-nav-container a");
    const groups = await page.$$eval("#tsd-nav-container summary", (s) => s.map((x) => x.textContent?.trim()));
    expect(groups.slice(0, 3)).toEqual(["Guides", "Partners", "Continuum"]);
    for (const g of ["Agreements", "Funding", "Planning", "Instruments", "Compliance", "Community", "Network", "Portfolio", "Core", "Reference"]) expect(groups).toContain(g);
    expect(groups).not.toContain("Other");
    expect(await page.$$eval("h1", (h) => h.length)).toBe(1);
    await page.screenshot({ path: join(shots, "index.png") });
    await page.close();
    const fn = await open("/functions/scorePartnership.html");
    const exampleTop = await fn.page.evaluate(() => [...document.querySelectorAll("h4, h3")].find((h) => h.textContent?.trim() === "Example")?.getBoundingClientRect().top ?? -1);
    expect(exampleTop).toBeGreaterThan(0);
    expect(exampleTop).toBeLessThan(1500);
    expect(await fn.page.$eval(".tsd-signature", (s) => s.textContent)).toContain("partnership: Partnership");
    await fn.page.screenshot({ path: join(shots, "function-page.png") });
    await fn.page.close();
    expect([...errors, ...fn.errors]).toEqual([]);
  });

  it.each([
    // TypeDoc's search lists ten results, names first: a concept leads to its guide, which links
    // the functions (comments and guides are indexed: "braided" is in no symbol's name).
    ["braided", ["Funding: braiding, blending, layering", "FundingArrangementSchema"]],
    ["MOU", ["Agreements and MOUs", "MouExemption", "ComplianceAssessment.mou"]],
    ["1302.53", ["Compliance: 1302.53 and 1302.11", "regulationParagraphs", "partnerCategories"]],
    ["match", ["FundingStream.match", "headStartMatchStreams", "requiredNonFederalMatch"]],
  ])("search for %s finds the pages about it", async (query, expected) => {
    const { page, errors } = await open("/index.html");
    await page.waitForFunction(() => (window as unknown as { searchData?: unknown }).searchData !== undefined, { timeout: 10_000 }).catch(() => {});
    await page.click("#tsd-search-trigger").catch(() => {});
    const input = (await page.$("#tsd-search-input")) ?? (await page.$("#tsd-search input"));
    expect(input).not.toBeNull();
    await input!.type(query);
    await page.waitForFunction(() => document.querySelectorAll("#tsd-search-results li, .results li").length > 0, { timeout: 10_000 });
    const results = await page.$$eval("#tsd-search-results li, .results li", (li) => li.map((x) => x.textContent?.trim() ?? ""));
    for (const name of expected) expect(results.some((r) => r.includes(name)), `${query}: ${results.join(" | ")}`).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });

  it("shows the funding streams catalog as a table", async () => {
    const { page, errors } = await open("/documents/Funding_streams.html");
    const rows = await page.$$eval("table tr", (tr) => tr.map((r) => r.textContent ?? ""));
    expect(rows.some((r) => r.includes("head-start") && r.includes("20% of total cost"))).toBe(true);
    expect(rows.length).toBeGreaterThan(26);
    await page.screenshot({ path: join(shots, "catalog-page.png") });
    await page.close();
    expect(errors).toEqual([]);
  });
});

/** Renders a report's Markdown in the page with marked and every Mermaid diagram with mermaid: each diagram's kind and outcome, and the h2 headings. */
async function renderInBrowser(markdown: string, shot: string) {
  site.pages.set(
    "/report.html",
    `<!doctype html><meta charset="utf-8"><title>Report</title><body><main id="report"></main>
<script src="/vendor/marked.umd.js"></script><script src="/vendor/mermaid.min.js"></script>
<script>window.reportMarkdown = ${JSON.stringify(markdown).replace(/</g, "\\u003c")};</script></body>`,
  );
  const { page, errors } = await open("/report.html");
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { marked: { parse(md: string): string }; mermaid: { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> }; reportMarkdown: string };
    document.getElementById("report")!.innerHTML = w.marked.parse(w.reportMarkdown);
    w.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
    const blocks = [...document.querySelectorAll("code.language-mermaid")];
    const results: { kind: string; ok: boolean; error?: string; text: string }[] = [];
    let n = 0;
    for (const block of blocks) {
      const text = block.textContent ?? "";
      try {
        const { svg } = await w.mermaid.render(`diagram${n++}`, text);
        const holder = document.createElement("div");
        holder.innerHTML = svg;
        block.parentElement!.replaceWith(holder);
        results.push({ kind: text.split("\n")[0]!.trim(), ok: svg.includes("<svg") && !svg.includes("Syntax error"), text: holder.textContent ?? "" });
      } catch (e) {
        results.push({ kind: text.split("\n")[0]!.trim(), ok: false, error: String(e), text: "" });
      }
    }
    return { results, headings: [...document.querySelectorAll("h2")].map((h) => h.textContent) };
  });
  await page.screenshot({ path: join(shots, shot), fullPage: true });
  await page.close();
  return { ...outcome, errors };
}

describe("a program report in the browser", () => {
  it("renders the example community's report, every Mermaid diagram without an error", async () => {
    const parsed = parsePortfolio(community as unknown);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const outcome = await renderInBrowser(renderReport(parsed.value, "sunrise-hs", { asOf: "2025-09-01", since: "2025-03-01" }), "report.png");
    expect(outcome.results.map((r) => r.kind).sort()).toEqual(["graph LR", "sankey-beta"]);
    expect(outcome.results.filter((r) => !r.ok)).toEqual([]);
    expect(outcome.headings).toContain("Next steps (overdue and the next 90 days)");
    expect(outcome.errors).toEqual([]);
  });

  it("renders the same report in Spanish, its diagrams with Spanish labels (the sankey diagram without accents, which Mermaid cannot parse there)", async () => {
    const parsed = parsePortfolio(community as unknown);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const outcome = await renderInBrowser(renderReport(parsed.value, "sunrise-hs", { asOf: "2025-09-01", since: "2025-03-01", locale: es }), "report-es.png");
    expect(outcome.results.map((r) => r.kind).sort()).toEqual(["graph LR", "sankey-beta"]);
    expect(outcome.results.filter((r) => !r.ok)).toEqual([]);
    expect(outcome.results.find((r) => r.kind === "graph LR")?.text).toContain("cooperación");
    // Mermaid's sankey parser takes only ASCII: the diagram drops the accent, the tables keep it.
    expect(outcome.results.find((r) => r.kind === "sankey-beta")?.text).toContain("Prekinder estatal");
    expect(outcome.headings).toContain("Próximos pasos (atrasados y de los próximos 90 días)");
    expect(outcome.headings).toContain("Red de socios");
    expect(outcome.errors).toEqual([]);
  });
});
