import axios from "axios";

const apiKey = process.env.VUE_APP_MISTRAL_KEY;

export async function sendChat(messages) {
  const { data } = await axios.post(
    "https://api.mistral.ai/v1/chat/completions",
    { model: "open-mistral-nemo", messages },
    { headers: { Authorization: `Bearer ${apiKey}` } }
  );
  return data.choices[0].message;
}
