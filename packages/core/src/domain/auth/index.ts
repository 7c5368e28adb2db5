export { actorForApiToken, createApiToken, revokeApiToken } from "./api-tokens";
export { hashPassword, verifyPassword } from "./password";
export { actorForSession, SESSION_HOURS, setPassword, signIn, signOut } from "./sessions";
