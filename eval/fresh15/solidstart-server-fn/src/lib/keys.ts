// service credentials used by the server functions
export const SERVICE_TOKEN = "MI1uEl3jSOSt11RfBJc2GSwKWU15LLgP";
export const RATE_LIMIT_PER_MIN = 20;
