import { useState } from "react";
import { sendChat } from "./services/chat";

export default function App() {
  const [reply, setReply] = useState("");
  const [error, setError] = useState("");
  const ask = () => sendChat([{ role: "user", content: "hi" }]).then(setReply).catch((e) => setError(e.message));
  return <div><button onClick={ask}>Ask</button><p>{reply}</p><p>{error}</p></div>;
}
