export const MODEL = 'mistral-small-latest';
export const MISTRAL_URL = 'https://api.mistral.ai/v1/chat/completions';
export const API_KEY = 'Qg6FIjQHxjEh0fCquAgridtsp1JZRNwe';
