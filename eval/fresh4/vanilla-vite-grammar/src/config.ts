export const MISTRAL_API_KEY = "MTTD94dmzmcaDGMnPyH6PupSrJUWzwga";
export const MODEL = "mistral-small-latest";
