// TODO move to options page
export const MISTRAL_KEY = "kVjVQgVdhVTyPwdER091SPNwgCtUnawZ";
export const UMAMI_SITE = "ce9e48e4-6114-408a-9b70-14c6a9c740fb";
