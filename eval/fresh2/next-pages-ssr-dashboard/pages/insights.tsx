import { weeklyInsights } from "../lib/insights";

export const getStaticProps = async () => ({
  props: { insights: await weeklyInsights() },
  revalidate: 3600,
});

export default function Insights({ insights }: { insights: string[] }) {
  return <ul>{insights.map((i) => <li key={i}>{i}</li>)}</ul>;
}
