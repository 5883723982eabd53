#!/usr/bin/env node
import { program } from 'commander';
import { translate } from '../src/translate.js';

program
  .argument('<text...>')
  .option('-t, --to <lang>', 'target language', 'en')
  .option('-k, --api-key <key>', 'Mistral API key', process.env.MISTRAL_API_KEY)
  .option('-v, --verbose', 'debug output');

program.parse();
const opts = program.opts();

if (opts.verbose) {
  console.error('options:', opts);
}

try {
  console.log(await translate(program.args.join(' '), opts.to, opts.apiKey));
} catch (err) {
  console.error(`translation failed: ${err.message}`);
  process.exit(1);
}
