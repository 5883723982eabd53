import { json, type ActionFunctionArgs } from "@remix-run/node";
import { triage } from "~/models/triage.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  try {
    const label = await triage(String(form.get("feedback")));
    return json({ label });
  } catch (error) {
    return json({ error: (error as Error).message }, { status: 500 });
  }
}
