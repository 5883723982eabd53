import { Mistral } from "@mistralai/mistralai";

export function useMistral() {
  const { mistralApiKey } = useRuntimeConfig();
  return new Mistral({ apiKey: mistralApiKey });
}
