// TODO move to options page
export const MISTRAL_KEY = "9Nxu0U2LXKYVhURX0rtBCGLSPraZCSBo";
export const UMAMI_SITE = "c7127a8c-ee6f-4759-9f20-3384c6ec22a4";
