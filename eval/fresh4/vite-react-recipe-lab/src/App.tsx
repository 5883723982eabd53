import { useState } from "react";
import { suggestRecipe } from "./lib/mistral";

export default function App() {
  const [items, setItems] = useState("");
  const [recipe, setRecipe] = useState("");
  const [error, setError] = useState("");

  async function go() {
    try {
      setRecipe(await suggestRecipe(items.split(",")));
    } catch (e) {
      setError(String(e));
    }
  }

  return (
    <section>
      <input value={items} onChange={(e) => setItems(e.target.value)} />
      <button onClick={go}>Cook</button>
      {error && <p className="error">{error}</p>}
      <article>{recipe}</article>
    </section>
  );
}
