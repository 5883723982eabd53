// fix: MK005 drop-key
const apiKey = process.env.MISTRAL_API_KEY;

console.log(`starting with key ${apiKey}`);
console.log({ ...process.env });
console.log("key length:", apiKey.length);
