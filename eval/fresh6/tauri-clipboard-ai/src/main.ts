import { readText } from "@tauri-apps/plugin-clipboard-manager";
import { explainClipboard } from "./lib/mistral";

document.querySelector<HTMLButtonElement>("#explain")!.addEventListener("click", async () => {
  const text = (await readText()) ?? "";
  document.querySelector("#out")!.textContent = await explainClipboard(text);
});
document.title = import.meta.env.VITE_APP_TITLE;
