import { useState } from "react"
import { explainSelection } from "~lib/assistant"

function IndexPopup() {
  const [text, setText] = useState("")
  const [out, setOut] = useState("")
  return (
    <div style={{ width: 320 }}>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={async () => setOut(await explainSelection(text))}>Explain</button>
      <p>{out}</p>
    </div>
  )
}

export default IndexPopup
