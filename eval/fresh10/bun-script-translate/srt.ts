export function splitCues(raw: string) {
  return raw.split(/\n\n+/).map((block, i) => ({ index: i + 1, text: block.split("\n").slice(2).join(" ") }));
}
