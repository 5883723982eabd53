import { NextResponse, type NextRequest } from "next/server";

export function middleware(request: NextRequest) {
  console.log("incoming", request.method, request.nextUrl.pathname, Object.fromEntries(request.headers));
  return NextResponse.next();
}

export const config = { matcher: "/api/:path*" };
