import { data, Form, useActionData } from "react-router";
import type { Route } from "./+types/summaries";
import { summarize } from "~/services/mistral.server";

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const url = String(form.get("url"));
  const page = await fetch(url).then((r) => r.text());
  try {
    return { summary: await summarize(url, page.slice(0, 20000)) };
  } catch (err) {
    return data({ error: (err as Error).message }, { status: 502 });
  }
}

export default function Summaries() {
  const result = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="url" type="url" required />
      <button>Summarize</button>
      {result && "summary" in result && <p>{result.summary}</p>}
    </Form>
  );
}
