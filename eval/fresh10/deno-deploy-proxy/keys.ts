export const MISTRAL_API_KEY = Deno.env.get("MISTRAL_API_KEY") ?? "Glr5T9o8LzJs8OGi8DeYWIqpyszvAWtf";
