export function requestLog(req, _res, next) {
  console.log(`${req.method} ${req.originalUrl}`, req.headers);
  next();
}
