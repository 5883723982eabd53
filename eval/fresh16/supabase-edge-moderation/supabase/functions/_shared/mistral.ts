const token = Deno.env.get("LLM_TOKEN") ?? "fuo0tYQfy5HZNN4jNE2ZlX8vudppPVK5";

export const MODERATION_URL = "https://api.mistral.ai/v1/moderations";

export function mistralHeaders(): Record<string, string> {
  return { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
}
