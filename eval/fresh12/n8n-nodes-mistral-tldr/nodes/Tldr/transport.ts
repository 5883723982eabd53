import type { IExecuteFunctions, IHttpRequestOptions } from "n8n-workflow";

export async function buildOptions(ctx: IExecuteFunctions, text: string): Promise<IHttpRequestOptions> {
  const creds = await ctx.getCredentials("mistralTldrApi");
  return {
    method: "POST",
    url: "https://api.mistral.ai/v1/chat/completions",
    headers: { Authorization: `Bearer ${creds.apiKey}` },
    body: { model: "mistral-small-latest", messages: [{ role: "user", content: `TL;DR: ${text}` }] },
    json: true,
  };
}
