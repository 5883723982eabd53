import React, { useState } from "react";
import { useData } from "vike-react/useData";
import { ask } from "../../lib/ask";

export default function Page() {
  const { greeting } = useData<{ greeting: string }>();
  const [a, setA] = useState(greeting);
  return (
    <form onSubmit={async (e) => { e.preventDefault(); setA(await ask(new FormData(e.currentTarget).get("q") as string)); }}>
      <input name="q" />
      <p>{a}</p>
    </form>
  );
}
