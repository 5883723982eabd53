import { useState } from "react";
import { AssistantProvider, useAssistant } from "./context/AssistantProvider";

function Ask() {
  const { ask, busy } = useAssistant();
  const [answer, setAnswer] = useState("");
  return (
    <button disabled={busy} onClick={async () => setAnswer(await ask("Hi!"))}>
      Ask {answer}
    </button>
  );
}

export default function App() {
  return (
    <AssistantProvider>
      <Ask />
    </AssistantProvider>
  );
}
