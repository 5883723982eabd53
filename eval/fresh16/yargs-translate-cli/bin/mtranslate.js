#!/usr/bin/env node
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { buildRequest } from "../src/api.js";

const argv = yargs(hideBin(process.argv))
  .usage("$0 <text..> --to <lang>")
  .option("to", { type: "string", default: "en" })
  .option("key", { type: "string", default: process.env.MISTRAL_API_KEY })
  .option("dry-run", { type: "boolean" })
  .option("verbose", { type: "boolean" })
  .parse();

if (argv.verbose) console.error(argv);

const text = argv._.join(" ");
const { url, init } = buildRequest(text, argv.to, argv.key);

if (argv.dryRun) {
  console.log(`curl -X POST ${url} -H "Authorization: ${init.headers.Authorization}" -d '${init.body}'`);
  process.exit(0);
}

try {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`HTTP ${r.status}: ${await r.text()}`);
  const data = await r.json();
  console.log(data.choices[0].message.content);
} catch (e) {
  console.error(`translate failed: ${e.message}`);
  process.exit(1);
}
