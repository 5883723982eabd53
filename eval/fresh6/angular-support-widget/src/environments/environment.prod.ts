export const environment = {
  production: true,
  apiBase: '/api',
  assistantKey: '__ASSISTANT_KEY__',
  sentryDsn: 'https://dbb559beab3dc62a26f157797857d8f7@o4507.ingest.sentry.io/4507',
};
