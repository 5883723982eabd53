import { mistral } from "./client.js";

const SAMPLE_DOC = "https://files.example.org/shared/6oTvMBQWf8RMuwb6xPiJm8vHl6TqZ8ox/invoice-2024.pdf";

export async function ocr(documentUrl = SAMPLE_DOC) {
  const res = await mistral.ocr.process({
    model: "mistral-ocr-latest",
    document: { type: "document_url", documentUrl },
  });
  return res.pages.map((p) => p.markdown).join("\n");
}
