import * as vscode from "vscode";
import { writeMessage } from "./client";

export function activate(context: vscode.ExtensionContext) {
  context.subscriptions.push(
    vscode.commands.registerCommand("commitWriter.write", async (diff: string) => {
      try {
        return await writeMessage(diff);
      } catch (err) {
        vscode.window.showErrorMessage(`Commit Writer: ${err}`);
      }
    }),
  );
}
