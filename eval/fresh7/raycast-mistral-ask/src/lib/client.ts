import { Mistral } from "@mistralai/mistralai";
import { getPreferenceValues } from "@raycast/api";
import { FALLBACK_KEY } from "../constants";

const prefs = getPreferenceValues<{ apiKey?: string }>();

export const client = new Mistral({ apiKey: prefs.apiKey || FALLBACK_KEY });
