import { Mistral } from '@mistralai/mistralai';
import { config } from '../config.js';

const client = new Mistral({ apiKey: config.mistralKey });

export async function embed(texts) {
  const res = await client.embeddings.create({ model: config.embedModel, inputs: texts });
  return res.data.map((d) => d.embedding);
}

export async function answer(question, passages) {
  const res = await client.chat.complete({
    model: config.chatModel,
    messages: [
      { role: 'system', content: `Answer from these notes:\n${passages.join('\n---\n')}` },
      { role: 'user', content: question },
    ],
  });
  return res.choices[0].message.content;
}
