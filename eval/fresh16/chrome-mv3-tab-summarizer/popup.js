const out = document.getElementById("out");

document.getElementById("go").addEventListener("click", async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const [{ result }] = await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => document.body.innerText,
  });
  const reply = await chrome.runtime.sendMessage({ type: "summarize", text: result });
  out.textContent = reply.summary ?? `Error: ${reply.error}`;
});
