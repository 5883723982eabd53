import { json } from "@sveltejs/kit";

export const GET = () => json({ ok: true, id: "608e65a5-d1f7-4f77-885e-a74e5cbe24ca" });
