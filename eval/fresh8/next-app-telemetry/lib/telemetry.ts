import "server-only";

export function traceOutgoing(label: string, init: RequestInit) {
  if (process.env.TRACE_HTTP === "1") {
    console.debug(`[${label}]`, JSON.stringify(init));
  }
}
