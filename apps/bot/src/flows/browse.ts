import { actionData, button } from "./actions";
import { areaName, backToMenu, clip, errorScreen, orgName, pageButtons, screen } from "./common";
import { menuScreen } from "./menu";
import { type MessageKey, t } from "./messages";
import type { Action, FlowContext, Screen } from "./types";

const PAGE_SIZE = 5;
type KindCode = "n" | "s";
const kindOf = (code: KindCode) => (code === "n" ? "need" : "solution");

/** What a list shows: a page of published records found by area, B/D or words. */
interface ListQuery {
  page: number;
  area?: string;
  organisationId?: number;
  text?: string;
}

/** The list screen: a header, numbered records with their buttons, paging by `dataFor`. */
async function recordList(
  ctx: FlowContext,
  code: KindCode,
  query: ListQuery,
  header: (pages: number, total: number) => Promise<string> | string,
  dataFor: (page: number) => string,
): Promise<Screen> {
  const l = ctx.language;
  const result = await ctx.api[kindOf(code)].search({
    page: query.page,
    pageSize: PAGE_SIZE,
    techAreas: query.area ? [query.area] : undefined,
    organisationId: query.organisationId,
    text: query.text,
  });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const lines = result.items.map(
    (item, i) => `${i + 1}. ${item.refCode} ${clip(item.title, 80)} — ${orgName(l, item.organisation)}`,
  );
  const rows: Action[][] = result.items.map((item, i) => [
    button(`${i + 1}. ${clip(item.title, 40)}`, "detail", code, item.id),
  ]);
  const paging = pageButtons(l, query.page, pages, dataFor);
  if (paging.length) rows.push(paging);
  rows.push([button(t(l, "list.filter"), "areaFilter", code), ...backToMenu(l)]);
  const title = await header(pages, result.total);
  return screen([title, "", ...(lines.length ? lines : [t(l, "list.empty")])].join("\n"), rows);
}

/** ls:<n|s>:<page>:<area slug or *>:<B/D id or 0> */
export function listScreen(
  ctx: FlowContext,
  code: KindCode,
  page: number,
  area: string,
  organisationId: number,
): Promise<Screen> {
  const l = ctx.language;
  const query = { page, area: area === "*" ? undefined : area, organisationId: organisationId || undefined };
  return recordList(
    ctx,
    code,
    query,
    async (pages, total) => {
      const areaLabel = query.area ? ` · ${areaName(l, await techAreaNamed(ctx, query.area))}` : "";
      return t(l, code === "n" ? "list.needs" : "list.solutions", { area: areaLabel, page, pages, total });
    },
    (p) => actionData("list", code, p, area, organisationId),
  );
}

/** Words a user types are searched as they are, up to the search's limit. */
export const searchWords = (text: string) => Array.from(text.trim()).slice(0, 100).join("");

/** lq:<n|s>:<page> — a page of the records matching the session's last search. */
export function searchListScreen(ctx: FlowContext, code: KindCode, page: number): Promise<Screen> | Screen {
  const text = ctx.session.search;
  if (!text) return menuScreen(ctx, t(ctx.language, "input.stale"));
  return recordList(
    ctx,
    code,
    { page, text },
    (pages, total) =>
      t(ctx.language, code === "n" ? "list.searchNeeds" : "list.searchSolutions", { text, page, pages, total }),
    (p) => actionData("searchPage", code, p),
  );
}

/** Text typed outside a form or prompt: the needs and solutions it finds, three of each. */
export async function searchScreen(ctx: FlowContext, typed: string): Promise<Screen> {
  const l = ctx.language;
  const text = searchWords(typed);
  ctx.session.search = text;
  const [needs, solutions] = await Promise.all([
    ctx.api.need.search({ text, pageSize: 3 }),
    ctx.api.solution.search({ text, pageSize: 3 }),
  ]);
  if (needs.total + solutions.total === 0) return menuScreen(ctx, t(l, "search.none", { text }));
  const lines = [t(l, "search.title", { text })];
  const rows: Action[][] = [];
  const section = (code: KindCode, found: typeof needs, title: MessageKey, all: MessageKey) => {
    if (found.total === 0) return;
    lines.push("", t(l, title, { total: found.total }));
    for (const item of found.items) {
      lines.push(`• ${item.refCode} ${clip(item.title, 80)} — ${orgName(l, item.organisation)}`);
      rows.push([button(clip(`${item.refCode} ${item.title}`, 60), "detail", code, item.id)]);
    }
    if (found.total > found.items.length) rows.push([button(t(l, all, { total: found.total }), "searchPage", code, 1)]);
  };
  section("n", needs, "search.needs", "search.allNeeds");
  section("s", solutions, "search.solutions", "search.allSolutions");
  rows.push(backToMenu(l));
  return screen(lines.join("\n"), rows);
}

async function techAreaNamed(ctx: FlowContext, slug: string) {
  const areas = await ctx.api.techArea.list();
  return areas.find((a) => a.slug === slug) ?? { nameEn: slug, nameZh: slug };
}

export async function areaFilterScreen(ctx: FlowContext, code: KindCode): Promise<Screen> {
  const l = ctx.language;
  const areas = await ctx.api.techArea.list();
  const rows: Action[][] = [[button(t(l, "allAreas"), "list", code, 1, "*", 0)]];
  for (let i = 0; i < areas.length; i += 2) {
    rows.push(areas.slice(i, i + 2).map((area) => button(areaName(l, area), "list", code, 1, area.slug, 0)));
  }
  rows.push(backToMenu(l));
  return screen(t(l, "list.filter"), rows);
}

/** d:<n|s>:<id> */
export async function detailScreen(ctx: FlowContext, code: KindCode, id: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const item = await ctx.api[kindOf(code)].get({ id });
    const areas = item.techAreas.map((a) => areaName(l, a)).join(l === "zh-HK" ? "、" : ", ");
    const text = [
      `${item.refCode} — ${item.title}`,
      orgName(l, item.organisation),
      ...(areas ? [t(l, "detail.areas", { areas })] : []),
      t(l, "detail.status", { status: t(l, `status.${item.status}` as MessageKey) }),
      "",
      clip(item.description, 1500),
    ].join("\n");
    const rows: Action[][] = [];
    if (item.organisation.id === ctx.actor.organisationId && item.status === "PUBLISHED") {
      rows.push([button(t(l, "detail.suggestions"), "suggestions", code, id, 1)]);
    }
    if (code === "n" && ctx.actor.role === "VENDOR" && item.status === "PUBLISHED") {
      rows.push([button(t(l, "proposal.start"), "pickSolution", id)]);
    }
    rows.push([
      button(t(l, code === "n" ? "menu.needs" : "menu.solutions"), "list", code, 1, "*", 0),
      ...backToMenu(l),
    ]);
    return screen(text, rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

const SUGGESTIONS_PER_PAGE = 10;

/**
 * sg:<n|s>:<id>[:<page>] — suggested solutions for my need (with vendors' proposals), or matching
 * needs for my solution, ten a page, each with its reason in my language.
 */
export async function suggestionsScreen(ctx: FlowContext, code: KindCode, id: number, page = 1): Promise<Screen> {
  const l = ctx.language;
  try {
    const limit = Math.min(50, page * SUGGESTIONS_PER_PAGE + 1);
    const all =
      code === "n"
        ? await ctx.api.match.suggestionsForNeed({ id, limit })
        : await ctx.api.match.suggestionsForSolution({ id, limit });
    const items = all.slice((page - 1) * SUGGESTIONS_PER_PAGE, page * SUGGESTIONS_PER_PAGE);
    const other: KindCode = code === "n" ? "s" : "n";
    const source = await ctx.api[kindOf(code)].get({ id });
    // The need's own officers open a pair to shortlist or decline it.
    const decides = code === "n" && source.organisation.id === ctx.actor.organisationId;
    const first = (page - 1) * SUGGESTIONS_PER_PAGE;
    const lines = items.map((item, i) => {
      const proposed = item.proposal ? ` — ${t(l, "suggestions.proposed")}` : "";
      return `${first + i + 1}. ${item.record.refCode} ${clip(item.record.title, 70)} (${item.score.toFixed(2)})${proposed}\n   ${item.reason.text}`;
    });
    const rows: Action[][] = items.map((item, i) => [
      {
        label: `${first + i + 1}. ${clip(item.record.title, 40)}`,
        data: decides ? `pv:${id}:${item.record.id}` : `d:${other}:${item.record.id}`,
      },
    ]);
    if (all.length > page * SUGGESTIONS_PER_PAGE && page * SUGGESTIONS_PER_PAGE < 50) {
      rows.push([button(t(l, "suggestions.more"), "suggestions", code, id, page + 1)]);
    }
    rows.push(backToMenu(l));
    const heading = t(l, "suggestions.title", { ref: source.refCode });
    const weak = all.length > 0 && !all.some((item) => item.strong) ? `\n${t(l, "suggestions.weak")}` : "";
    const body = lines.length ? lines.join("\n") : t(l, "suggestions.none");
    return screen(`${heading}${weak}\n\n${body}`, rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** pv:<needId>:<solutionId> — one suggested or proposed solution for my need, to shortlist or decline. */
export async function pairScreen(ctx: FlowContext, needId: number, solutionId: number): Promise<Screen> {
  const l = ctx.language;
  try {
    const items = await ctx.api.match.suggestionsForNeed({ id: needId, limit: 50 });
    const item = items.find((candidate) => candidate.record.id === solutionId);
    const solution = await ctx.api.solution.get({ id: solutionId });
    const lines = [
      `${solution.refCode} — ${solution.title}`,
      orgName(l, solution.organisation),
      "",
      clip(solution.description, 1200),
    ];
    if (item) lines.push("", `${item.reason.text} (${item.score.toFixed(2)})`);
    if (item?.proposal?.pitch) lines.push(t(l, "proposal.pitchLine", { pitch: item.proposal.pitch }));
    const rows: Action[][] = [];
    if (item?.matchStatus === null || item?.matchStatus === "SUGGESTED") {
      rows.push([
        button(t(l, "proposal.shortlist"), "shortlist", needId, solutionId),
        button(t(l, "proposal.decline"), "askDeclineReason", needId, solutionId),
      ]);
    }
    rows.push([button(t(l, "detail.suggestions"), "suggestions", "n", needId, 1), ...backToMenu(l)]);
    return screen(lines.join("\n"), rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}

/** my:<n|s> — my organisation's needs or solutions, in every status. */
export async function mineScreen(ctx: FlowContext, code: KindCode): Promise<Screen> {
  const l = ctx.language;
  try {
    const result = await ctx.api[kindOf(code)].mine({ pageSize: 10 });
    const lines = result.items.map(
      (item, i) => `${i + 1}. ${item.refCode} [${t(l, `status.${item.status}` as MessageKey)}] ${clip(item.title, 70)}`,
    );
    const rows: Action[][] = result.items.map((item, i) => [
      button(`${i + 1}. ${clip(item.title, 40)}`, "detail", code, item.id),
    ]);
    rows.push([button(t(l, code === "n" ? "menu.newNeed" : "menu.newSolution"), "newForm", code), ...backToMenu(l)]);
    return screen(lines.length ? lines.join("\n") : t(l, "list.empty"), rows);
  } catch (error) {
    return errorScreen(ctx, error);
  }
}
