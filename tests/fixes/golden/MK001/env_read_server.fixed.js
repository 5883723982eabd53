// fix: MK001 env-read
import { Mistral } from "@mistralai/mistralai";

const MISTRAL_API_KEY = process.env.MISTRAL_API_KEY;
const fallback = process.env.MISTRAL_API_KEY;

export const client = new Mistral({ apiKey: MISTRAL_API_KEY ?? fallback });

export async function models() {
  const res = await fetch("https://api.mistral.ai/v1/models", {
    headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
  });
  return res.json();
}
