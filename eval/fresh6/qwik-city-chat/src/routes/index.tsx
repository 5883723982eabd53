import { component$, useSignal, useVisibleTask$ } from "@builder.io/qwik";
import { server$ } from "@builder.io/qwik-city";

export const greet = server$(function () {
  return `Hello from ${this.env.get("REGION") ?? "edge"}`;
});

export default component$(() => {
  const answer = useSignal("");
  const prompt = useSignal("What is Qwik resumability?");

  useVisibleTask$(async ({ track }) => {
    track(() => prompt.value);
    const key = import.meta.env.PUBLIC_MISTRAL_API_KEY;
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: prompt.value }] }),
    });
    answer.value = (await res.json()).choices[0].message.content;
  });

  return (
    <main>
      <input bind:value={prompt} />
      <p>{answer.value}</p>
    </main>
  );
});
