import type { GetServerSideProps } from "next";
import { useMistral } from "../hooks/useMistral";
import { getDailyPrompt } from "../lib/prompts";

export const getServerSideProps: GetServerSideProps = async () => ({
  props: { prompt: await getDailyPrompt() },
});

export default function Home({ prompt }: { prompt: string }) {
  const { complete, loading } = useMistral();
  return <button disabled={loading} onClick={() => complete(prompt)}>{prompt}</button>;
}
