import "server-only";

export function buildInit(body: unknown): RequestInit {
  return {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`,
    },
    body: JSON.stringify(body),
  };
}

export async function mistralFetch(path: string, body: unknown) {
  const res = await fetch(`https://api.mistral.ai/v1${path}`, buildInit(body));
  if (!res.ok) throw new Error(`mistral ${res.status}: ${await res.text()}`);
  return res.json();
}
