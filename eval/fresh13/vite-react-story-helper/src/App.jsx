import { useState } from "react";
import { continueStory } from "./services/mistral";

export default function App() {
  const [story, setStory] = useState("Once upon a time");
  return (
    <main>
      <textarea value={story} onChange={(e) => setStory(e.target.value)} />
      <button onClick={async () => setStory(story + (await continueStory(story)))}>Continue</button>
    </main>
  );
}
