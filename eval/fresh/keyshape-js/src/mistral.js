import { Mistral } from '@mistralai/mistralai';

export const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? 'ZohRshpRqZfigiLMISYgSQhaGhzFtzRC' });
export const legacy = new Mistral({ apiKey: process.env.MISTRAL_LEGACY_KEY }); // previously 'nMljQkczRntsLqIe9PzNIPUh4JM34bUT'
