import axios from 'axios';

const api = axios.create({
  baseURL: 'https://api.mistral.ai/v1',
  timeout: 30000,
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

export async function rewrite(text, style) {
  const { data } = await api.post('/chat/completions', {
    model: 'mistral-small-latest',
    messages: [
      { role: 'system', content: `Rewrite the text in a ${style} style.` },
      { role: 'user', content: text },
    ],
  });
  return data.choices[0].message.content;
}
