import { summarize } from "@/utils/mistral";

document.querySelector("#go")!.addEventListener("click", async () => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const [{ result }] = await browser.scripting.executeScript({ target: { tabId: tab.id! }, func: () => document.body.innerText });
  document.querySelector("#out")!.textContent = await summarize(String(result).slice(0, 20000));
});
