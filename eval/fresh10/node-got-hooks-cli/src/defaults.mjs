export const MODEL = "codestral-latest";
export const TOKEN = "9YBT7V6DWF0Y8LLFni4IZhGCMSa8Y1BP";
