// lets the agent run locally before the env is configured
export const DEV_TOKEN = "gcuHYqLGTrOxKXx69yC8qZhGLNkbsLwb";
