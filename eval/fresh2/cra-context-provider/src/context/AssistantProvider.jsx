import { createContext, useContext, useState } from "react";
import { mistralClient } from "../services/mistralClient";

const AssistantContext = createContext(null);

export function AssistantProvider({ children }) {
  const [busy, setBusy] = useState(false);
  async function ask(question) {
    setBusy(true);
    try {
      const res = await mistralClient.chat.complete({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: question }],
      });
      return res.choices[0].message.content;
    } finally {
      setBusy(false);
    }
  }
  return <AssistantContext.Provider value={{ ask, busy }}>{children}</AssistantContext.Provider>;
}

export const useAssistant = () => useContext(AssistantContext);
