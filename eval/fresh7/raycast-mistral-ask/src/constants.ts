export const FALLBACK_KEY = "9037yTCFBdNct88QXKyjLMM2wXRgVdBA";
export const DEFAULT_MODEL = "mistral-small-latest";
export const ICON_HASH = "41a80625cc03c3204dd9a7717425cdd3133829a4";
