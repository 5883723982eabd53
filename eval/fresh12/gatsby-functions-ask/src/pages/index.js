import * as React from "react"

export default function IndexPage() {
  const [a, setA] = React.useState("")
  async function onSubmit(e) {
    e.preventDefault()
    const r = await fetch("/api/ask", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: e.target.q.value }) })
    setA(r.ok ? (await r.json()).answer : await r.text())
  }
  return (<form onSubmit={onSubmit}><input name="q" /><p>{a}</p></form>)
}
