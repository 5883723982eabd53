export const MISTRAL_KEY = "wvW1k6mqKQtNwzbekzz2C7qtiN0tubnu";
export const TARGET_LANGS = ["fr", "de", "es"];
