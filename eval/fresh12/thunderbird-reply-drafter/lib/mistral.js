/* global browser */
async function draftReply(original) {
  const { apiKey } = await browser.storage.local.get("apiKey");
  const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [
        { role: "system", content: "Draft a polite email reply." },
        { role: "user", content: original },
      ],
    }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
