export const MISTRAL_API_KEY = Deno.env.get("MISTRAL_API_KEY") ?? "fYbzwvf66afzXOaPq6ENRLUXpiSLI4vO";
