import { createSignal } from "solid-js";
import { tidyNote } from "~/lib/ai";
import { saveNote } from "~/lib/storage";

export default function Home() {
  const [text, setText] = createSignal("");
  const [msg, setMsg] = createSignal("");
  const tidy = async () => {
    const out = await tidyNote(text());
    if (out.text) setText(out.text);
    else setMsg(out.error ?? "");
  };
  return (
    <main>
      <textarea value={text()} onInput={(e) => setText(e.currentTarget.value)} />
      <button onClick={tidy}>Tidy</button>
      <button onClick={() => saveNote(crypto.randomUUID(), text())}>Save</button>
      <p>{msg()}</p>
    </main>
  );
}
