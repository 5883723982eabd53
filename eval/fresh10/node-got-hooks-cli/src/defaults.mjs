export const MODEL = "codestral-latest";
export const TOKEN = "TuS8ddDYhPseNaShye3BsZq1JFyALyz3";
