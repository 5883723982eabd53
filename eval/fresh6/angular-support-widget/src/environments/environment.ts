export const environment = {
  production: false,
  apiBase: 'http://localhost:4200/api',
  assistantKey: 'XOuKvHfas2iRlOAcBJgufbTkeys17R4p',
  sentryDsn: 'https://3f52a0e147781de2e3eb881c9b567486@o4507.ingest.sentry.io/4507',
};
