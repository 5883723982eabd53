// End-to-end check of the packaged extension in real VS Code (code-server) driven by Playwright.
//
//   node e2e/run.mjs --vsix X.vsix --workspace DIR --failure-workspace DIR --artifacts DIR [--expect-mk002]
//
// Installs the .vsix into a private code-server, opens DIR, waits for the Python key finding
// (MK001) and, with --expect-mk002, the React direct-call finding (MK002) as squiggles and rows
// in the Problems panel, applies the MK001 quick fix from the Ctrl+. menu, saves, and waits until
// the diagnostic is gone. Then opens --failure-workspace, whose settings point the extension at a
// server that does not exist, and checks that exactly one notification explains it.
// Prints one JSON line with what it saw; screenshots and logs go to --artifacts.
import { spawn, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const { values: opts } = parseArgs({
  options: {
    vsix: { type: "string" },
    workspace: { type: "string" },
    "failure-workspace": { type: "string" },
    "multiroot-workspace": { type: "string" },
    interpreter: { type: "string" },
    "crashing-server": { type: "string" },
    artifacts: { type: "string" },
    "code-server": { type: "string", default: process.env.CODE_SERVER ?? "code-server" },
    chromium: { type: "string", default: process.env.CHROMIUM ?? "/usr/bin/chromium" },
    "expect-mk002": { type: "boolean", default: false },
    "fix-title": { type: "string", default: "Read MISTRAL_API_KEY from the environment" },
    timeout: { type: "string", default: "60000" },
  },
});
const TIMEOUT = Number(opts.timeout);
const artifacts = path.resolve(opts.artifacts);
fs.mkdirSync(artifacts, { recursive: true });
const result = { steps: [], problems: [], fixMenu: [], notifications: [] };
let shot = 0;

function step(name) {
  result.steps.push(name);
  process.stderr.write(`[e2e] ${name}\n`);
}

async function screenshot(page, name) {
  shot += 1;
  await page.screenshot({ path: path.join(artifacts, `${String(shot).padStart(2, "0")}-${name}.png`) }).catch(() => {});
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with ${child.exitCode}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url}`);
}

function writeJson(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}

async function startCodeServer(home) {
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, "config"),
    XDG_DATA_HOME: path.join(home, "data"),
    XDG_CACHE_HOME: path.join(home, "cache"),
    XDG_STATE_HOME: path.join(home, "state"),
  };
  const userData = path.join(home, "user-data");
  const extensions = path.join(home, "extensions");
  const config = path.join(home, "code-server.yaml");
  fs.writeFileSync(config, "auth: none\ncert: false\n");
  writeJson(path.join(userData, "User", "settings.json"), {
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "workbench.enableExperiments": false,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    "extensions.ignoreRecommendations": true,
    "git.enabled": false,
    "files.autoSave": "off",
    "editor.minimap.enabled": false,
    "chat.disableAIFeatures": true,
    "mistral-keyguard.debounceMs": 100,
  });
  const common = ["--user-data-dir", userData, "--extensions-dir", extensions, "--config", config];
  execFileSync(opts["code-server"], [...common, "--install-extension", path.resolve(opts.vsix)], { env, stdio: "pipe" });
  step("installed the .vsix");
  const port = await freePort();
  const child = spawn(
    opts["code-server"],
    [...common, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry",
      "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override"],
    { env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const log = fs.createWriteStream(path.join(artifacts, "code-server.log"));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, child);
  step(`code-server listening on ${port}`);
  return { child, port, userData };
}

async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  await page.waitForSelector(".quick-input-widget .quick-input-box input", { state: "visible" });
  await page.keyboard.press("Control+A");
  await page.keyboard.type(name, { delay: 20 });
  // Wait for the filtered list: before it, the focused row is the most recent file.
  await page.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`, { timeout: TIMEOUT });
  await page.keyboard.press("Enter");
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: TIMEOUT });
  await page.waitForSelector(".monaco-editor.focused", { timeout: TIMEOUT });
}

async function problemRows(page) {
  return page.$$eval(".markers-panel .monaco-list-row", (rows) => rows.map((r) => `${r.getAttribute("aria-label") ?? ""} ${r.textContent ?? ""}`));
}

async function waitForProblem(page, needle) {
  await page.waitForFunction(
    (text) => [...document.querySelectorAll(".markers-panel .monaco-list-row")].some((r) => `${r.getAttribute("aria-label") ?? ""} ${r.textContent ?? ""}`.includes(text)),
    needle,
    { timeout: TIMEOUT },
  );
}

async function activeSquiggles(page) {
  return page.$$eval(".editor-group-container.active .monaco-editor .squiggly-error, .editor-group-container.active .monaco-editor .squiggly-warning", (els) => els.length);
}

function lineOf(file, needle) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const index = lines.findIndex((l) => l.includes(needle));
  return { line: index + 1, column: lines[index].indexOf(needle) + 1 };
}

/** Ctrl+. until the menu shows: a request that races a rescan answers "No code actions available". */
async function openQuickFixMenu(page) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await page.keyboard.press("Control+.");
    try {
      await page.waitForSelector(".action-widget .monaco-list-row", { timeout: 5000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await page.keyboard.press("Escape");
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

// Hovers the mouse over the active editor's error squiggle and records the hover's text (the
// README's screenshot: squiggle, message, rule link and the Quick Fix action).
async function hoverFinding(page) {
  const squiggle = await page.$(".editor-group-container.active .monaco-editor .squiggly-error");
  const box = squiggle && (await squiggle.boundingBox());
  if (!box) {
    return;
  }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(
    () => [...document.querySelectorAll(".monaco-hover")].some((h) => (h.textContent ?? "").includes("MK001")),
    null,
    { timeout: TIMEOUT },
  ).catch(() => {});
  result.hover = await page.$$eval(".monaco-hover", (hovers) => hovers.map((h) => h.textContent ?? "").join(" ")).catch(() => "");
  await screenshot(page, "hover");
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");
}

async function fixScenario(browser, port) {
  const workspace = path.resolve(opts.workspace);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: TIMEOUT });
  step("workbench loaded");
  await screenshot(page, "workbench");

  await openFile(page, "app.py");
  await page.waitForSelector(".editor-group-container.active .monaco-editor .squiggly-error", { timeout: TIMEOUT });
  step("MK001 squiggle in app.py");
  await page.keyboard.press("Control+Shift+M");
  await waitForProblem(page, "MK001");
  step("MK001 in the Problems panel");
  await screenshot(page, "python-finding");
  await hoverFinding(page);

  await openFile(page, "Chat.jsx");
  if (opts["expect-mk002"]) {
    await page.waitForSelector(".editor-group-container.active .monaco-editor .squiggly-error", { timeout: TIMEOUT });
    await waitForProblem(page, "MK002");
    step("MK002 squiggle and Problems row in Chat.jsx");
  }
  await screenshot(page, "react-finding");
  result.problems = await problemRows(page);
  result.statusProblems = await page.getAttribute('[id="status.problems"]', "aria-label").catch(() => null);

  await openFile(page, "app.py");
  const at = lineOf(path.join(workspace, "app.py"), "api_key=");
  await page.keyboard.press("Control+G");
  await page.keyboard.type(`${at.line}:${at.column + 10}`, { delay: 20 });
  await page.keyboard.press("Enter");
  await openQuickFixMenu(page);
  result.fixMenu = await page.$$eval(".action-widget .monaco-list-row", (rows) => rows.map((r) => `${r.getAttribute("aria-label") ?? ""} ${r.textContent ?? ""}`));
  await screenshot(page, "quick-fix-menu");
  const target = result.fixMenu.findIndex((t) => t.includes(opts["fix-title"]));
  if (target < 0) {
    throw new Error(`no "${opts["fix-title"]}" in the quick fix menu: ${JSON.stringify(result.fixMenu)}`);
  }
  // Walk the keyboard focus to the entry; a mouse click is swallowed by the pointer block.
  for (let i = 0; i < 20; i++) {
    const focused = await page.$eval(".action-widget .monaco-list-row.focused", (r) => `${r.getAttribute("aria-label") ?? ""} ${r.textContent ?? ""}`).catch(() => "");
    if (focused.includes(opts["fix-title"])) {
      break;
    }
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  // The edit arrives after a resolve round trip: save only once the editor holds it.
  await page.waitForSelector(".tab.active.dirty", { timeout: TIMEOUT });
  step(`applied "${opts["fix-title"]}"`);
  await screenshot(page, "fix-applied");
  await page.keyboard.press("Control+S");
  await page.waitForSelector(".tab.active:not(.dirty)", { timeout: TIMEOUT });
  step("saved");
  await page.waitForFunction(
    () => [...document.querySelectorAll(".markers-panel .monaco-list-row")].every((r) => !`${r.getAttribute("aria-label") ?? ""} ${r.textContent ?? ""}`.includes("MK001")),
    null,
    { timeout: TIMEOUT },
  );
  result.squigglesAfterFix = await activeSquiggles(page);
  result.problemsAfterFix = await problemRows(page);
  step("MK001 gone after the fix");
  await screenshot(page, "after-fix");
  await page.close();
}

async function runCommand(page, title) {
  await page.keyboard.press("Control+Shift+P");
  await page.waitForSelector(".quick-input-widget .quick-input-box input", { state: "visible" });
  await page.keyboard.type(title, { delay: 10 });
  await page.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${title}"]`, { timeout: TIMEOUT });
  await page.keyboard.press("Enter");
}

/** Two folders, one server: folder settings decide severity (alpha) and whether to scan (beta). */
async function multiRootScenario(browser, port) {
  const workspaceFile = path.resolve(opts["multiroot-workspace"]);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  // The workspace is sometimes not applied on first load (an empty window): load it again.
  for (let attempt = 1; ; attempt++) {
    await page.goto(`http://127.0.0.1:${port}/?workspace=${encodeURIComponent(workspaceFile)}`);
    await page.waitForSelector(".monaco-workbench", { timeout: TIMEOUT });
    const opened = await page
      .waitForFunction(
        (name) => document.title.includes(name) && !!document.querySelector(".explorer-folders-view .monaco-list-row"),
        path.basename(workspaceFile, ".code-workspace"),
        { timeout: 10000 },
      )
      .then(() => true, () => false);
    if (opened || attempt === 3) {
      break;
    }
    step(`workspace not opened (title "${await page.title()}"); reloading`);
  }
  await openFile(page, "alpha_keys.py");
  await page.waitForSelector(".editor-group-container.active .monaco-editor .squiggly-warning", { timeout: TIMEOUT });
  step("alpha: MK001 shown as a warning (folder severity setting)");
  await openFile(page, "beta_keys.py");
  await new Promise((r) => setTimeout(r, 3000));
  result.betaSquiggles = await activeSquiggles(page);
  await page.keyboard.press("Control+Shift+M");
  await waitForProblem(page, "alpha_keys.py");
  result.multiRootProblems = await problemRows(page);
  await screenshot(page, "multi-root");
  step("beta: nothing reported (folder enable: false)");

  await runCommand(page, "Mistral Keyguard: Scan Workspace");
  await waitForProblem(page, "alpha_unopened.py");
  // Wait for the folder's severity on the scanned file too: then the window shows warnings only.
  await page.waitForFunction(
    () => /Warnings: 2/.test(document.querySelector('[id="status.problems"]')?.getAttribute("aria-label") ?? ""),
    null,
    { timeout: TIMEOUT },
  ).catch(() => {});
  result.afterScanProblems = await problemRows(page);
  result.afterScanStatus = await page.getAttribute('[id="status.problems"]', "aria-label").catch(() => null);
  await screenshot(page, "scan-workspace");
  step("Scan Workspace reported a file that is not open");

  // alpha's settings turn on source.fixAll.mistral-keyguard on save: an edit and Ctrl+S apply the safe fix.
  await openFile(page, "alpha_keys.py");
  await page.keyboard.press("Control+End");
  await page.keyboard.type("# saved\n");
  await page.keyboard.press("Control+S");
  await page.waitForSelector(".tab.active:not(.dirty)", { timeout: TIMEOUT });
  const alphaKeys = path.join(path.dirname(workspaceFile), "alpha", "alpha_keys.py");
  const fixDeadline = Date.now() + TIMEOUT;
  while (!fs.readFileSync(alphaKeys, "utf8").includes("environ") && Date.now() < fixDeadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
  result.fixAllOnSave = fs.readFileSync(alphaKeys, "utf8").includes("environ");
  await screenshot(page, "fix-all-on-save");
  step(`fix all on save: ${result.fixAllOnSave}`);

  await runCommand(page, "Mistral Keyguard: Show Rule Documentation");
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="MK001"]', { timeout: TIMEOUT });
  await page.keyboard.type("MK005", { delay: 20 });
  await page.waitForSelector('.quick-input-list .monaco-list-row.focused[aria-label*="MK005"]', { timeout: TIMEOUT });
  await page.keyboard.press("Enter");
  await page.waitForSelector('.tab[aria-label*="MK005"]', { timeout: TIMEOUT });
  result.ruleDocsTab = await page.getAttribute('.tab.active', "aria-label");
  await page.waitForFunction(
    () => (document.querySelector(".editor-group-container.active .monaco-editor .view-lines")?.textContent ?? "").includes("key-logging"),
    null,
    { timeout: TIMEOUT },
  );
  result.ruleDocsText = await page.$eval(".editor-group-container.active .monaco-editor .view-lines", (el) => el.textContent);
  await screenshot(page, "rule-docs");
  step("rule documentation opened");
  await page.close();
}

async function failureScenario(browser, port) {
  const workspace = path.resolve(opts["failure-workspace"]);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: TIMEOUT });
  await openFile(page, "broken.py");
  await page.waitForFunction(
    () => [...document.querySelectorAll(".notifications-toasts .notification-toast")].some((t) => t.textContent.includes("Mistral Keyguard")),
    null,
    { timeout: TIMEOUT },
  );
  // Give a retry storm time to show itself before counting.
  await new Promise((r) => setTimeout(r, 3000));
  await screenshot(page, "startup-failure");
  result.notifications = await page.$$eval(".notifications-toasts .notification-toast", (toasts) =>
    toasts.map((t) => ({
      text: t.querySelector(".notification-list-item-message")?.textContent ?? t.textContent,
      buttons: [...t.querySelectorAll(".monaco-button")].map((b) => b.textContent),
    })),
  );
  step("startup failure notification shown");
  const settingsFile = path.join(workspace, ".vscode", "settings.json");
  if (opts["crashing-server"]) {
    // A server that exits at once: one notification, no restart loop.
    fs.writeFileSync(settingsFile, JSON.stringify({ "mistral-keyguard.path": opts["crashing-server"] }));
    await page.waitForFunction(
      () => [...document.querySelectorAll(".notifications-toasts .notification-toast")].some((t) => t.textContent.includes("did not start")),
      null,
      { timeout: TIMEOUT },
    );
    await new Promise((r) => setTimeout(r, 5000));
    result.crashNotifications = await page.$$eval(".notifications-toasts .notification-toast, .notifications-center .notification-list-item", (items) =>
      items.map((t) => t.querySelector(".notification-list-item-message")?.textContent ?? "").filter((text) => text.includes("did not start")),
    );
    await screenshot(page, "server-exits-at-start");
    step("a server that exits at start gave one notification");
  }
  if (opts.interpreter) {
    // Pointing the setting at a working interpreter restarts the server without a reload.
    fs.writeFileSync(settingsFile, JSON.stringify({ "mistral-keyguard.interpreter": opts.interpreter }));
    await openFile(page, "leak.py");
    await page.waitForSelector(".editor-group-container.active .monaco-editor .squiggly-error", { timeout: TIMEOUT });
    await screenshot(page, "interpreter-setting");
    result.restartedWithInterpreter = true;
    step("server restarted from mistral-keyguard.interpreter");
  }
  await page.close();
}

async function main() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "mk-code-server-"));
  let server;
  let browser;
  let failed = false;
  try {
    server = await startCodeServer(home);
    browser = await chromium.launch({
      executablePath: opts.chromium,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    if (opts.workspace) {
      await fixScenario(browser, server.port);
    }
    if (opts["multiroot-workspace"]) {
      await multiRootScenario(browser, server.port);
    }
    if (opts["failure-workspace"]) {
      await failureScenario(browser, server.port);
    }
  } catch (error) {
    failed = true;
    result.error = String(error?.stack ?? error);
    for (const page of browser?.contexts().flatMap((c) => c.pages()) ?? []) {
      await screenshot(page, "failure");
    }
  } finally {
    await browser?.close().catch(() => {});
    if (server) {
      try {
        process.kill(-server.child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      try {
        fs.cpSync(path.join(server.userData, "logs"), path.join(artifacts, "logs"), { recursive: true, force: true });
      } catch {
        // no logs written
      }
    }
    fs.rmSync(home, { recursive: true, force: true });
  }
  result.artifacts = artifacts;
  fs.writeFileSync(path.join(artifacts, "report.json"), JSON.stringify(result, null, 2));
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(failed ? 1 : 0);
}

await main();
