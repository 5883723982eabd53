/* global browser */
document.getElementById("save").addEventListener("click", async () => {
  await browser.storage.local.set({ apiKey: document.getElementById("key").value });
});
