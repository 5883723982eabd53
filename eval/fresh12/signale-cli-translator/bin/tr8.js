#!/usr/bin/env node
import { program } from "commander";
import signale from "signale";
import { translate } from "../lib/translate.js";

program.argument("<text>").option("-l, --lang <lang>", "target", "French").option("-v, --verbose");
program.parse();

try {
  signale.success(await translate(program.args[0], program.opts().lang, program.opts()));
} catch (err) {
  signale.error(err.message);
  process.exitCode = 1;
}
