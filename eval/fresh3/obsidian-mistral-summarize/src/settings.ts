export interface SummarizeSettings {
  mistralApiKey: string;
  model: string;
  insertBelow: boolean;
}

export const DEFAULT_SETTINGS: SummarizeSettings = {
  mistralApiKey: "",
  model: "mistral-small-latest",
  insertBelow: true,
};
