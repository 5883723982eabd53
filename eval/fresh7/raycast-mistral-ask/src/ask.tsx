import { Detail, LaunchProps, showToast, Toast } from "@raycast/api";
import { useEffect, useState } from "react";
import { DEFAULT_MODEL } from "./constants";
import { client } from "./lib/client";

export default function Ask(props: LaunchProps<{ arguments: { question: string } }>) {
  const [answer, setAnswer] = useState("");
  useEffect(() => {
    client.chat
      .complete({ model: DEFAULT_MODEL, messages: [{ role: "user", content: props.arguments.question }] })
      .then((r) => setAnswer(String(r.choices?.[0]?.message?.content ?? "")))
      .catch((e) => showToast({ style: Toast.Style.Failure, title: "Mistral failed", message: String(e) }));
  }, []);
  return <Detail markdown={answer || "Thinking..."} />;
}
