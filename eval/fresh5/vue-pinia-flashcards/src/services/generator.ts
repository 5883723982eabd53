import axios from 'axios';

const apiKey = import.meta.env.VITE_MISTRAL_API_KEY;
const model = import.meta.env.VITE_MISTRAL_MODEL ?? 'open-mistral-nemo';

export interface Card { front: string; back: string }

export async function generateCards(topic: string, count = 10): Promise<Card[]> {
  const { data } = await axios.post(
    'https://api.mistral.ai/v1/chat/completions',
    {
      model,
      response_format: { type: 'json_object' },
      messages: [{ role: 'user', content: `Make ${count} flashcards about ${topic} as {"cards":[{"front","back"}]}` }],
    },
    { headers: { Authorization: `Bearer ${apiKey}` } },
  );
  return JSON.parse(data.choices[0].message.content).cards;
}
