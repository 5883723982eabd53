const input = document.getElementById("key");
chrome.storage.sync.get("apiKey").then(({ apiKey }) => {
  input.value = apiKey ? "••••••••" : "";
});
document.getElementById("save").addEventListener("click", () => {
  chrome.storage.sync.set({ apiKey: input.value.trim() });
});
