import * as vscode from "vscode";

export function readConfig() {
  const cfg = vscode.workspace.getConfiguration("commitWriter");
  return { apiKey: cfg.get<string>("mistralApiKey", ""), model: cfg.get<string>("model", "codestral-latest") };
}
