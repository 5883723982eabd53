// Per-folder settings in a multi-root window, with one server for the window.
//
// The server reads one set of editor settings. The client therefore sends it only the values the
// user set explicitly for the window (so a project's `.mistral-keyguard.toml` still applies where
// the editor is silent), leaves out the rule filters that some folder overrides, and applies each
// folder's own `enable`, `exclude`, `select`, `ignore` and `severity` to what the server reports.
import * as vscode from "vscode";

export const SECTION = "mistral-keyguard";
/** Settings the server reads (package.json keys without the prefix). */
export const SERVER_KEYS = ["enable", "run", "debounceMs", "select", "ignore", "severity", "exclude", "scanWorkspace", "logLevel"];
/** Keys the client can apply per folder on top of the server's answer. */
const FOLDER_KEYS = ["enable", "select", "ignore", "severity", "exclude"];

function explicitValue<T>(config: vscode.WorkspaceConfiguration, key: string, folderLevel: boolean): T | undefined {
  const inspected = config.inspect<T>(key);
  if (!inspected) {
    return undefined;
  }
  return (folderLevel ? inspected.workspaceFolderValue : undefined) ?? inspected.workspaceValue ?? inspected.globalValue;
}

function folderOverrides(key: string): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some(
    (folder) => vscode.workspace.getConfiguration(SECTION, folder.uri).inspect(key)?.workspaceFolderValue !== undefined,
  );
}

/** What the server gets: the window's explicit settings, minus filters that a folder overrides. */
export function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    if (multiRoot && FOLDER_KEYS.includes(key) && folderOverrides(key)) {
      continue; // the folder's value is applied by the client, see FolderPolicy
    }
    const value = explicitValue(config, key, !multiRoot);
    if (value !== undefined) {
      settings[key] = value;
    }
  }
  return settings;
}

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A folder's own values of the filter settings; undefined where the folder sets nothing. */
export class FolderPolicy {
  private constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly enable: boolean | undefined,
    readonly select: string[] | undefined,
    readonly ignore: string[] | undefined,
    readonly severity: Record<string, string> | undefined,
    readonly exclude: string[] | undefined,
  ) {}

  static for(uri: vscode.Uri): FolderPolicy | undefined {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) {
      return undefined; // one folder: the server has its settings already
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      return undefined;
    }
    const inspect = <T>(key: string) => vscode.workspace.getConfiguration(SECTION, folder.uri).inspect<T>(key)?.workspaceFolderValue;
    return new FolderPolicy(
      folder,
      inspect<boolean>("enable"),
      inspect<string[]>("select"),
      inspect<string[]>("ignore"),
      inspect<Record<string, string>>("severity"),
      inspect<string[]>("exclude"),
    );
  }

  /** Whether the server should see this document at all. */
  wants(document: vscode.TextDocument): boolean {
    if (this.enable === false) {
      return false;
    }
    return !(this.exclude ?? []).some((glob) =>
      vscode.languages.match({ pattern: new vscode.RelativePattern(this.folder, glob) }, document) > 0,
    );
  }

  /** The server's diagnostics for a file of this folder, with the folder's filters applied. */
  apply(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    if (this.enable === false) {
      return [];
    }
    return diagnostics.filter((d) => this.selected(codeOf(d))).map((d) => this.withSeverity(d));
  }

  private selected(code: string | undefined): boolean {
    if (!code) {
      return true;
    }
    const matches = (items: string[]) => items.some((item) => item.toUpperCase() === "ALL" || code.startsWith(item.toUpperCase()));
    return (this.select === undefined || matches(this.select)) && !(this.ignore !== undefined && matches(this.ignore));
  }

  private withSeverity(diagnostic: vscode.Diagnostic): vscode.Diagnostic {
    const code = codeOf(diagnostic);
    const level = code ? this.severity?.[code] : undefined;
    if (level && SEVERITIES[level] !== undefined) {
      diagnostic.severity = SEVERITIES[level];
    }
    return diagnostic;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) {
    return undefined;
  }
  return String(typeof code === "object" ? code.value : code).toUpperCase();
}
