import { json } from "@sveltejs/kit";

export const GET = () => json({ ok: true, id: "044b09e2-6f8d-46de-8233-9cc94a8cebda" });
