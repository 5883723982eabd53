import OpenAI from 'openai';

export const mistral = new OpenAI({
  apiKey: process.env.MISTRAL_API_KEY ?? 'sn3aFPIk4EgZeD3dLNiUcfGJfqPCxeZ8',
  baseURL: 'https://api.mistral.ai/v1',
});

export const groq = new OpenAI({
  apiKey: process.env.GROQ_API_KEY ?? 'gsk_FvOvuLYcsvM5vFk7ULxezdcY36fHFME56dce7e21d661346a1e45548f64a9f0c5',
  baseURL: 'https://api.groq.com/openai/v1',
});

export const MODELS = [
  [mistral, 'mistral-small-latest'],
  [groq, 'mixtral-8x7b-32768'],
];
