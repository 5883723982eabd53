import { generateText } from "ai";
import { models } from "~/lib/models";

export async function POST(req: Request) {
  const { imageUrl } = await req.json();
  try {
    const { text } = await generateText({
      model: models.vision,
      messages: [{ role: "user", content: [{ type: "image", image: new URL(imageUrl) }] }],
    });
    return Response.json({ text });
  } catch (error) {
    return Response.json({ error: String(error) }, { status: 500 });
  }
}
