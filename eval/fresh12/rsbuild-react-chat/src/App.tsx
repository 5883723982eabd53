import { useState } from "react";
import { chat } from "./api/mistral";

export default function App() {
  const [out, setOut] = useState("");
  return (
    <main>
      <h1>{import.meta.env.PUBLIC_APP_NAME}</h1>
      <input onKeyDown={async (e) => { if (e.key === "Enter") setOut(await chat(e.currentTarget.value)); }} />
      <p>{out}</p>
    </main>
  );
}
