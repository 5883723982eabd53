import jwt from "jsonwebtoken";

export function verifySession(token) {
  try {
    jwt.verify(token, process.env.SESSION_SECRET);
    return true;
  } catch {
    return false;
  }
}
