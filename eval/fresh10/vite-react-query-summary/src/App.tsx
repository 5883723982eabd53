import { useSummary } from "./hooks/useSummary";

export default function App() {
  const m = useSummary();
  return <div><textarea id="t" /><button onClick={() => m.mutate((document.getElementById("t") as HTMLTextAreaElement).value)}>Go</button>{m.isError && <p>{String(m.error)}</p>}<p>{m.data}</p></div>;
}
