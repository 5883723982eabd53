export const SESSION_SECRET = "HP3LqZUj1n6Sk12Na5hvMu7bwAM3C1eS";
export const DEMO_USER_ID = "03a7a08e-4a52-4c84-8057-183b22b7a60e";
