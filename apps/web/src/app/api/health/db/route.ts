import { checkDatabase } from "@soporte/api";
import { NextResponse } from "next/server";
import { db } from "@/server/db";

/** Readiness: the database answers and has every migration applied. */
export async function GET() {
  const health = await checkDatabase(db());
  const ready = health.reachable && health.pendingMigrations.length === 0;
  return NextResponse.json(health, { status: ready ? 200 : 503 });
}
