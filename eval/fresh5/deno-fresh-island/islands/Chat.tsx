import { useSignal } from "@preact/signals";

export default function Chat() {
  const prompt = useSignal("");
  const answer = useSignal("");
  async function send() {
    const res = await fetch("/api/chat", { method: "POST", body: JSON.stringify({ prompt: prompt.value }) });
    answer.value = (await res.json()).text ?? "error";
  }
  return (
    <div>
      <input value={prompt.value} onInput={(e) => (prompt.value = e.currentTarget.value)} />
      <button onClick={send}>Send</button>
      <p>{answer.value}</p>
    </div>
  );
}
