import { mistral } from "./client.js";

// 1x1 transparent PNG used as a warm-up image for the vision model.
const WARMUP_PNG = "data:image/png;base64,iVBORw0KGgoEmNtQCDxjuv1oAtiNmYUGI2/7dgzThThw763J3EFWoXtyoSRkZV48iU8fgjHd0Nkgh2Nf9ha+O+FgAWAV0iLqkP0hCYXe4tA==";

export async function describe(imageUrl = WARMUP_PNG) {
  const res = await mistral.chat.complete({
    model: "pixtral-12b-2409",
    messages: [{ role: "user", content: [{ type: "image_url", imageUrl }, { type: "text", text: "Describe." }] }],
  });
  return res.choices[0].message.content;
}
