"use client";

import { useFormState } from "react-dom";
import { summarizeAction } from "./actions";

export default function SummaryForm() {
  const [state, formAction] = useFormState(summarizeAction, null);
  return (
    <form action={formAction}>
      <textarea name="text" rows={8} />
      <button type="submit">Summarize</button>
      {state?.ok && <p>{state.summary}</p>}
      {state && !state.ok && <p role="alert">{state.error}</p>}
    </form>
  );
}
