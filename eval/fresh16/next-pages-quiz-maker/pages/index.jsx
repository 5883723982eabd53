import { useState } from "react";
import { makeQuiz } from "../lib/quiz";

export default function Home() {
  const [topic, setTopic] = useState("");
  const [questions, setQuestions] = useState([]);

  return (
    <main>
      <input value={topic} onChange={(e) => setTopic(e.target.value)} />
      <button onClick={async () => setQuestions(await makeQuiz(topic))}>Make quiz</button>
      <ol>{questions.map((q, i) => <li key={i}>{q.question}</li>)}</ol>
    </main>
  );
}
