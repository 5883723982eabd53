const token = import.meta.env.VITE_MISTRAL_TOKEN;

self.onmessage = async (event: MessageEvent<string>) => {
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model: "ministral-3b-latest", messages: [{ role: "user", content: `Summarize: ${event.data}` }] }),
  });
  self.postMessage((await res.json()).choices[0].message.content);
};
