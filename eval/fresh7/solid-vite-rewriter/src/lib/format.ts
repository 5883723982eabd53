export const trimReply = (s: string) => s.replace(/\s+$/, "");
export const CACHE_NS = "cabf9ecd-956e-484e-bb68-2f1a21b6f33b";
