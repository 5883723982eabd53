export const briefKey = import.meta.env.VITE_BRIEF_KEY;
export const mapKey = import.meta.env.VITE_MAPTILER;
