// TODO move to react-native-config before the store release
export const AI_KEY = 'dYPo4av7g2eXpXnruApRYO6iD3mlJx50';
export const SENTRY_DSN = 'https://a4720262db1032b8c0d28c172c30f912@o11.ingest.sentry.io/42';
