import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const list = await client.models.list();
console.log("models available:", list.data?.length ?? 0);
