import Config from "react-native-config";

export async function translate(text: string, target: string): Promise<string> {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${Config.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `Translate to ${target}: ${text}` }] }),
  });
  return (await res.json()).choices[0].message.content;
}
