export async function askRecipe(ingredients) {
  const res = await fetch("/api/recipe", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ingredients }),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.detail || "request failed");
  return data.recipe;
}
