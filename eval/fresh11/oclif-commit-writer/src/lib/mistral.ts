import axios from "axios";

export async function commitMessage(diff: string, apiKey: string): Promise<string> {
  const { data } = await axios.post(
    "https://api.mistral.ai/v1/chat/completions",
    { model: "codestral-latest", messages: [{ role: "user", content: `Write a conventional commit message for:\n${diff}` }] },
    { headers: { Authorization: `Bearer ${apiKey}` } },
  );
  return data.choices[0].message.content.trim();
}
