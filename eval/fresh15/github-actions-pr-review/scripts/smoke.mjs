import { authHeader, MISTRAL_URL } from "./request.mjs";

console.log(`reproduce with: curl ${MISTRAL_URL} -H "${authHeader()}" -H "Content-Type: application/json" -d @body.json`);
const res = await fetch(MISTRAL_URL, {
  method: "POST",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}`, "Content-Type": "application/json" },
  body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: "ping" }] }),
});
console.log("smoke status", res.status);
