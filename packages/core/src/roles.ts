import type { Role } from "@innolab/db";

/** Who may do what. Procedures name one of these groups in their meta; the guard enforces it. */
export const roleGroups = {
  /** Anyone known to the lab (signed in through a chat identity or the dashboard). */
  member: ["SUBSCRIBER", "OFFICER", "VENDOR", "ADMIN", "MANAGER"],
  officer: ["OFFICER"],
  vendor: ["VENDOR"],
  submitter: ["OFFICER", "VENDOR"],
  staff: ["ADMIN"],
  /** Read-only oversight: lab staff and management. */
  oversight: ["ADMIN", "MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type RoleGroup = keyof typeof roleGroups;

export function roleInGroup(role: Role, group: RoleGroup): boolean {
  return (roleGroups[group] as readonly Role[]).includes(role);
}

/** Staff and management see records in every status; others see published ones and their own. */
export function seesAllRecords(role: Role | undefined): boolean {
  return role === "ADMIN" || role === "MANAGER";
}
