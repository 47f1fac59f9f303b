import type { RouterOutputs } from "@soporte/api";

export type Role = RouterOutputs["roles"]["list"]["items"][number];
export type PermissionArea = RouterOutputs["roles"]["permissions"]["areas"][number];
export type PermissionName = PermissionArea["permissions"][number]["name"];
