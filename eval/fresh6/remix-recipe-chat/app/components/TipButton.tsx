import { useState } from "react";
import { quickTip } from "~/lib/quick-tip.client";

export function TipButton({ dish }: { dish: string }) {
  const [tip, setTip] = useState<string | null>(null);
  const onClick = async () => {
    const key = window.localStorage.getItem("mistral-key") ?? "";
    setTip(await quickTip(dish, key));
  };
  return (
    <div>
      <button onClick={onClick}>Chef's tip</button>
      {tip && <p>{tip}</p>}
    </div>
  );
}
