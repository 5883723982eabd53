import axios from 'axios';

const client = axios.create({
  baseURL: 'https://api.mistral.ai/v1',
  headers: { Authorization: `Bearer ${process.env.REACT_APP_MISTRAL_API_KEY}` },
});

export async function summarize(text) {
  const { data } = await client.post('/chat/completions', {
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: `Summarize for a busy reader:\n${text.slice(0, Number(process.env.REACT_APP_MAX_CHARS))}` }],
  });
  return data.choices[0].message.content;
}
