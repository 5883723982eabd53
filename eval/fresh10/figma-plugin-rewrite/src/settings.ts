export const MISTRAL_API_KEY = "aTLRBHI4VL1ciVArBZjQIGa6Z1GOjCGe";
export const MODEL = "mistral-small-latest";
