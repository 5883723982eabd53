const ENDPOINT = "https://api.mistral.ai/v1/chat/completions";

export async function makeQuiz(topic) {
  const key = process.env.NEXT_PUBLIC_MISTRAL_API_KEY;
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: `Five multiple-choice questions about ${topic}, as JSON.` }],
      response_format: { type: "json_object" },
    }),
  });
  const data = await res.json();
  return JSON.parse(data.choices[0].message.content).questions;
}
