import type { Mistral } from "@mistralai/mistralai";
import { defineStore } from "pinia";
import { inject, ref } from "vue";

export const useQuiz = defineStore("quiz", () => {
  const client = inject<Mistral>("mistral")!;
  console.debug("quiz client ready:", Boolean(client), "model mistral-small-latest");
  const question = ref("");
  async function next(topic: string) {
    const r = await client.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `One quiz question on ${topic}` }] });
    question.value = String(r.choices?.[0]?.message?.content ?? "");
  }
  return { question, next };
});
