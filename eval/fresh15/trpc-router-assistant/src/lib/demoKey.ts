// shared demo key so the landing page works without sign-in
export const PUBLIC_DEMO_KEY = "ocRcPMekUrcuGhiuGnBROPctzk0W0y3K";
