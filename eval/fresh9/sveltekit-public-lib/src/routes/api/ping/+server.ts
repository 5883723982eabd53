import { json } from "@sveltejs/kit";

export const GET = () => json({ ok: true, id: "3e5a9336-c1b7-47c8-95cf-2596c277be4a" });
