import { SERVICE_TOKEN } from "./keys";

export function authHeaders(): Record<string, string> {
  return {
    Authorization: `Bearer ${SERVICE_TOKEN}`,
    "Content-Type": "application/json",
  };
}
