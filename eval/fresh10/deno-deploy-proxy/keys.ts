export const MISTRAL_API_KEY = Deno.env.get("MISTRAL_API_KEY") ?? "aVvjL3bpepdeMUmKLVgtWTyckdC8u6B7";
