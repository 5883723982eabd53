import axios from 'axios';

export async function translate(apiKey, text, language) {
  const { data } = await axios.post(
    'https://api.mistral.ai/v1/chat/completions',
    {
      model: 'open-mistral-nemo',
      messages: [{ role: 'user', content: `Translate to ${language}: ${text}` }],
    },
    { headers: { Authorization: `Bearer ${apiKey}` } },
  );
  return data.choices[0].message.content;
}
