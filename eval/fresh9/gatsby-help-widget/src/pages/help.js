import React, { useState } from "react"
import { ask } from "../utils/ask"

export default function Help() {
  const [answer, setAnswer] = useState("")
  return (
    <main>
      <input onKeyDown={async (e) => e.key === "Enter" && setAnswer(await ask(e.target.value))} />
      <p>{answer}</p>
    </main>
  )
}
