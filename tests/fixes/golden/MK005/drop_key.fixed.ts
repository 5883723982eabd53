// fix: MK005 drop-key
import { Mistral } from "@mistralai/mistralai";

const apiKey = process.env.MISTRAL_API_KEY;
export const client = new Mistral({ apiKey });

console.log("Using Mistral key:", "[redacted]");
console.log(`Mistral key: [redacted]`);
console.info("auth: Bearer " + "[redacted]");
console.log("key configured:", Boolean(apiKey));
