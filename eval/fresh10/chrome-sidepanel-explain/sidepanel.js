import { explain } from "./lib/mistral.js";

document.getElementById("go").addEventListener("click", async () => {
  const text = document.getElementById("sel").value;
  document.getElementById("out").textContent = await explain(text);
});
