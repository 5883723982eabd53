// The VS Code client for `mistral-keyguard server`: starts one server for the window, keeps its
// settings in sync, and offers restart / scan / output / rule-docs commands.
import * as vscode from "vscode";
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  State,
  type ServerOptions,
  WorkDoneProgressCancelNotification,
  type ProgressToken,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from "vscode-languageclient/node";
import { onPythonInterpreterChange, type Resolution, resolveServerCommand, serverIsConfigured } from "./serverCommand";
import { registerRuleDocs, showRuleDocs } from "./ruleDocs";
import { FolderPolicy, serverSettings } from "./folderSettings";

const SECTION = "mistral-keyguard";
const RESTART_SETTINGS = [`${SECTION}.path`, `${SECTION}.interpreter`];
// The server's command that starts a workspace scan. The extension's palette command has another
// id, because the language client registers every command the server announces under its own id.
const SERVER_SCAN_COMMAND = "mistral-keyguard.scanWorkspace";
const SCAN_PROGRESS_PREFIX = "mistral-keyguard/workspace/";
// Folder-level settings the client applies by deciding which documents the server sees.
const FOLDER_SYNC_SETTINGS = [`${SECTION}.enable`, `${SECTION}.exclude`];
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
  // Build scripts, task runners, HCL and unit files (the server knows them by file name).
  {
    scheme: "file",
    pattern:
      "**/{Makefile,GNUmakefile,*.mk,justfile,Justfile,.justfile,*.just,Jenkinsfile,Earthfile,Procfile," +
      "*.sh,*.bash,*.zsh,*.ps1,*.tf,*.tfvars,*.hcl,*.nomad,*.service,*.container}",
  },
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
    vscode.commands.registerCommand(`${SECTION}.scan`, () => scanWorkspace()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (RESTART_SETTINGS.some((key) => event.affectsConfiguration(key))) {
        output.info("Server location changed; restarting.");
        void restart(context, true);
      } else if (
        (vscode.workspace.workspaceFolders?.length ?? 0) > 1 &&
        FOLDER_SYNC_SETTINGS.some((key) => event.affectsConfiguration(key))
      ) {
        output.info("Which folders are scanned changed; restarting.");
        void restart(context, false);
      } else if (event.affectsConfiguration(SECTION) && client?.state === State.Running) {
        // No payload: the server pulls its settings through workspace/configuration.
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context, false)),
  );
  await restart(context, false);
  const pythonWatch = await onPythonInterpreterChange(() => {
    if (!serverIsConfigured()) {
      output.info("The Python extension's interpreter changed; restarting.");
      void restart(context, true);
    }
  });
  if (pythonWatch) {
    context.subscriptions.push(pythonWatch);
  }
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

// Restarts run one after another, so quick setting changes never leave two servers running.
let restarting: Promise<void> = Promise.resolve();

function restart(context: vscode.ExtensionContext, userAsked: boolean): Promise<void> {
  restarting = restarting.then(async () => {
    if (userAsked) {
      failureShown = false;
    }
    await stopClient();
    await start(context);
  }).catch((error) => output.error(`Starting the server: ${String(error)}`));
  return restarting;
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
    // No `transport`: the client would append `--stdio`; the server speaks stdio by default.
    options: { env: { ...process.env, ...server.env, PYTHONUNBUFFERED: "1" } },
  };
  const lifecycle = { running: false };
  const candidate = new LanguageClient(SECTION, "Mistral Keyguard", serverOptions, clientOptions(resolution, lifecycle));
  client = candidate;
  try {
    await candidate.start();
    lifecycle.running = true;
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
    notifyFailure(resolution, `Mistral Keyguard's server (${server.source}) did not start; its error is in the output.`);
  }
}

function clientOptions(resolution: Resolution, lifecycle: { running: boolean }): LanguageClientOptions {
  const crashes: number[] = [];
  return {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { settings: serverSettings() },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_FILES),
    },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return answers.map((answer, i) => (params.items[i]?.section === SECTION ? serverSettings() : answer));
        },
        // The extension sends its own change notification (see activate), without client-only keys.
        didChangeConfiguration: async () => undefined,
      },
      didOpen: (document, next) => (FolderPolicy.for(document.uri)?.wants(document) === false ? Promise.resolve() : next(document)),
      didChange: (event, next) => (FolderPolicy.for(event.document.uri)?.wants(event.document) === false ? Promise.resolve() : next(event)),
      didSave: (document, next) => (FolderPolicy.for(document.uri)?.wants(document) === false ? Promise.resolve() : next(document)),
      didClose: (document, next) => (FolderPolicy.for(document.uri)?.wants(document) === false ? Promise.resolve() : next(document)),
      handleDiagnostics: (uri, diagnostics, next) => next(uri, FolderPolicy.for(uri)?.apply(diagnostics) ?? diagnostics),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        const policy = FolderPolicy.for(document instanceof vscode.Uri ? document : document.uri);
        if (policy && report && report.kind === "full") {
          report.items = policy.apply(report.items);
        }
        return report;
      },
      provideWorkspaceDiagnostics: async (resultIds, token, resultReporter, next) => {
        const filter = <T extends { uri: vscode.Uri; kind: string }>(item: T): T => {
          const policy = FolderPolicy.for(item.uri);
          const full = item as unknown as { kind: string; items?: vscode.Diagnostic[] };
          if (policy && full.kind === "full" && full.items) {
            full.items = policy.apply(full.items);
          }
          return item;
        };
        const report = await next(resultIds, token, (chunk) => {
          chunk?.items.forEach(filter);
          resultReporter(chunk);
        });
        report?.items.forEach(filter);
        return report;
      },
      handleWorkDoneProgress: (token, params, next) => {
        scanProgress?.(token, params);
        next(token, params);
      },
    },
    initializationFailedHandler: (error) => {
      output.error(`Initialization failed: ${String(error)}`);
      return false; // no retry storm: one notification, the user restarts when it is fixed
    },
    errorHandler: {
      error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue, handled: true }),
      closed: (): CloseHandlerResult => {
        if (!lifecycle.running) {
          return { action: CloseAction.DoNotRestart, handled: true }; // start() reports this one
        }
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

type ProgressParams = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
/** Set while "Scan Workspace" shows its notification: receives the server's scan progress. */
let scanProgress: ((token: ProgressToken, params: ProgressParams) => void) | undefined;

async function scanWorkspace(): Promise<void> {
  const running = client;
  if (!running || running.state !== State.Running) {
    void vscode.window.showWarningMessage("Mistral Keyguard's server is not running.", "Restart", "Show Output").then((choice) => {
      if (choice === "Restart") {
        void vscode.commands.executeCommand(`${SECTION}.restart`);
      } else if (choice === "Show Output") {
        output.show(true);
      }
    });
    return;
  }
  const commands = running.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  if (!commands.includes(SERVER_SCAN_COMMAND)) {
    void vscode.window.showWarningMessage("This version of the Mistral Keyguard server cannot scan the workspace.");
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Mistral Keyguard: scanning the workspace", cancellable: true },
    (progress, cancel) =>
      new Promise<void>((resolve) => {
        let serverToken: ProgressToken | undefined;
        let lastPercentage = 0;
        const finish = (message?: string) => {
          scanProgress = undefined;
          if (message) {
            output.info(`Workspace scan: ${message}`);
            void vscode.window.showInformationMessage(`Mistral Keyguard: ${message}. Findings are in the Problems panel.`);
          }
          resolve();
        };
        scanProgress = (token, params) => {
          if (typeof token !== "string" || !token.startsWith(SCAN_PROGRESS_PREFIX)) {
            return;
          }
          serverToken = token;
          if (params.kind === "end") {
            finish(params.message);
            return;
          }
          const percentage = params.percentage ?? lastPercentage;
          progress.report({ message: params.message, increment: Math.max(0, percentage - lastPercentage) });
          lastPercentage = percentage;
        };
        cancel.onCancellationRequested(() => {
          if (serverToken !== undefined) {
            void running.sendNotification(WorkDoneProgressCancelNotification.type, { token: serverToken });
          }
          finish("scan cancelled");
        });
        running.sendRequest(ExecuteCommandRequest.type, { command: SERVER_SCAN_COMMAND, arguments: [] }).then(
          (answer) => {
            const started = (answer as { started?: boolean } | null)?.started;
            if (started === false) {
              finish("nothing to scan (no workspace folder, or scanning is disabled)");
            } else {
              // A server that reports no progress must not leave the notification spinning.
              setTimeout(() => serverToken === undefined && scanProgress && finish("scan started"), 15_000);
            }
          },
          (error) => {
            output.error(`Workspace scan failed: ${String(error)}`);
            finish();
          },
        );
      }),
  );
}
