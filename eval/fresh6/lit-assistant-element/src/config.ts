export const KEY = import.meta.env.VITE_ASSIST_KEY;
export const WIDGET_ID = import.meta.env.VITE_WIDGET_ID ?? "6ede6830-d9fd-4ccb-a908-c3264b14b121";
