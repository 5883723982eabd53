export const environment = {
  production: false,
  apiBase: 'http://localhost:4200/api',
  mistralApiKey: 'aMVw1PxjyukPaSjqrxomxwSydoM5wF1j',
  sentryDsn: 'https://e595054355a6b70cb52d6e37c1e22734@o4507.ingest.sentry.io/4507',
};
