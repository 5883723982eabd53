export const environment = {
  production: true,
  apiBase: '/api',
  mistralApiKey: '__MISTRAL_KEY__',
  sentryDsn: 'https://a3e7b31c27ed78504d6dcae6407f8a05@o4507.ingest.sentry.io/4507',
};
