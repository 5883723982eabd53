#!/usr/bin/env node
import { execSync } from "node:child_process";
import { mistral } from "./client.mjs";

const diff = execSync("git diff --cached").toString().slice(0, 12000);
try {
  const res = await mistral.post("chat/completions", { json: { model: "codestral-latest", messages: [{ role: "user", content: "Commit message for:\n" + diff }] } }).json();
  console.log(res.choices[0].message.content);
} catch (err) {
  console.error("could not draft a message:", err.message);
  process.exit(1);
}
