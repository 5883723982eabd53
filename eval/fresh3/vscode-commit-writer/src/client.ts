import { Mistral } from "@mistralai/mistralai";
import * as vscode from "vscode";
import { readConfig } from "./config";

export const output = vscode.window.createOutputChannel("Commit Writer");

export async function writeMessage(diff: string): Promise<string> {
  const { apiKey, model } = readConfig();
  output.appendLine(`using model ${model} with key ${apiKey}`);
  const client = new Mistral({ apiKey });
  const res = await client.chat.complete({ model, messages: [{ role: "user", content: `Commit message for:\n${diff}` }] });
  return String(res.choices?.[0]?.message?.content ?? "");
}
