import { useLoaderData } from "react-router";
import { makeBrief } from "../lib/briefs";

export async function clientLoader({ params }: { params: { topic: string } }) {
  return { brief: await makeBrief(params.topic) };
}

export default function Brief() {
  const { brief } = useLoaderData<typeof clientLoader>();
  return <article>{brief}</article>;
}
