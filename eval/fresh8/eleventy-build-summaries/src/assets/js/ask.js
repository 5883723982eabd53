document.querySelector("#ask-form")?.addEventListener("submit", async (e) => {
  e.preventDefault();
  const res = await fetch("/.netlify/functions/ask", { method: "POST", body: JSON.stringify({ question: e.target.q.value }) });
  document.querySelector("#answer").textContent = res.ok ? (await res.json()).answer : "Try again later";
});
