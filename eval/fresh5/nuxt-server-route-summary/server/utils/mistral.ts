import { Mistral } from '@mistralai/mistralai';

export async function summarizePage(url: string): Promise<string> {
  const { mistralApiKey } = useRuntimeConfig();
  const html = await $fetch<string>(url, { responseType: 'text' });
  const client = new Mistral({ apiKey: mistralApiKey });
  const res = await client.chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: `Summarize this page:\n${html.slice(0, 20000)}` }],
  });
  return String(res.choices?.[0]?.message?.content ?? '');
}
