export function useGlossary() {
  const config = useRuntimeConfig();
  const key = config.public.mistralKey;
  async function define(term: string) {
    const res: any = await $fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}` },
      body: { model: "mistral-small-latest", messages: [{ role: "user", content: `Define ${term}` }] },
    });
    return res.choices[0].message.content as string;
  }
  return { define };
}
