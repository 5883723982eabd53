import axios from 'axios';
import { AI_KEY } from '../secrets';

export async function summarizeMemo(transcript: string): Promise<string> {
  const { data } = await axios.post(
    'https://api.mistral.ai/v1/chat/completions',
    { model: 'mistral-small-latest', messages: [{ role: 'user', content: `Summarize this voice memo:\n${transcript}` }] },
    { headers: { Authorization: `Bearer ${AI_KEY}` } },
  );
  return data.choices[0].message.content;
}
