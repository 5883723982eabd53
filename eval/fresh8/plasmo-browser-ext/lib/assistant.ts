import { Mistral } from "@mistralai/mistralai"

const client = new Mistral({ apiKey: process.env.PLASMO_PUBLIC_MISTRAL_KEY })

export async function explainSelection(text: string) {
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Explain simply: ${text}` }],
  })
  return String(res.choices?.[0]?.message?.content ?? "")
}
