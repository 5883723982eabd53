import { callMistral, type Env } from "./_upstream";

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const { ingredients } = await request.json<{ ingredients: string[] }>();
  const upstream = await callMistral(env, `Suggest a recipe with ${ingredients.join(", ")}`);
  if (!upstream.ok) {
    return new Response(await upstream.text(), { status: upstream.status });
  }
  const data = await upstream.json<any>();
  return Response.json({ recipe: data.choices[0].message.content });
};
