export const SITE_NAME = "Quotes";
export const MODEL_KEY = "9azLdwGIViicsqiU6yORE8Sh6uTDj1JL";
