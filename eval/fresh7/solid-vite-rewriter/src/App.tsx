import { createSignal } from "solid-js";
import { mistral } from "./lib/mistral";
import { trimReply } from "./lib/format";

export default function App() {
  const [text, setText] = createSignal("");
  const [out, setOut] = createSignal("");
  const rewrite = async () => {
    const r = await mistral.chat.complete({ model: "mistral-small-latest", messages: [{ role: "user", content: `Rewrite: ${text()}` }] });
    setOut(trimReply(String(r.choices?.[0]?.message?.content ?? "")));
  };
  return (
    <main>
      <textarea onInput={(e) => setText(e.currentTarget.value)} />
      <button onClick={rewrite}>Rewrite</button>
      <pre>{out()}</pre>
    </main>
  );
}
