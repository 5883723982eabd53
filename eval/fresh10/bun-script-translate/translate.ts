import { Mistral } from "@mistralai/mistralai";
import { splitCues } from "./srt";

const client = new Mistral({ apiKey: Bun.env.MISTRAL_API_KEY ?? "Q1zRzI60EJPf7cecaTq8y6U54LYmiN8X" });
console.log("key set:", Boolean(Bun.env.MISTRAL_API_KEY));
if (Bun.argv.includes("--verbose")) console.log("key:", Bun.env.MISTRAL_API_KEY);

const [, , input, lang = "es"] = Bun.argv;
for (const cue of splitCues(await Bun.file(input).text())) {
  const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Translate to ${lang}: ${cue.text}` }] });
  console.log(cue.index, r.choices?.[0]?.message?.content);
}
