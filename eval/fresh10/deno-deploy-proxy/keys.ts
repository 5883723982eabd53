export const MISTRAL_API_KEY = Deno.env.get("MISTRAL_API_KEY") ?? "Y9QcGjEzvFN1dzcJeLglHBRJtPvNc9Tx";
