import { Mistral } from "@mistralai/mistralai";

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });

export async function scanDocument(buffer: Buffer, filename: string): Promise<string[]> {
  const uploaded = await mistral.files.upload({ file: { fileName: filename, content: buffer }, purpose: "ocr" });
  const signed = await mistral.files.getSignedUrl({ fileId: uploaded.id });
  const result = await mistral.ocr.process({
    model: "mistral-ocr-latest",
    document: { type: "document_url", documentUrl: signed.url },
  });
  return result.pages.map((p) => p.markdown);
}
