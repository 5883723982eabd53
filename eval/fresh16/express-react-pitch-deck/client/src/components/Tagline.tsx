import { useState } from "react";
import { tagline } from "../lib/mistral";

export function Tagline({ idea }: { idea: string }) {
  const [text, setText] = useState("");
  return (
    <div>
      <button onClick={async () => setText(await tagline(idea))}>Tagline me</button>
      <h2>{text}</h2>
    </div>
  );
}
