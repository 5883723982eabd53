import { translate } from "../lib/mistral.js";

document.getElementById("go").addEventListener("click", async () => {
  const src = document.getElementById("src").value;
  const lang = document.getElementById("lang").value;
  document.getElementById("out").textContent = await translate(src, lang);
});
