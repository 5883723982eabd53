export function bootLog() {
  console.log("booting with", Bun.env);
  console.log("port", Bun.env.PORT ?? 3000);
}
