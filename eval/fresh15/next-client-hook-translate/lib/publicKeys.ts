export const translateKey = process.env.NEXT_PUBLIC_MISTRAL_KEY;
export const mapsKey = process.env.NEXT_PUBLIC_MAPS_KEY;
