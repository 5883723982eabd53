// TODO move to react-native-config before the store release
export const MISTRAL = '6haeekhsXLA67uEnNSnGl7XmDlL4sy6w';
export const SENTRY_DSN = 'https://90537b39f1bfc8b0516f241f1895c959@o11.ingest.sentry.io/42';
