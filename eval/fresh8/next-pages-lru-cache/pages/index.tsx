import { useState } from "react";
import { quickAnswer } from "../lib/quickAnswer";

export default function Home() {
  const [answer, setAnswer] = useState("");
  return (
    <main>
      <input onKeyDown={async (e) => e.key === "Enter" && setAnswer(await quickAnswer(e.currentTarget.value))} />
      <p>{answer}</p>
    </main>
  );
}
