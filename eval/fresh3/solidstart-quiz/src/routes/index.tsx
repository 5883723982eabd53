import { createSignal } from "solid-js";
import { generateQuiz } from "~/lib/generate";
import { hint } from "~/lib/hint";

export default function Home() {
  const [quiz, setQuiz] = createSignal("");
  const [tip, setTip] = createSignal("");
  return (
    <main>
      <h1>{import.meta.env.VITE_QUIZ_TITLE}</h1>
      <button onClick={async () => setQuiz(await generateQuiz("volcanoes"))}>New quiz</button>
      <button onClick={async () => setTip(await hint(quiz()))}>Hint</button>
      <pre>{quiz()}</pre><p>{tip()}</p>
    </main>
  );
}
