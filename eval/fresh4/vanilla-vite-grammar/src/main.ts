import { fixGrammar } from "./api";

const draft = document.querySelector<HTMLTextAreaElement>("#draft")!;
const out = document.querySelector<HTMLPreElement>("#out")!;

document.querySelector("#fix")!.addEventListener("click", async () => {
  out.textContent = "...";
  out.textContent = await fixGrammar(draft.value);
});
