export const environment = {
  production: true,
  apiBase: '/api',
  mistralApiKey: '__MISTRAL_KEY__',
  sentryDsn: 'https://faa7b7a76d40a324dc50033cc86a7358@o4507.ingest.sentry.io/4507',
};
