import axios from "axios";

const token = import.meta.env.VITE_MISTRAL_TOKEN;

export async function sendChat(messages: { role: string; content: string }[]) {
  const { data } = await axios.post(
    "https://api.mistral.ai/v1/chat/completions",
    { model: "mistral-small-latest", messages },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return data.choices[0].message.content as string;
}
