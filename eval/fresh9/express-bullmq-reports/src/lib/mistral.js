import axios from "axios";

export async function writeReport(data) {
  const res = await axios.post(
    "https://api.mistral.ai/v1/chat/completions",
    { model: "mistral-medium-latest", messages: [{ role: "user", content: `Report on ${JSON.stringify(data)}` }] },
    { headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` } }
  );
  return res.data.choices[0].message.content;
}
