import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { MODELS } from './providers.mjs';

const prompts = JSON.parse(readFileSync('prompts.json', 'utf8'));
mkdirSync('results', { recursive: true });

for (const [client, model] of MODELS) {
  const rows = [];
  for (const p of prompts) {
    const started = Date.now();
    try {
      const r = await client.chat.completions.create({ model, messages: [{ role: 'user', content: p }] });
      rows.push({ p, ms: Date.now() - started, out: r.choices[0].message.content });
    } catch (err) {
      console.error(model, 'failed:', err.message);
    }
  }
  writeFileSync(`results/${model}.json`, JSON.stringify(rows, null, 2));
}
