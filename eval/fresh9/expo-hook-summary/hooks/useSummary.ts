import { useState } from "react";
import { summarize } from "../lib/summarize";

export function useSummary() {
  const [summary, setSummary] = useState("");
  const run = async (t: string) => setSummary(await summarize(t));
  return { summary, run };
}
