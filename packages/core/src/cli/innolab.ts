#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from "commander";
import { coreEnv } from "../env";
import {
  apiToken,
  invite,
  migrate,
  pruneDatabase,
  seedDatabase,
  serve,
  setDashboardPassword,
  showKpis,
} from "./commands";

const positiveNumber = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a positive number");
  return n;
};
const integer = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("must be a whole number");
  return Number(value);
};

const program = new Command("innolab").description("InnoLab operator commands").showHelpAfterError();

program.command("migrate").description("apply database migrations").action(migrate);

program
  .command("seed")
  .description("fill an empty database with demo data, or synthetic data for benchmarks")
  .option("--synthetic", "synthetic data instead of the demo")
  .option("--scale <n>", "synthetic scale (1 = 10 years, 1k organisations, 100k registrations)", positiveNumber, 1)
  .option("--if-empty", "do nothing if the database has data")
  .action(seedDatabase);

program
  .command("setup")
  .description("migrate, then seed demo data if the database is empty")
  .action(async () => {
    await migrate();
    await seedDatabase({ scale: 1, ifEmpty: true });
  });

program
  .command("invite")
  .description("create a one-time invitation code granting a role (in an organisation)")
  .requiredOption("--role <role>", "OFFICER, VENDOR, SUBSCRIBER, ADMIN or MANAGER")
  .option("--org <org>", "organisation id, acronym or English name")
  .option("--days <n>", "days the code stays valid", integer, 14)
  .option("--as <email>", "the administrator to act as")
  .action(invite);

program
  .command("password")
  .description("set a staff member's or manager's dashboard password (read from stdin, or --password)")
  .argument("<email>", "their email")
  .option("--password <password>", "the new password (at least 10 characters)")
  .action(setDashboardPassword);

program
  .command("kpi")
  .description("show KPI series")
  .option("--from <date>", "start (inclusive)", "2019-04-01T00:00:00+08:00")
  .option("--to <date>", "end (exclusive)", new Date().toISOString())
  .option("--granularity <g>", "month, quarter or year", "quarter")
  .option("--tech-area <slug>", "only this technology area")
  .option("--org <id>", "only this B/D", integer)
  .option("--json", "print JSON")
  .action(showKpis);

program
  .command("token")
  .description("create an API token acting as a person (Authorization: Bearer), or revoke one")
  .option("--email <email>", "the person the token acts as")
  .option("--name <name>", "what the token is for")
  .option("--days <n>", "how long it lasts", integer, 365)
  .addOption(
    new Option("--role <role>", "the role it acts with, within its person's (default: theirs)").choices([
      "ADMIN",
      "MANAGER",
      "OFFICER",
      "VENDOR",
      "SUBSCRIBER",
    ]),
  )
  .option("--revoke <id>", "revoke the token with this id", integer)
  .action(apiToken);

program
  .command("prune")
  .description("remove records past their retention (handled updates, expired sessions, old deliveries and events)")
  .action(pruneDatabase);

program
  .command("serve")
  .description("start the HTTP API")
  .option("--port <n>", "port", integer, coreEnv.API_PORT)
  .action(serve);

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
