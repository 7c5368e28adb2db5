export { createTeamsBot, type TeamsOptions } from "./channels/teams/bot";
export { createTelegramBot, type TelegramOptions } from "./channels/telegram/bot";
export { FlowEngine } from "./flows/engine";
export type { ChatUser, Screen, UserInput } from "./flows/types";
export { createBotServer } from "./server";
