// Browser-safe (no database): the dashboard offers only the moves the core accepts.

export type PocStatus = "PLANNED" | "IN_PROGRESS" | "COMPLETED" | "ABANDONED";

/** Which status may follow which: a PoC never goes back, and ends completed or abandoned. */
export const NEXT_POC_STATUSES: Readonly<Record<PocStatus, readonly PocStatus[]>> = {
  PLANNED: ["IN_PROGRESS", "ABANDONED"],
  IN_PROGRESS: ["COMPLETED", "ABANDONED"],
  COMPLETED: [],
  ABANDONED: [],
};
