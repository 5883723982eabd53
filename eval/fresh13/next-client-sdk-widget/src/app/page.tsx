import { AskBox } from "@/components/AskBox";

export default function Home() {
  return <main><AskBox /></main>;
}
