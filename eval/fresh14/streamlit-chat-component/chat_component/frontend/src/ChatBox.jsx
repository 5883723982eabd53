import React, { useState } from "react";
import { Streamlit, withStreamlitConnection } from "streamlit-component-lib";
import { ask } from "./services/llm";

function ChatBox({ args }) {
  const [text, setText] = useState("");
  const [answer, setAnswer] = useState("");
  async function submit() {
    const a = await ask(text);
    setAnswer(a);
    Streamlit.setComponentValue(a);
  }
  return (
    <div>
      <input value={text} placeholder={args.placeholder} onChange={(e) => setText(e.target.value)} />
      <button onClick={submit}>Send</button>
      <p>{answer}</p>
    </div>
  );
}

export default withStreamlitConnection(ChatBox);
