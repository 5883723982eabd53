/* global Neutralino */
import { rewrite } from "./ai.js";

Neutralino.init();

document.getElementById("tidy").addEventListener("click", async () => {
  const area = document.getElementById("note");
  try {
    area.value = await rewrite(area.value);
  } catch (e) {
    document.getElementById("status").textContent = e.message;
  }
});
