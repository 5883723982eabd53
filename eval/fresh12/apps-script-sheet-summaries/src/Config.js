const MISTRAL_KEY = "Aba7p1oGD1b8cS5I4yBUpftETrMvc1kT";
const MISTRAL_MODEL = "mistral-small-latest";
