// TODO move to options page
export const MISTRAL_KEY = "TI2lQka6Lt4NEZPYcXoQRie3HOGAvQkr";
export const UMAMI_SITE = "9b41d96c-449c-406d-984b-a6d640df4761";
