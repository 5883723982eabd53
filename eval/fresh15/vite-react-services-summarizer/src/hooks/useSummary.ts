import { useMutation } from "@tanstack/react-query";
import { mistral } from "@/services/mistralClient";

export function useSummary() {
  return useMutation({
    mutationFn: async (text: string) => {
      const res = await mistral.chat.complete({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: `Summarize:\n${text}` }],
      });
      return String(res.choices?.[0]?.message?.content ?? "");
    },
  });
}
