import type { Db } from "@soporte/db";

export const REGISTRATION_SETTING = "registration.enabled";

export async function isRegistrationOpen(db: Pick<Db, "setting">): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: REGISTRATION_SETTING }, select: { value: true } });
  return setting?.value !== false;
}
