export const MISTRAL_API_KEY = process.env.MISTRAL_API_KEY ?? "hl8vKMWP9bNvJ0e7j50GRNYjuRQa8893";
export const TRIAGE_MODEL = process.env.TRIAGE_MODEL ?? "mistral-small-latest";
