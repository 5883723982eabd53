export async function timing(ctx, next) {
  const started = Date.now();
  await next();
  console.log(`${ctx.method} ${ctx.url} ${ctx.status} ${Date.now() - started}ms`);
}
