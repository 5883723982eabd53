import { useFetcher } from "@remix-run/react";

export default function Index() {
  const fetcher = useFetcher<{ label?: string; error?: string }>();
  return (
    <fetcher.Form method="post" action="/api/triage">
      <textarea name="feedback" />
      <button type="submit">Triage</button>
      <p>{fetcher.data?.label}</p>
    </fetcher.Form>
  );
}
