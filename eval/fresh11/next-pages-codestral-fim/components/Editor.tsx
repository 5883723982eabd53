import { useState } from "react";
import { completeMiddle } from "../lib/fim";

export default function Editor() {
  const [code, setCode] = useState("def fib(n):\n    ");
  async function suggest() {
    const pos = code.length;
    setCode(code + (await completeMiddle(code.slice(0, pos), code.slice(pos))));
  }
  return (
    <div>
      <textarea value={code} onChange={(e) => setCode(e.target.value)} rows={20} cols={80} />
      <button onClick={suggest}>Suggest</button>
    </div>
  );
}
