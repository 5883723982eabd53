// Lets a visitor paste their own Mistral key and checks it before the chat starts.
window.addEventListener("load", () => {
  const saved = localStorage.getItem("mistral_key");
  const box = document.createElement("input");
  box.placeholder = "Your Mistral key";
  box.value = saved || "";
  document.body.prepend(box);
  box.addEventListener("change", async () => {
    const res = await fetch("https://api.mistral.ai/v1/models", {
      headers: { Authorization: `Bearer ${box.value}` },
    });
    box.style.borderColor = res.ok ? "green" : "red";
    if (res.ok) localStorage.setItem("mistral_key", box.value);
  });
});
