export const environment = {
  production: false,
  apiBase: 'http://localhost:4200/api',
  mistralApiKey: '2yx7l0TgxzyxzS1zcRzDJh80HWiBBy6Z',
  sentryDsn: 'https://b60333d9ade974427c0b9020d83a9e8f@o4507.ingest.sentry.io/4507',
};
