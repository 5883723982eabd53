const worker = new Worker(new URL("./workers/summarize.worker.ts", import.meta.url), { type: "module" });
const out = document.querySelector<HTMLPreElement>("#out")!;

worker.onmessage = (event) => (out.textContent = event.data);
document.querySelector("#go")!.addEventListener("click", () => {
  worker.postMessage(document.querySelector<HTMLTextAreaElement>("#text")!.value);
});
