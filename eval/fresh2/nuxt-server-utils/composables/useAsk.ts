export function useAsk() {
  const answer = ref("");
  async function ask(q: string) {
    const res = await $fetch<{ answer: string }>("/api/ask", { method: "POST", body: { q } });
    answer.value = res.answer;
  }
  return { answer, ask };
}
