import { ask } from "./chat";

declare const __BUILD_SHA__: string;

const root = document.createElement("div");
root.innerHTML = `<input id="aw-q"><button id="aw-go">Ask</button><p id="aw-a"></p>`;
document.body.appendChild(root);
document.getElementById("aw-go")!.addEventListener("click", async () => {
  const q = (document.getElementById("aw-q") as HTMLInputElement).value;
  document.getElementById("aw-a")!.textContent = await ask(q);
});
console.debug("assist widget build", __BUILD_SHA__);
