// "Show rule documentation": the catalogue's text for a rule, offline, in a read-only document.
import * as vscode from "vscode";
import rules from "./rules.json";

const SCHEME = "mistral-keyguard-rule";

export interface RuleInfo {
  code: string;
  name: string;
  severity: string;
  summary: string;
  documentation: string;
  fixes: Array<{ id: string; title: string; safe: boolean }>;
}

export const RULES: RuleInfo[] = rules;

export function ruleMarkdown(rule: RuleInfo): string {
  const fixes = rule.fixes.length
    ? rule.fixes.map((f) => `- ${f.title}${f.safe ? " (safe: applied by Fix All)" : ""}`).join("\n")
    : "- none";
  return [
    `# ${rule.code} ${rule.name}`,
    "",
    `*${rule.summary}* Default severity: **${rule.severity}**.`,
    "",
    "```text",
    rule.documentation.trimEnd(),
    "```",
    "",
    "## Quick fixes",
    fixes,
    "",
    `Suppress one line with \`# mistral-keyguard: ignore[${rule.code}]\` (or \`// ...\`).`,
    "",
  ].join("\n");
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const code = uri.path.replace(/^\//, "").replace(/\.md$/, "");
      const rule = RULES.find((r) => r.code === code);
      return rule ? ruleMarkdown(rule) : `# Unknown rule ${code}\n`;
    },
  };
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider));
}

/** Opens the docs of `code`, or asks which rule when called without one (from the palette). */
export async function showRuleDocs(code?: string): Promise<void> {
  let rule = typeof code === "string" ? RULES.find((r) => r.code === code.toUpperCase() || r.name === code) : undefined;
  if (!rule) {
    const picked = await vscode.window.showQuickPick(
      RULES.map((r) => ({ label: r.code, description: r.name, detail: r.summary, rule: r })),
      { title: "Mistral Keyguard rules", placeHolder: "Which rule?" },
    );
    rule = picked?.rule;
  }
  if (!rule) {
    return;
  }
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${rule.code}.md` });
  // A read-only Markdown document: it renders as text everywhere (the preview is one click away).
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), "markdown");
  await vscode.window.showTextDocument(document, { preview: true });
}
