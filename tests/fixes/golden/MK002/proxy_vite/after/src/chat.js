export async function ask(messages) {
  const res = await fetch("/api/mistral/chat", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ model: "mistral-small-latest", messages }),
  });
  const data = await res.json();
  return data.choices[0].message.content;
}
