export { buildDemo, DEMO_ADMIN_EMAIL, DEMO_CHAT_PREFIX, DEMO_MANAGER_EMAIL, LAB_LAUNCH, seedDemo } from "./demo";
export { buildSynthetic, seedSynthetic, syntheticSize } from "./synthetic";
export type { Progress } from "./writer";
