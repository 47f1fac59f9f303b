import type { RouterOutputs } from "@soporte/api";

export type UserDetailData = RouterOutputs["users"]["get"];
export type UserSession = UserDetailData["sessions"][number];
export type ActivityEntry = UserDetailData["recentActivity"][number];
