import { useState } from "react";
import { rewriteSelection } from "@/utils/mistral";

export default function App() {
  const [text, setText] = useState("");
  const [out, setOut] = useState("");
  return (
    <div className="popup">
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={async () => setOut(await rewriteSelection(text))}>Rewrite</button>
      <pre>{out}</pre>
    </div>
  );
}
