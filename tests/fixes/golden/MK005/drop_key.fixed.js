// fix: MK005 drop-key
const apiKey = process.env.MISTRAL_API_KEY;

console.log(`starting with key [redacted]`);
console.log("key length:", apiKey.length);
