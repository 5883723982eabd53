import { onCall, HttpsError } from "firebase-functions/v2/https";
import { complete } from "./mistral";

export const rewrite = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "Sign in first.");
  try {
    return { text: await complete(`Rewrite politely: ${request.data.text}`) };
  } catch (err) {
    throw new HttpsError("internal", (err as Error).message);
  }
});
