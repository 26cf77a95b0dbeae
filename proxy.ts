import { type NextRequest, NextResponse } from 'next/server';
import { filePreflight } from './app/_http/preflight';

/** OPTIONS on a file from public/, which Next would answer with a 500; everything else passes. */
export function proxy(request: NextRequest) {
  return request.method === 'OPTIONS' ? filePreflight(request.nextUrl.pathname) : NextResponse.next();
}

// The files served from public/, and the data rewritten to them (a literal: Next reads it statically).
export const config = { matcher: ['/trips.geojson', '/visits.csv', '/data/:path*', '/islands/:path*'] };
