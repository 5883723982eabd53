import { Form, useActionData } from "@remix-run/react";
import { TipButton } from "~/components/TipButton";

export default function Index() {
  const data = useActionData<{ recipe?: string; error?: string }>();
  return (
    <main>
      <Form method="post" action="/api/recipe">
        <input name="ingredients" placeholder="eggs, leeks, feta" />
        <button type="submit">Suggest</button>
      </Form>
      {data?.recipe && <article>{data.recipe}</article>}
      {data?.error && <p role="alert">{data.error}</p>}
      <TipButton dish="shakshuka" />
    </main>
  );
}
