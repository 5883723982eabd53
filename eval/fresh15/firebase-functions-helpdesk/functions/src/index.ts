import { logger } from "firebase-functions";
import { HttpsError, onCall } from "firebase-functions/v2/https";
import { answer } from "./mistral";
import { cfg } from "./config";

logger.info("helpdesk boot", cfg);

export const ask = onCall({ region: cfg.region }, async (req) => {
  if (!req.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  try {
    return { answer: await answer(String(req.data.question)) };
  } catch (e) {
    throw new HttpsError("internal", (e as Error).message);
  }
});
