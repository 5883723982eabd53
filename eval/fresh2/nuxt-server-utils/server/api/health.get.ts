import { db } from "../utils/db";

export default defineEventHandler(async () => {
  try {
    await db.ping();
    return { ok: true };
  } catch (err: any) {
    return { ok: false, reason: err.message };
  }
});
