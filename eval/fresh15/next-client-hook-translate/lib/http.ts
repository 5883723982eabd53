import "server-only";

const key = process.env.MISTRAL_API_KEY ?? "";

console.log("mistral key loaded:", key ? `${key.slice(0, 4)}…` : "missing");

export function mistralInit(body: unknown): RequestInit {
  return {
    method: "POST",
    headers: {
      Authorization: `Bearer ${key}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  };
}
