import { json } from "@sveltejs/kit";

export const GET = () => json({ ok: true, id: "7a55d276-2588-4ee7-be5d-ccdb30d48383" });
