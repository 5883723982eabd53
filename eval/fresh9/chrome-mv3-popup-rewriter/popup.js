import { rewrite } from "./lib/mistral.js";

document.getElementById("go").addEventListener("click", async () => {
  const { apiKey } = await chrome.storage.sync.get("apiKey");
  const text = document.getElementById("src").value;
  document.getElementById("out").textContent = await rewrite(text, apiKey);
});
