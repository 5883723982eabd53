import { useMutation } from "@tanstack/react-query";
import { chat } from "../api/mistral";

export function useChat() {
  return useMutation({ mutationFn: (text: string) => chat([{ role: "user", content: text }]) });
}
