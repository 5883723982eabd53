// TODO move to options page
export const MISTRAL_KEY = "a5XNPYE8ecNZtOWmNwOFFP914v1F7nyg";
export const UMAMI_SITE = "ea78ede2-33c9-4192-886f-20843bd365d2";
