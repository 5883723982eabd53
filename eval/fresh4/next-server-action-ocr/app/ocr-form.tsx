"use client";

import { useActionState } from "react";
import { runOcr } from "./actions";

export function OcrForm() {
  const [state, action, pending] = useActionState(runOcr, {});
  return (
    <form action={action}>
      <input name="url" placeholder="https://example.com/file.pdf" />
      <button disabled={pending}>Extract</button>
      {state.error && <p role="alert">{state.error}</p>}
      <pre>{state.markdown}</pre>
    </form>
  );
}
