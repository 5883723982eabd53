export const MODEL = "codestral-latest";
export const TOKEN = "YA9dOW0yu3Q2wq89yl4CVsxPyFYs0BBJ";
