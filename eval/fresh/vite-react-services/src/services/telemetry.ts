export function track(event: string): void {
  void fetch('/telemetry', { method: 'POST', body: JSON.stringify({ event }) });
}
