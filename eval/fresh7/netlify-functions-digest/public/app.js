document.querySelector("#go").addEventListener("click", async () => {
  const items = document.querySelector("#items").value.split("\n");
  const r = await fetch("/.netlify/functions/digest", { method: "POST", body: JSON.stringify({ items }) });
  document.querySelector("#out").textContent = (await r.json()).digest ?? "Try again later";
});
