export const SESSION_SECRET = "HT6VChUPIiy8zjdFtI4IttmEVYKD6apJ";
export const DEMO_USER_ID = "4eef0004-f3c7-466a-8e2e-64dabc083278";
