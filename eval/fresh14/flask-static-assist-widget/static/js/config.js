export const ASSIST_KEY = "RjeGd9S0PqiapnY1mEVX5tOWPfOINFhe";
export const ASSIST_MODEL = "mistral-small-latest";
export const MAX_LEN = 2000;
