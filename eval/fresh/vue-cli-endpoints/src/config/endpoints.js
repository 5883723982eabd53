export const MISTRAL_BASE = 'https://api.mistral.ai/v1';
export const BACKEND_BASE = '/backend';
