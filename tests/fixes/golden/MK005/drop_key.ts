// fix: MK005 drop-key
import { Mistral } from "@mistralai/mistralai";

const apiKey = process.env.MISTRAL_API_KEY;
export const client = new Mistral({ apiKey });

console.log("Using Mistral key:", apiKey);
console.log(`Mistral key: ${process.env.MISTRAL_API_KEY}`);
console.info("auth: Bearer " + apiKey);
console.debug(JSON.stringify(process.env, null, 2));
console.log("key configured:", Boolean(apiKey));
