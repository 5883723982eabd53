document.getElementById("go").addEventListener("click", async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const [{ result: text }] = await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => document.body.innerText.slice(0, 8000),
  });
  const res = await chrome.runtime.sendMessage({ type: "summarize", text });
  document.getElementById("out").textContent = res.ok ? res.summary : res.error;
});
