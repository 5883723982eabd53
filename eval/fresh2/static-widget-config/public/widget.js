(function () {
  const cfg = window.WIDGET_CONFIG;
  const box = document.createElement("div");
  box.className = "ask-widget";
  document.body.appendChild(box);

  async function ask(question) {
    const res = await fetch("https://api.mistral.ai/v1/chat/completions", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + cfg.mistralKey },
      body: JSON.stringify({ model: cfg.model, messages: [{ role: "user", content: question }] }),
    });
    const data = await res.json();
    return data.choices[0].message.content;
  }

  box.addEventListener("submit", async (e) => {
    e.preventDefault();
    box.querySelector("output").textContent = await ask(box.querySelector("input").value);
  });
})();
