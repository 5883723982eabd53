import { useState } from "react";
import ModelPicker from "./components/ModelPicker";
import { useChat } from "./hooks/useChat";

export default function App() {
  const [userKey, setUserKey] = useState(localStorage.getItem("mistralKey") ?? "");
  const { messages, send } = useChat();
  return (
    <div>
      <input type="password" value={userKey} onChange={(e) => setUserKey(e.target.value)} />
      <ModelPicker userKey={userKey} />
      {messages.map((m, i) => <p key={i}>{m.content}</p>)}
      <button onClick={() => send("hello")}>Say hello</button>
    </div>
  );
}
