// TODO move to react-native-config before the store release
export const MISTRAL = '6QQGwlwLN0oFC1ErRBfaq3PONDYwPCLV';
export const SENTRY_DSN = 'https://0a066a00caa843eb016fd484a5b1b564@o11.ingest.sentry.io/42';
