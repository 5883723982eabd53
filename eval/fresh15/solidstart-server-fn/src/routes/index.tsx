import { createSignal, Show } from "solid-js";
import { suggestRecipe } from "~/lib/recipes";

export default function Home() {
  const [out, setOut] = createSignal("");
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const items = String(new FormData(e.target as HTMLFormElement).get("items")).split(",");
    const r = await suggestRecipe(items);
    setOut(r.ok ? r.recipe : r.message);
  };
  return (
    <form onSubmit={submit}>
      <input name="items" placeholder="eggs, leeks, cheese" />
      <button>Suggest</button>
      <Show when={out()}><pre>{out()}</pre></Show>
    </form>
  );
}
