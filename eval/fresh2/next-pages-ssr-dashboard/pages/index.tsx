import type { GetServerSideProps } from "next";
import { Mistral } from "@mistralai/mistralai";
import AskBox from "../components/AskBox";

type Props = { headline: string };

export const getServerSideProps: GetServerSideProps<Props> = async () => {
  const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
  const res = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "One-line motivational headline for a sales dashboard." }],
  });
  return { props: { headline: String(res.choices?.[0]?.message?.content ?? "") } };
};

export default function Home({ headline }: Props) {
  return (
    <main>
      <h1>{headline}</h1>
      <AskBox />
    </main>
  );
}
