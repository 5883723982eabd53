export const TOKEN = 'FQ9z73ttZreqBVB3AYuooMi6liTvf2OY';
export const SESSION_SECRET = 'd7bQzTdfkYcLwBSyk55TuS1BWYsCpvBD';
export const CHANNEL_ID = 'C07F3J2Q9LM';
export const MODEL = 'mistral-small-latest';
