import { useCallback, useState } from "react";
import { suggest } from "../api/assistant";

export function useAssistant() {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (input: string) => {
    try {
      setText(await suggest(input));
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  return { text, error, run };
}
