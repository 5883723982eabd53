import { useState } from "react";
import { supabase } from "../lib/supabase";

export function AskBox() {
  const [answer, setAnswer] = useState("");
  async function send(q: string) {
    const { data, error } = await supabase.functions.invoke("ask", {
      body: { messages: [{ role: "user", content: q }] },
    });
    setAnswer(error ? "Something went wrong" : data.reply);
  }
  return <form onSubmit={(e) => { e.preventDefault(); send(new FormData(e.currentTarget).get("q") as string); }}>
    <input name="q" /><p>{answer}</p>
  </form>;
}
