export function buildPrompt(text) {
  return `Answer briefly: ${text}`;
}
