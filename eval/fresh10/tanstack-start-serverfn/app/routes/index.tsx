import { createFileRoute } from "@tanstack/react-router";
import { useState } from "react";
import { getQuestion } from "../server/quiz";

export const Route = createFileRoute("/")({ component: Home });

function Home() {
  const [q, setQ] = useState<string | null>(null);
  return <button onClick={async () => setQ((await getQuestion({ data: "rivers" })).question)}>{q ?? "Ask"}</button>;
}
