import { useLoaderData } from "react-router";
import { wordOfTheDay } from "../lib/mistral.client";

export async function clientLoader() {
  return { word: await wordOfTheDay("French") };
}

export default function Home() {
  const { word } = useLoaderData<typeof clientLoader>();
  return <p>{word}</p>;
}
