export const notesAiKey: string = import.meta.env.VITE_NOTES_AI_KEY;
export const appName: string = import.meta.env.VITE_APP_NAME;
