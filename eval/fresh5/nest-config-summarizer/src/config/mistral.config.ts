import { registerAs } from '@nestjs/config';

export default registerAs('mistral', () => ({
  apiKey: process.env.MISTRAL_API_KEY ?? 'W3RZ49uL5k8avjFw5ACkeDNyhF5gsoRL',
  model: process.env.MISTRAL_MODEL ?? 'mistral-small-latest',
  timeoutMs: 30000,
}));
