// `schemagen docs --html` in real headless Chromium (Debian's, driven by playwright-core):
// the language chooser, its persistence across pages, search, the no-JavaScript reading, and no
// console errors. Screenshots are kept in $SCREENSHOTS (under target/, not committed).
// Run by tests/run: SCHEMAGEN_BIN, CHROMIUM and SCREENSHOTS come from there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const BIN = process.env.SCHEMAGEN_BIN;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOTS;
assert.ok(BIN, "SCHEMAGEN_BIN must name the schemagen binary");
assert.ok(SHOTS, "SCREENSHOTS must name the screenshot folder");
mkdirSync(SHOTS, { recursive: true });

// The flags this machine's closed network needs (no background connections, no updates).
const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const PAGE = "aws/apigateway/integrationresponse.html";
const OTHER = "aws/provider.html";

let server, base, browser, profile, scratch;
const problems = [];

/** A fresh page that records console errors and uncaught exceptions. */
async function open(context, url) {
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") problems.push(`${url}: console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`${url}: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`${url}: request failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`${url}: ${r.status()} for ${r.url()}`); });
  await page.goto(url);
  return page;
}

const signature = (page, lang) => page.locator(`.lang-block[data-lang="${lang}"] pre.signature`).first();

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), "schemagen-browser-"));
  server = spawn(BIN, ["docs", "--html", "--serve", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
  base = await new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no address printed: ${seen}`)), 60000);
    server.stderr.on("data", (d) => {
      seen += d;
      const m = seen.match(/serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1] + "/"); }
    });
    server.on("exit", (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
  profile = mkdtempSync(join(tmpdir(), "schemagen-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  for (const dir of [profile, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test("the Python signature is hidden until Python is chosen", async () => {
  const page = await open(browser, base + PAGE);
  assert.equal(await page.title(), "IntegrationResponse · apigateway · AWS");
  assert.ok(await signature(page, "nodejs").isVisible(), "TypeScript is the default");
  assert.ok(await signature(page, "python").isHidden(), "Python hidden before choosing it");
  await page.screenshot({ path: join(SHOTS, "integrationresponse-typescript.png"), fullPage: true });

  await page.getByRole("button", { name: "Python", exact: true }).click();
  assert.ok(await signature(page, "python").isVisible(), "Python shown once chosen");
  assert.ok(await signature(page, "nodejs").isHidden(), "TypeScript hidden once Python is chosen");
  assert.match(await signature(page, "python").innerText(), /def IntegrationResponse\(\s*resource_name,/);
  // Every property list follows the choice.
  const lists = page.locator(".lang-block:visible");
  for (const lang of await lists.evaluateAll((els) => els.map((e) => e.dataset.lang))) assert.equal(lang, "python");
  assert.equal(await page.getByRole("button", { name: "Python", exact: true }).getAttribute("aria-pressed"), "true");
  await page.screenshot({ path: join(SHOTS, "integrationresponse-python.png"), fullPage: true });
  await page.close();
});

test("the choice persists on another page", async () => {
  const page = await open(browser, base + OTHER);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lang), "python");
  assert.ok(await signature(page, "python").isVisible());
  assert.ok(await signature(page, "go").isHidden());
  await page.screenshot({ path: join(SHOTS, "provider-python.png"), fullPage: true });
  await page.getByRole("button", { name: "Go", exact: true }).click();
  await page.goto(base + PAGE);
  assert.ok(await signature(page, "go").isVisible(), "Go, chosen on the provider page, shows here");
  assert.match(await signature(page, "go").innerText(), /func NewIntegrationResponse\(/);
  await page.close();
});

test("search finds a resource", async () => {
  const page = await open(browser, base + OTHER);
  await page.locator("#search").fill("integ");
  const hit = page.locator("#search-results a.hit", { hasText: "IntegrationResponse" });
  await hit.waitFor({ state: "visible", timeout: 10000 });
  await page.screenshot({ path: join(SHOTS, "search.png") });
  await hit.click();
  await page.waitForURL(/integrationresponse\.html$/);
  assert.equal(await page.locator("h1").innerText(), "IntegrationResponse resource");
  await page.locator("#search").fill("zzzz-nothing");
  await page.locator("#search-results .no-hits").waitFor({ state: "visible" });
  await page.close();
});

test("without JavaScript every language is shown, labelled", async () => {
  const context = await browser.browser()?.newContext({ javaScriptEnabled: false })
    ?? null;
  // A persistent context has no browser handle to open a second context from: use a page
  // with scripts turned off by routing them away instead.
  const page = context ? await context.newPage() : await browser.newPage();
  if (!context) await page.route("**/*.js", (route) => route.abort());
  await page.goto(base + PAGE);
  for (const lang of ["nodejs", "python", "go", "csharp"]) assert.ok(await signature(page, lang).isVisible(), lang);
  assert.ok(await page.locator(".chooser").isHidden(), "no chooser without scripts");
  assert.ok(await page.locator(".lang-label", { hasText: "Python" }).first().isVisible());
  await page.screenshot({ path: join(SHOTS, "integrationresponse-no-js.png"), fullPage: true });
  await page.close();
  await context?.close();
});

test("a site opened from disk searches too", async () => {
  const out = join(scratch, "site");
  const run = spawnSync(BIN, ["docs", "--html", "--out", out], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const page = await open(browser, pathToFileURL(join(out, PAGE)).href);
  await page.locator("#search").fill("provider");
  await page.locator("#search-results a.hit", { hasText: "Provider" }).waitFor({ state: "visible", timeout: 10000 });
  await page.close();
});

test("no console errors", () => {
  assert.deepEqual(problems, []);
});
