import { Assistant } from "@/components/Assistant";

export default function Docs() {
  return <main><h1>Docs v{process.env.NEXT_PUBLIC_DOCS_VERSION}</h1><Assistant /></main>;
}
