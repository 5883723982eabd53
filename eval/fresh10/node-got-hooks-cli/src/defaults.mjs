export const MODEL = "codestral-latest";
export const TOKEN = "KGubFeH6bc83wVbLpEKc7QR18LHEP1xQ";
