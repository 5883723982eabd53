import { useState } from "react";
import { askRecipe } from "./api";
import { polishRecipe } from "./lib/polish";

export default function App() {
  const [items, setItems] = useState("");
  const [recipe, setRecipe] = useState("");
  const [error, setError] = useState(null);

  async function go() {
    setError(null);
    try {
      setRecipe(await askRecipe(items.split(",").map((s) => s.trim())));
    } catch (e) {
      setError(e.message);
    }
  }

  return (
    <main>
      <input value={items} onChange={(e) => setItems(e.target.value)} placeholder="eggs, spinach" />
      <button onClick={go}>Cook</button>
      <button onClick={async () => setRecipe(await polishRecipe(recipe))}>Polish</button>
      {error && <p className="error">{error}</p>}
      <pre>{recipe}</pre>
    </main>
  );
}
