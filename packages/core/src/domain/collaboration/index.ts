export * from "./bookings";
export * from "./hours";
export * from "./reminders";
export * from "./resources";
export * from "./showroom";
