export async function GET() {
  return Response.json({ ok: true, mistral: Boolean(process.env.MISTRAL_API_KEY) });
}
