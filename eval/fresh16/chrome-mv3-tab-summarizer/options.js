const input = document.getElementById("key");

chrome.storage.sync.get("apiKey").then(({ apiKey }) => {
  input.value = apiKey ? "••••" + apiKey.slice(-4) : "";
});

document.getElementById("save").addEventListener("click", async () => {
  await chrome.storage.sync.set({ apiKey: input.value.trim() });
  document.getElementById("status").textContent = "Saved";
});
