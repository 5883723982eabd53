import { json } from "@sveltejs/kit";

export const GET = () => json({ ok: true, id: "71d19995-8d8e-46f8-948e-0a42c6bb03ae" });
