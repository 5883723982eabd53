document.querySelector("#go").addEventListener("click", async () => {
  const ingredients = document.querySelector("#items").value.split(",");
  const res = await fetch("/api/recipe", { method: "POST", body: JSON.stringify({ ingredients }) });
  document.querySelector("#out").textContent = res.ok ? (await res.json()).recipe : "Try again later";
});
