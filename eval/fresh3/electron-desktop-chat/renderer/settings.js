const status = document.querySelector("#key-status");

async function testKey() {
  const key = await window.assistant.getKey();
  const res = await fetch("https://api.mistral.ai/v1/models", { headers: { Authorization: `Bearer ${key}` } });
  status.textContent = res.ok ? "Key works" : "Key rejected";
}

document.querySelector("#test-key").addEventListener("click", testKey);
