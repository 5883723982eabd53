import { OcrForm } from "./ocr-form";

export default function Page() {
  return <OcrForm />;
}
