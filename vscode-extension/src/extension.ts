// The VS Code client for `mistral-keyguard server`: starts one server for the window, keeps its
// settings in sync, and offers restart / scan / output / rule-docs commands.
import * as vscode from "vscode";
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  State,
  type ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { type Resolution, resolveServerCommand } from "./serverCommand";
import { registerRuleDocs, showRuleDocs } from "./ruleDocs";

const SECTION = "mistral-keyguard";
const RESTART_SETTINGS = [`${SECTION}.path`, `${SECTION}.interpreter`];
// The server runs this command for "scan workspace"; the extension's own command id differs,
// because the language client registers every command the server announces.
const SERVER_SCAN_COMMAND = "mistral-keyguard.server.scanWorkspace";
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 3 * 60_000;

/** Every document the server reads: code, web templates, config formats and notebook cells. */
export const DOCUMENT_SELECTOR = [
  ...[
    "python",
    "javascript",
    "javascriptreact",
    "typescript",
    "typescriptreact",
    "html",
    "vue",
    "svelte",
    "dotenv",
    "properties",
    "ini",
    "json",
    "jsonc",
    "yaml",
    "dockercompose",
    "toml",
    "dockerfile",
  ].map((language) => ({ scheme: "file", language })),
  { scheme: "file", pattern: "**/.env{,.*}" },
  { scheme: "file", pattern: "**/{Dockerfile,Dockerfile.*,*.dockerfile,Containerfile}" },
  { scheme: "file", pattern: "**/*.{toml,ini,cfg}" },
  { scheme: "vscode-notebook-cell", language: "python" },
  { scheme: "untitled", language: "python" },
  { scheme: "untitled", language: "javascript" },
  { scheme: "untitled", language: "typescript" },
];

/** Files whose change alters what the server reports for other files. */
const WATCHED_FILES =
  "**/{.gitignore,.mistral-keyguard.toml,pyproject.toml,package.json,requirements*.txt,vite.config.*,next.config.*,.env,.env.*}";

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let failureShown = false;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("Mistral Keyguard", { log: true });
  context.subscriptions.push(output);
  registerRuleDocs(context);

  context.subscriptions.push(
    vscode.commands.registerCommand(`${SECTION}.restart`, () => restart(context, true)),
    vscode.commands.registerCommand(`${SECTION}.showOutput`, () => output.show(true)),
    vscode.commands.registerCommand(`${SECTION}.showRuleDocs`, (code?: string) => showRuleDocs(code)),
    vscode.commands.registerCommand(`${SECTION}.scanWorkspace`, () => scanWorkspace()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(key))) {
        output.info("Server location changed; restarting.");
        void restart(context, true);
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context, false)),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.dispose(2000);
    } catch (error) {
      output.warn(`Stopping the server: ${String(error)}`);
    }
  }
}

async function restart(context: vscode.ExtensionContext, userAsked: boolean): Promise<void> {
  if (userAsked) {
    failureShown = false;
  }
  await stopClient();
  await start(context);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const resolution = await resolveServerCommand(context.extensionPath);
  for (const attempt of resolution.attempts) {
    output.warn(`Not starting from ${attempt.source}: ${attempt.problem}`);
  }
  if (!resolution.server) {
    notifyFailure(resolution, "Mistral Keyguard could not find a server to start.");
    return;
  }
  const server = resolution.server;
  output.info(`Starting the server from ${server.source}: ${server.command} ${server.args.join(" ")}`);
  const serverOptions: ServerOptions = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
    options: { env: { ...process.env, ...server.env, PYTHONUNBUFFERED: "1" } },
  };
  const candidate = new LanguageClient(SECTION, "Mistral Keyguard", serverOptions, clientOptions(resolution));
  client = candidate;
  try {
    await candidate.start();
    output.info(`Server running (${candidate.initializeResult?.serverInfo?.name ?? "mistral-keyguard"} ${candidate.initializeResult?.serverInfo?.version ?? ""}).`);
  } catch (error) {
    output.error(`The server did not start: ${String(error)}`);
    if (client === candidate) {
      client = undefined;
    }
    try {
      await candidate.dispose(1000);
    } catch {
      // The process is already gone; nothing left to stop.
    }
    notifyFailure(resolution, `Mistral Keyguard's server (${server.source}) did not start.`);
  }
}

function clientOptions(resolution: Resolution): LanguageClientOptions {
  const crashes: number[] = [];
  return {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { settings: folderSettings(), globalSettings: settingsFor(undefined) },
    synchronize: {
      configurationSection: SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_FILES),
    },
    initializationFailedHandler: (error) => {
      output.error(`Initialization failed: ${String(error)}`);
      return false; // no retry storm: one notification, the user restarts when it is fixed
    },
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
      closed: (): CloseHandlerResult => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length && now - crashes[0] > CRASH_WINDOW_MS) {
          crashes.shift();
        }
        if (crashes.length >= MAX_CRASHES) {
          notifyFailure(resolution, `Mistral Keyguard's server stopped ${crashes.length} times in 3 minutes and will not be restarted.`);
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        output.warn("The server stopped; restarting it.");
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
}

/** Settings of one scope as the server reads them (same keys as package.json, without the prefix). */
function settingsFor(scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const keys = ["enable", "run", "debounceMs", "select", "ignore", "severity", "exclude", "scanWorkspace", "logLevel"];
  return Object.fromEntries(keys.map((key) => [key, config.get(key)]));
}

function folderSettings(): Array<Record<string, unknown>> {
  return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({
    workspace: folder.uri.toString(),
    ...settingsFor(folder.uri),
  }));
}

function notifyFailure(resolution: Resolution, headline: string): void {
  if (failureShown) {
    return; // one notification per failure, until the user restarts
  }
  failureShown = true;
  const reasons = resolution.attempts.map((a) => `${a.source}: ${a.problem}`).join("; ");
  const message = `${headline} ${reasons ? reasons + ". " : ""}Set mistral-keyguard.path or mistral-keyguard.interpreter, or install the package (pip install mistral-keyguard).`;
  output.error(message);
  void vscode.window.showErrorMessage(message, "Open Settings", "Show Output").then((choice) => {
    if (choice === "Open Settings") {
      void vscode.commands.executeCommand("workbench.action.openSettings", "mistral-keyguard.path");
    } else if (choice === "Show Output") {
      output.show(true);
    }
  });
}

async function scanWorkspace(): Promise<void> {
  const running = client;
  if (!running || running.state !== State.Running) {
    void vscode.window.showWarningMessage("Mistral Keyguard's server is not running; restart it first.", "Restart").then(
      (choice) => choice && vscode.commands.executeCommand(`${SECTION}.restart`),
    );
    return;
  }
  const commands = running.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!commands.includes(SERVER_SCAN_COMMAND)) {
    void vscode.window.showWarningMessage("This version of the Mistral Keyguard server cannot scan the workspace.");
    return;
  }
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Mistral Keyguard: scanning the workspace", cancellable: true },
    async (_progress, token) => {
      // The server reports per-file progress through the work-done token the client attaches.
      const result = await running.sendRequest(
        ExecuteCommandRequest.type,
        { command: SERVER_SCAN_COMMAND, arguments: [{ folders }] },
        token,
      );
      const summary = result as { files?: number; findings?: number } | null;
      if (summary && typeof summary.findings === "number") {
        void vscode.window.showInformationMessage(
          `Mistral Keyguard scanned ${summary.files ?? "the"} files: ${summary.findings} finding(s). See the Problems panel.`,
        );
      }
    },
  );
}
