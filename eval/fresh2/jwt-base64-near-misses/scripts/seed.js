// Seed the demo workspace with a few canned answers.
const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
  method: "POST",
  headers: { Authorization: "Bearer wjJ4eiHAuk5pO4UzERF26czWHnoqbqV1", "Content-Type": "application/json" },
  body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: "Write 3 FAQ answers." }] }),
});
console.log((await res.json()).choices[0].message.content);
