document.querySelector("form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const apiKey = document.querySelector("#key").value.trim();
  await browser.storage.local.set({ apiKey });
  document.querySelector("#saved").hidden = false;
});
