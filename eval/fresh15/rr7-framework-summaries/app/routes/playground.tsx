import { Form, useActionData } from "react-router";
import type { Route } from "./+types/playground";
import { quickTitle } from "~/lib/direct.client";

export async function clientAction({ request }: Route.ClientActionArgs) {
  const form = await request.formData();
  return { title: await quickTitle(String(form.get("text"))) };
}

export default function Playground() {
  const res = useActionData<typeof clientAction>();
  return (
    <Form method="post">
      <textarea name="text" />
      <button>Title it</button>
      {res?.title && <h2>{res.title}</h2>}
    </Form>
  );
}
