const MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions";

export async function* streamChat(messages) {
  const init = {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages, stream: true }),
  };
  const res = await fetch(MISTRAL_URL, init);
  if (!res.ok) {
    console.error("mistral stream failed", res.status, init);
    throw new Error(`mistral ${res.status}: ${await res.text()}`);
  }
  const decoder = new TextDecoder();
  for await (const chunk of res.body) {
    for (const line of decoder.decode(chunk).split("\n")) {
      if (line.startsWith("data: ") && line !== "data: [DONE]") {
        const delta = JSON.parse(line.slice(6)).choices[0].delta.content;
        if (delta) yield delta;
      }
    }
  }
}
