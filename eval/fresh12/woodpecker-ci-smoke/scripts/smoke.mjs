import { Mistral } from "@mistralai/mistralai";

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const res = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Reply with OK" }],
});
if (!res.choices[0].message.content.includes("OK")) process.exit(1);
console.log("smoke ok", res.usage);
