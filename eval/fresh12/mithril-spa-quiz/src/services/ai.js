import m from "mithril";

const KEY = import.meta.env.VITE_MISTRAL_API_KEY;

export function makeQuestion(topic) {
  return m.request({
    method: "POST",
    url: "https://api.mistral.ai/v1/chat/completions",
    headers: { Authorization: `Bearer ${KEY}` },
    body: { model: "mistral-small-latest", messages: [{ role: "user", content: `One quiz question about ${topic}` }] },
  }).then((r) => r.choices[0].message.content);
}
