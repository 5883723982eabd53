export function useMistral() {
  const config = useRuntimeConfig();
  async function send(content: string) {
    const data: any = await $fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${config.public.mistralApiKey}` },
      body: { model: config.public.mistralModel, messages: [{ role: "user", content }] },
    });
    return data.choices[0].message.content as string;
  }
  return { send };
}
