import axios from "axios";
import FormData from "form-data";

export const voxtral = axios.create({
  baseURL: "https://api.mistral.ai/v1",
  headers: { Authorization: `Bearer ${process.env.MISTRAL_API_KEY}` },
});

export async function transcribe(buffer, filename) {
  const form = new FormData();
  form.append("file", buffer, filename);
  form.append("model", "voxtral-mini-latest");
  const { data } = await voxtral.post("/audio/transcriptions", form, { headers: form.getHeaders() });
  return data.text;
}
