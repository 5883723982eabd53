export const MODEL = "open-mistral-nemo";
export const MODEL_KEY = "XgiNBE8bp3FyBb99GgQslLeQRIPn3BqL";
