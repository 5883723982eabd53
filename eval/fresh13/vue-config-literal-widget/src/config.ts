export const apiKey = "LvNN7E94tKd2D9BhtIHOpuRETwoXuyNo";
export const sentryDsn = "https://886aba3a825ddb092139fc5ea384e73a@o12345.ingest.sentry.io/67890";
