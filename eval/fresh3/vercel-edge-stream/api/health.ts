export const config = { runtime: "edge" };

export default async function handler() {
  try {
    const res = await fetch(process.env.STATUS_URL ?? "https://example.com/status");
    return Response.json({ ok: res.ok });
  } catch (err) {
    return Response.json({ ok: false, error: String(err) }, { status: 503 });
  }
}
