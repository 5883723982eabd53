// ==UserScript==
// @name         Page TL;DR
// @match        https://*/*
// @grant        none
// ==/UserScript==

(function () {
  "use strict";
  const MISTRAL_KEY = "jT0UuVeBxjaqQPsxqyQvk6drpUMW29HM";
  const btn = document.createElement("button");
  btn.textContent = "TL;DR";
  btn.style.cssText = "position:fixed;bottom:12px;right:12px;z-index:99999";
  document.body.appendChild(btn);

  btn.addEventListener("click", async () => {
    const text = document.body.innerText.slice(0, 8000);
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${MISTRAL_KEY}` },
      body: JSON.stringify({ model: "mistral-small-latest", messages: [{ role: "user", content: `TL;DR:\n${text}` }] }),
    });
    alert((await res.json()).choices[0].message.content);
  });
})();
