import { track } from "./analytics.js";

const form = document.querySelector("#copy-form");
const out = document.querySelector("#out");

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const body = Object.fromEntries(new FormData(form));
  track("generate", { product: body.product });
  const r = await fetch("/.netlify/functions/copy", { method: "POST", body: JSON.stringify(body) });
  const data = await r.json();
  out.textContent = data.copy ?? data.error;
});
