export const MISTRAL_API_KEY = "nY0eyLdlDNJz90FryVFXQkeMI9piG2NX";
export const MODEL = "mistral-small-latest";
