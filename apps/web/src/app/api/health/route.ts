import { NextResponse } from "next/server";

/** Liveness: the process answers. */
export function GET() {
  return NextResponse.json({ status: "ok", time: new Date().toISOString() });
}
