import React, { useState } from "react";
import { askRecipe } from "../api/mistral";

export default function RecipeForm() {
  const [items, setItems] = useState("");
  const [recipe, setRecipe] = useState("");
  return (
    <form onSubmit={async (e) => { e.preventDefault(); setRecipe(await askRecipe(items)); }}>
      <input value={items} onChange={(e) => setItems(e.target.value)} />
      <pre>{recipe}</pre>
    </form>
  );
}
