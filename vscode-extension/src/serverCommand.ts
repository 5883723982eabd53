// Decides how to start the language server: the user's executable or interpreter, the Python
// extension's interpreter, or the copy bundled with a platform-specific package.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";

export interface ServerCommand {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Where it came from, for the output channel and the failure notification. */
  source: string;
}

export interface Attempt {
  source: string;
  problem: string;
}

export interface Resolution {
  server?: ServerCommand;
  attempts: Attempt[];
}

const SERVER_ARGS = ["server"];
const PROBE_TIMEOUT_MS = 10_000;

/** Runs `python -c "import mistral_keyguard"`; resolves to an error text or undefined when it works. */
export function probeInterpreter(python: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      python,
      ["-c", "import mistral_keyguard"],
      { timeout: PROBE_TIMEOUT_MS },
      (error, _stdout, stderr) => {
        if (!error) {
          resolve(undefined);
        } else if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          resolve(`${python} does not exist`);
        } else {
          const last = stderr.trim().split("\n").pop() ?? error.message;
          resolve(`${python} cannot import mistral_keyguard (${last})`);
        }
      },
    );
  });
}

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The trusted value of a machine-overridable setting: in an untrusted workspace only user settings count. */
function trustedSetting(config: vscode.WorkspaceConfiguration, key: string): string {
  if (vscode.workspace.isTrusted) {
    return (config.get<string>(key) ?? "").trim();
  }
  const inspected = config.inspect<string>(key);
  return (inspected?.globalValue ?? "").trim();
}

function expandVariables(value: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  return value
    .replace(/\$\{workspaceFolder\}/g, folder)
    .replace(/\$\{userHome\}/g, process.env.HOME ?? process.env.USERPROFILE ?? "")
    .replace(/^~(?=$|[\\/])/, process.env.HOME ?? "");
}

interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } | undefined;
    resolveEnvironment(env: { path: string }): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath?: vscode.Event<unknown>;
  };
}

/** Calls `listener` when the Python extension's selected interpreter changes (if it is installed). */
export async function onPythonInterpreterChange(listener: () => void): Promise<vscode.Disposable | undefined> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>("ms-python.python");
  if (!extension) {
    return undefined;
  }
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    return api?.environments?.onDidChangeActiveEnvironmentPath?.(() => listener());
  } catch {
    return undefined;
  }
}

/** Whether the user named the server explicitly (then the Python extension's choice does not matter). */
export function serverIsConfigured(): boolean {
  const config = vscode.workspace.getConfiguration("mistral-keyguard");
  return trustedSetting(config, "path") !== "" || trustedSetting(config, "interpreter") !== "";
}

/** The interpreter the Python extension has selected, when that extension is installed. */
async function pythonExtensionInterpreter(): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>("ms-python.python");
  if (!extension) {
    return undefined;
  }
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    const environments = api?.environments;
    const active = environments?.getActiveEnvironmentPath(vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!environments || !active) {
      return undefined;
    }
    const resolved = await environments.resolveEnvironment(active);
    return resolved?.executable.uri?.fsPath;
  } catch {
    return undefined;
  }
}

/** A Python 3.10+ on PATH to run the bundled copy with. */
function systemPythonCandidates(): string[] {
  return process.platform === "win32" ? ["py", "python"] : ["python3", "python"];
}

export async function resolveServerCommand(extensionPath: string): Promise<Resolution> {
  const config = vscode.workspace.getConfiguration("mistral-keyguard");
  const attempts: Attempt[] = [];

  const executable = expandVariables(trustedSetting(config, "path"));
  if (executable) {
    if (isExecutableFile(executable)) {
      return { server: { command: executable, args: SERVER_ARGS, source: "setting mistral-keyguard.path" }, attempts };
    }
    // An explicit setting that does not work is an error to report, not a reason to guess.
    attempts.push({ source: "setting mistral-keyguard.path", problem: `${executable} is not an executable file` });
    return { attempts };
  }

  const interpreter = expandVariables(trustedSetting(config, "interpreter"));
  if (interpreter) {
    const problem = await probeInterpreter(interpreter);
    if (!problem) {
      return {
        server: { command: interpreter, args: ["-m", "mistral_keyguard", ...SERVER_ARGS], source: "setting mistral-keyguard.interpreter" },
        attempts,
      };
    }
    attempts.push({ source: "setting mistral-keyguard.interpreter", problem });
    return { attempts };
  }

  const fromPythonExtension = await pythonExtensionInterpreter();
  if (fromPythonExtension) {
    const problem = await probeInterpreter(fromPythonExtension);
    if (!problem) {
      return {
        server: {
          command: fromPythonExtension,
          args: ["-m", "mistral_keyguard", ...SERVER_ARGS],
          source: "the Python extension's interpreter",
        },
        attempts,
      };
    }
    attempts.push({ source: "the Python extension's interpreter", problem });
  }

  const bundled = path.join(extensionPath, "bundled");
  const launcher = path.join(bundled, "tool", "launch.py");
  if (!fs.existsSync(launcher)) {
    attempts.push({
      source: "bundled server",
      problem: "this package has no bundled server (install a platform-specific build, or set mistral-keyguard.path)",
    });
    return { attempts };
  }
  const pythons = fromPythonExtension ? [fromPythonExtension, ...systemPythonCandidates()] : systemPythonCandidates();
  for (const python of pythons) {
    const works = await new Promise<boolean>((resolve) => {
      execFile(python, ["-I", launcher, "--probe"], { timeout: PROBE_TIMEOUT_MS }, (error) => resolve(!error));
    });
    if (works) {
      return {
        server: { command: python, args: ["-I", launcher, ...SERVER_ARGS], source: `bundled server run by ${python}` },
        attempts,
      };
    }
  }
  attempts.push({
    source: "bundled server",
    problem: `no Python 3.10+ found to run it (tried ${pythons.join(", ")})`,
  });
  return { attempts };
}
