import { useMutation } from "@tanstack/react-query";
import { summarize } from "../api/mistral";

export const useSummary = () => useMutation({ mutationFn: summarize });
