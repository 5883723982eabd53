"use client";

import { useActionState } from "react";
import { rewriteAction, type RewriteState } from "./actions";

export function RewriteForm() {
  const [state, action, pending] = useActionState<RewriteState, FormData>(rewriteAction, {});
  return (
    <form action={action}>
      <textarea name="text" rows={8} />
      <select name="tone">
        <option value="formal">Formal</option>
        <option value="casual">Casual</option>
      </select>
      <button disabled={pending}>Rewrite</button>
      {state.error && <p className="error">{state.error}</p>}
      {state.output && <pre>{state.output}</pre>}
    </form>
  );
}
