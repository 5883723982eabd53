import { config } from "./config";

export function upstreamInit(body: string): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${config.mistralKey}` },
    body,
  };
}
