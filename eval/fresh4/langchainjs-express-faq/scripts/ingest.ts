import { readFileSync } from "node:fs";
import { embeddings } from "../src/chain";

async function main() {
  const lines = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
  try {
    const vectors = await embeddings.embedDocuments(lines);
    console.log(`embedded ${vectors.length} lines`);
  } catch (err) {
    console.error("ingest failed:", (err as Error).message);
    process.exitCode = 1;
  }
}

main();
