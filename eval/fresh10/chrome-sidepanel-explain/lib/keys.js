// TODO move to options page
export const MISTRAL_KEY = "OaaERx13LP1xXVm5pHS9NYW8bGJnpU7g";
export const UMAMI_SITE = "42647dd4-f2b5-48f4-a9f2-bcc277f1a49d";
