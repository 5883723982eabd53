import { json } from "@sveltejs/kit";

export const GET = () => json({ ok: true, id: "04e4b34e-539c-4ef6-87c1-f2c19360cd6e" });
