export const API_BASE = import.meta.env.VITE_API_BASE ?? "/api";
export const OCR_ENDPOINT = "https://api.mistral.ai/v1/ocr";
