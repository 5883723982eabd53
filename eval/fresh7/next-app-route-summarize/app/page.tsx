import Summarizer from "@/components/Summarizer";

export default function Page() {
  return <Summarizer />;
}
