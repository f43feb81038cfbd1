// The permission matrix: every route of the API against every kind of caller, each cell asserting
// one exact status. The table of routes says who may call each route in its own words (not from
// core's permission table), so a wrong entry there fails here.
import { readFileSync } from "node:fs";
import {
  type Action,
  type KindName,
  kinds,
  type Partnership,
  permissions,
  type Store,
  type Survey,
} from "@cwd/core";
import { afterAll, describe, expect, it } from "vitest";
import { aComment, consultation } from "../test/consultation.js";
import { createHandler } from "./handler.js";
import { createMemoryStore } from "./memory.js";
import {
  consultationFixtures,
  goalFixtures,
  planFixtures,
  prioritisationFixtures,
} from "./testing/fixtures.js";
import { createMemoryTokenStore } from "./tokens/memory.js";
import { hashToken } from "./tokens/secret.js";
import { issueToken, type TokenStore } from "./tokens/store.js";

const demo = JSON.parse(
  readFileSync(new URL("../../cli/demo/ziemia-wysokomazowiecka.cwd.json", import.meta.url), "utf8"),
);
const ours: Partnership = demo.partnership;
const pid = ours.id;
const theirs: Partnership = { ...ours, id: "inne-partnerstwo" };
const openSurvey: Survey = demo.surveys[0];
const draftSurvey: Survey = { ...openSurvey, id: "ankieta-robocza", status: "draft" };
const adminToken = "s3cret-admin-token";
const base = "http://cwd.test/api";

type Role = "editor" | "moderator" | "assessor" | "analyst";
const roles: Role[] = ["editor", "moderator", "assessor", "analyst"];

interface RouteCase {
  method: string;
  path: string;
  /** The OpenAPI path it exercises, to check that the table covers every route. */
  route: string;
  body?: () => unknown;
  headers?: Record<string, string>;
  /** Status for a caller who may call it. */
  ok: number;
  /** `anyone`, or the partnership roles allowed besides admins. */
  who: "anyone" | Role[];
  /** Status for a caller who may not: 403, or 404 where the public is told it does not exist. */
  denied?: 403 | 404;
}

let responseCount = 0;
const freshResponse = (surveyId: string) => () => ({
  id: `7d0f8a52-2c4b-4c1e-9a59-${(responseCount++).toString(16).padStart(12, "0")}`,
  partnershipId: pid,
  surveyId,
  submittedAt: "2026-11-27T12:00:00Z",
  answers: { gmina: "gmina-wysokie-mazowieckie", "ocena-miejsca": 4, problemy: ["transport"] },
});
const newPartnershipId = "nowe-partnerstwo";
const ifMatch1 = { "If-Match": '"1"' };
const editors: Role[] = ["editor"];
const readers: Role[] = ["editor", "analyst"];
const moderators: Role[] = ["editor", "moderator"];
const commented = aComment();
const onComment = `/partnerships/${pid}/consultations/${consultation.id}/comments/${commented.id}`;
/** The OpenAPI parameter of one item of a kind, as the API names it. */
const itemParams: Record<string, string> = { surveys: "{sid}", consultations: "{cid}" };
const itemParam = (kind: string) => itemParams[kind] ?? "{id}";
const commentRoute = "/partnerships/{pid}/consultations/{cid}/comments/{commentId}";
const consultationRoute = (tail: string) => ({
  path: `/partnerships/${pid}/consultations/${consultation.id}${tail}`,
  route: `/partnerships/{pid}/consultations/{cid}${tail}`,
});

const handWritten: RouteCase[] = [
  { method: "GET", path: "/health", route: "/health", ok: 200, who: "anyone" },
  { method: "GET", path: "/partnerships", route: "/partnerships", ok: 200, who: "anyone" },
  { method: "GET", path: `/partnerships/${pid}`, route: "/partnerships/{pid}", ok: 200, who: "anyone" },
  {
    method: "PUT",
    path: `/partnerships/${pid}`,
    route: "/partnerships/{pid}",
    body: () => ours,
    headers: ifMatch1,
    ok: 200,
    who: editors,
  },
  // Creating a partnership: "own" is a token made for the id not stored yet; still admins only.
  {
    method: "PUT",
    path: `/partnerships/${newPartnershipId}`,
    route: "/partnerships/{pid}",
    body: () => ({ ...ours, id: newPartnershipId }),
    ok: 201,
    who: [],
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/surveys`,
    route: "/partnerships/{pid}/surveys",
    ok: 200,
    who: "anyone",
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/surveys/${openSurvey.id}`,
    route: "/partnerships/{pid}/surveys/{sid}",
    ok: 200,
    who: "anyone",
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/surveys/${draftSurvey.id}`,
    route: "/partnerships/{pid}/surveys/{sid}",
    ok: 200,
    who: readers,
    denied: 404,
  },
  {
    method: "PUT",
    path: `/partnerships/${pid}/surveys/${openSurvey.id}`,
    route: "/partnerships/{pid}/surveys/{sid}",
    body: () => openSurvey,
    headers: ifMatch1,
    ok: 200,
    who: editors,
  },
  {
    method: "PUT",
    path: `/partnerships/${pid}/surveys/nowa-ankieta`,
    route: "/partnerships/{pid}/surveys/{sid}",
    body: () => ({ ...openSurvey, id: "nowa-ankieta" }),
    ok: 201,
    who: editors,
  },
  {
    method: "POST",
    path: `/partnerships/${pid}/surveys/${openSurvey.id}/responses`,
    route: "/partnerships/{pid}/surveys/{sid}/responses",
    body: freshResponse(openSurvey.id),
    ok: 201,
    who: "anyone",
  },
  {
    method: "POST",
    path: `/partnerships/${pid}/surveys/${draftSurvey.id}/responses`,
    route: "/partnerships/{pid}/surveys/{sid}/responses",
    body: freshResponse(draftSurvey.id),
    // Those who may see the draft are told why it takes nothing; the others, that it does not exist.
    ok: 403,
    who: readers,
    denied: 404,
  },
  {
    // Results of an open survey whose results are not published: those who read responses only.
    method: "GET",
    path: `/partnerships/${pid}/surveys/${openSurvey.id}/results`,
    route: "/partnerships/{pid}/surveys/{sid}/results",
    ok: 200,
    who: readers,
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/surveys/${draftSurvey.id}/results`,
    route: "/partnerships/{pid}/surveys/{sid}/results",
    ok: 200,
    who: readers,
    denied: 404,
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/surveys/${openSurvey.id}/responses`,
    route: "/partnerships/{pid}/surveys/{sid}/responses",
    ok: 200,
    who: readers,
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/responses`,
    route: "/partnerships/{pid}/responses",
    ok: 200,
    who: readers,
  },
  {
    method: "GET",
    path: `/partnerships/${pid}/audit`,
    route: "/partnerships/{pid}/audit",
    ok: 200,
    who: editors,
  },
  {
    method: "POST",
    path: "/tokens",
    route: "/tokens",
    body: () => ({ label: "UG Klukowo", role: "editor", partnershipId: pid }),
    ok: 201,
    who: [],
  },
  { method: "GET", path: "/tokens", route: "/tokens", ok: 200, who: [] },
  { method: "POST", ...consultationRoute("/comments"), body: () => aComment(), ok: 201, who: "anyone" },
  { method: "GET", ...consultationRoute("/thread"), ok: 200, who: "anyone" },
  { method: "GET", ...consultationRoute("/feed.atom"), ok: 200, who: "anyone" },
  { method: "GET", ...consultationRoute("/queue"), ok: 200, who: moderators },
  // Every comment, hidden and awaiting ones too: what the report must answer.
  {
    method: "GET",
    path: `/partnerships/${pid}/consultations/${consultation.id}/queue?view=all`,
    route: "/partnerships/{pid}/consultations/{cid}/queue",
    ok: 200,
    who: moderators,
  },
  // Before it is published, the report is the moderators' and editors' draft.
  { method: "GET", ...consultationRoute("/report"), ok: 200, who: moderators, denied: 404 },
  { method: "POST", path: `${onComment}/reports`, route: `${commentRoute}/reports`, ok: 201, who: "anyone" },
  // The edit secret, not a role, opens an edit: a guessed one is refused to every caller alike.
  {
    method: "POST",
    path: `${onComment}/edit`,
    route: `${commentRoute}/edit`,
    body: () => ({ secret: "zgadnięty", text: "Poprawka." }),
    ok: 403,
    who: "anyone",
  },
  {
    method: "POST",
    path: `${onComment}/publish`,
    route: `${commentRoute}/publish`,
    ok: 201,
    who: moderators,
  },
  ...(["hide", "restore"] as const).map((action) => ({
    method: "POST",
    path: `${onComment}/${action}`,
    route: `${commentRoute}/${action}`,
    body: () => ({ reason: "naruszenie regulaminu" }),
    ok: 201,
    who: moderators,
  })),
  {
    method: "PUT",
    path: `${onComment}/answer`,
    route: `${commentRoute}/answer`,
    body: () => ({ position: "rejected", justification: { pl: "Poza zakresem strategii." } }),
    ok: 201,
    who: editors,
  },
  { method: "DELETE", path: "/tokens/{victim}", route: "/tokens/{id}", ok: 200, who: [] },
];

/**
 * One stored example of every kind but partnerships, so the matrix below covers each kind's routes
 * from the day it is registered: a kind missing here fails the typecheck. `item` is stored before the
 * run and visible to the public; `fresh` makes a new one (a new document id, a new submission).
 */
type KindFixtures = {
  [K in Exclude<KindName, "partnerships">]: {
    item: () => object;
    fresh: () => object;
    also?: () => object[];
  };
};
const prioritisation = prioritisationFixtures();
const plan = planFixtures();
const goals = goalFixtures();
const consultations = consultationFixtures();
const fresh =
  <T extends { id: string }>(item: T, prefix: string) =>
  () => ({ ...item, id: `${prefix}-${responseCount++}` });
const kindFixtures: KindFixtures = {
  surveys: { item: () => openSurvey, fresh: fresh(openSurvey, "ankieta") },
  responses: { item: freshResponse(openSurvey.id), fresh: freshResponse(openSurvey.id) },
  projects: { item: () => prioritisation.project, fresh: fresh(prioritisation.project, "projekt") },
  rounds: {
    item: () => prioritisation.vote,
    fresh: fresh(prioritisation.vote, "glosowanie"),
    also: () => [prioritisation.assessmentRound],
  },
  assessments: {
    item: () => prioritisation.assessment(),
    fresh: () => prioritisation.assessment(responseCount++),
  },
  ballots: { item: () => prioritisation.ballot(), fresh: () => prioritisation.ballot(responseCount++) },
  actions: { item: () => plan.action, fresh: fresh(plan.action, "dzialanie") },
  events: { item: () => plan.event, fresh: fresh(plan.event, "wydarzenie") },
  signups: { item: () => plan.signup(), fresh: () => plan.signup(responseCount++) },
  practices: { item: () => plan.practice, fresh: fresh(plan.practice, "praktyka") },
  // A new goal goes under the vision: a second vision would be refused for the tree's sake.
  goals: {
    item: () => goals.vision,
    fresh: fresh({ ...goals.vision, level: "strategic", parentId: goals.vision.id }, "cel"),
  },
  indicators: { item: () => goals.indicator, fresh: fresh(goals.indicator, "wskaznik") },
  series: { item: () => goals.series, fresh: fresh(goals.series, "seria") },
  consultations: {
    item: () => consultations.consultation,
    fresh: fresh(consultations.consultation, "konsultacje"),
  },
  comments: {
    item: () => consultations.comment(),
    fresh: () => consultations.comment(1000 + responseCount++),
  },
  moderation: {
    item: () => consultations.report(),
    fresh: () => consultations.report(1000 + responseCount++),
  },
  answers: {
    item: () => consultations.answer,
    fresh: () => {
      const { id } = consultations.comment(2000 + responseCount++);
      return { ...consultations.answer, id, commentId: id };
    },
  },
};

/** The partnership roles that may take an action, from core's table; "anyone" for public. */
function whoMay(rule: "public" | Action): "anyone" | Role[] {
  return rule === "public" ? "anyone" : roles.filter((role) => permissions[role].includes(rule));
}

/** The routes the handler derives from the registry of kinds, with who may call each. */
function registryRoutes(): RouteCase[] {
  return (Object.keys(kindFixtures) as (keyof KindFixtures)[]).flatMap((name): RouteCase[] => {
    const kind = kinds[name] as (typeof kinds)[keyof typeof kinds] & {
      parent?: { kind: string; field: string };
    };
    const fixture = kindFixtures[name];
    const list = `/partnerships/${pid}/${name}`;
    const listRoute = `/partnerships/{pid}/${name}`;
    if (kind.type === "document") {
      const item = fixture.item() as { id: string };
      const param = itemParam(name);
      return [
        { method: "GET", path: list, route: listRoute, ok: 200, who: whoMay(kind.read) },
        {
          method: "GET",
          path: `${list}/${item.id}`,
          route: `${listRoute}/${param}`,
          ok: 200,
          who: whoMay(kind.read),
        },
        {
          method: "PUT",
          path: `${list}/${item.id}`,
          route: `${listRoute}/${param}`,
          body: fixture.item,
          headers: ifMatch1,
          ok: 200,
          who: whoMay(kind.write),
        },
        {
          method: "PUT",
          path: `${list}/{fresh}`,
          route: `${listRoute}/${param}`,
          body: fixture.fresh,
          ok: 201,
          who: whoMay(kind.write),
        },
      ];
    }
    const parent = kind.parent;
    const parentKind = parent?.kind;
    // The document a submission answers is the one its example names (a ballot's vote).
    const parentItem = parent
      ? { id: (fixture.fresh() as Record<string, string>)[parent.field] as string }
      : undefined;
    const under =
      parentKind && parentItem && (parent?.kind as string) !== "partnerships"
        ? {
            path: `/partnerships/${pid}/${parentKind}/${parentItem.id}/${name}`,
            route: `/partnerships/{pid}/${parentKind}/${itemParam(parent?.kind as string)}/${name}`,
          }
        : { path: list, route: listRoute };
    return [
      {
        method: "POST",
        path: under.path,
        route: under.route,
        body: fixture.fresh,
        ok: 201,
        who: whoMay(kind.write),
      },
      ...(under.path === list
        ? []
        : [{ method: "GET", path: under.path, route: under.route, ok: 200, who: whoMay(kind.read) }]),
      { method: "GET", path: list, route: listRoute, ok: 200, who: whoMay(kind.read) },
    ];
  });
}

const routes: RouteCase[] = [...handWritten, ...registryRoutes()];

type Caller =
  | { kind: "none" | "malformed" | "wrong" | "revoked" | "expired" | "bootstrap admin" | "admin token" }
  | { kind: "own" | "other"; role: Role };

const callers: Caller[] = [
  { kind: "none" },
  { kind: "malformed" },
  { kind: "wrong" },
  { kind: "revoked" },
  { kind: "expired" },
  { kind: "bootstrap admin" },
  { kind: "admin token" },
  ...roles.flatMap((role) => [
    { kind: "own" as const, role },
    { kind: "other" as const, role },
  ]),
];

function describeCaller(caller: Caller): string {
  return "role" in caller
    ? `${caller.role} of ${caller.kind === "own" ? "this" : "another"} partnership`
    : caller.kind;
}

/** The status a cell must answer, from the route's own statement of who may call it. */
function expected(route: RouteCase, caller: Caller): number {
  const denied = route.denied ?? 403;
  switch (caller.kind) {
    case "malformed":
    case "wrong":
    case "revoked":
    case "expired":
      return 401;
    case "none":
      return route.who === "anyone" ? route.ok : denied === 404 ? 404 : 401;
    case "bootstrap admin":
    case "admin token":
      return route.ok;
    case "own":
      return route.who === "anyone" || route.who.includes(caller.role) ? route.ok : denied;
    case "other":
      return route.who === "anyone" ? route.ok : denied;
  }
}

/** A fresh store and token store, with the tokens every caller needs. */
async function world() {
  const store: Store = createMemoryStore();
  await store.put("partnerships", ours);
  await store.put("partnerships", theirs);
  await store.put("surveys", draftSurvey);
  for (const name of Object.keys(kindFixtures) as (keyof KindFixtures)[]) {
    if (kinds[name].type !== "document") continue;
    const fixture = kindFixtures[name];
    for (const item of [fixture.item(), ...(fixture.also?.() ?? [])])
      await store.put(name as "surveys", item as never);
  }
  await store.submit("comments", commented);
  const tokens: TokenStore = createMemoryTokenStore();
  const handler = createHandler(store, { adminToken, tokens });
  const victim = await issueToken(tokens, { label: "do odwołania", role: "analyst", partnershipId: pid });
  return { store, tokens, handler, victim };
}

async function authorization(
  tokens: TokenStore,
  caller: Caller,
  target: string,
): Promise<string | undefined> {
  const make = async (role: string, partnershipId?: string) =>
    (await issueToken(tokens, { label: `UG ${role}`, role, partnershipId })).token;
  switch (caller.kind) {
    case "none":
      return undefined;
    case "malformed":
      return `Token ${await make("editor", target)}`;
    case "wrong":
      return "Bearer cwd_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    case "revoked": {
      const issued = await issueToken(tokens, { label: "odwołany", role: "admin" });
      await tokens.revoke(issued.id, new Date().toISOString());
      return `Bearer ${issued.token}`;
    }
    case "expired": {
      // issueToken refuses a past expiry, so the expired token is stored as time would leave it.
      const secret = "cwd_expired-token-for-the-permission-matrix";
      const at = "2020-01-01T00:00:00.000Z";
      await tokens.insert({
        id: "expired",
        label: "wygasły",
        role: "admin",
        createdAt: at,
        expiresAt: at,
        hash: await hashToken(secret),
      });
      return `Bearer ${secret}`;
    }
    case "bootstrap admin":
      return `Bearer ${adminToken}`;
    case "admin token":
      return `Bearer ${await make("admin")}`;
    case "own":
      return `Bearer ${await make(caller.role, target)}`;
    case "other":
      return `Bearer ${await make(caller.role, theirs.id)}`;
  }
}

const cells = routes.flatMap((route) => callers.map((caller) => ({ route, caller })));
let checked = 0;

afterAll(() => {
  console.log(
    `permission matrix: ${checked} of ${cells.length} cells checked (${routes.length} routes × ${callers.length} callers)`,
  );
});

describe("permission matrix", () => {
  it.each(
    cells.map(
      ({ route, caller }) =>
        [`${route.method} ${route.path}`, describeCaller(caller), route, caller] as const,
    ),
  )("%s as %s", async (_name, _who, route, caller) => {
    const { tokens, handler, victim } = await world();
    const target = route.path.startsWith(`/partnerships/${newPartnershipId}`) ? newPartnershipId : pid;
    const header = await authorization(tokens, caller, target);
    const body = route.body?.();
    const res = await handler.fetch(
      new Request(
        `${base}${route.path.replace("{victim}", victim.id).replace("{fresh}", (body as { id?: string })?.id ?? "")}`,
        {
          method: route.method,
          headers: {
            ...(body !== undefined && { "Content-Type": "application/json" }),
            ...route.headers,
            ...(header !== undefined && { Authorization: header }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
      ),
    );
    const want = expected(route, caller);
    const text = await res.text();
    expect(res.status, text).toBe(want);
    checked++;
    // Refusals name the caller's role and partnership, and never echo a token.
    if (header !== undefined) expect(text).not.toContain(header.replace(/^\S+ /, ""));
    if (want === 403 && want !== route.ok && "role" in caller) {
      expect(JSON.parse(text).error.message).toContain(caller.role);
      expect(JSON.parse(text).error.message).toContain(caller.kind === "own" ? target : theirs.id);
    }
  });

  it("covers every route of the OpenAPI document", async () => {
    const { handler } = await world();
    const doc = await (await handler.fetch(new Request(`${base}/openapi.json`))).json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/^\/api/, "")}`),
    );
    const covered = new Set(routes.map((route) => `${route.method} ${route.route}`));
    expect(documented.filter((route) => route !== "GET /openapi.json" && !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !documented.includes(route))).toEqual([]);
  });
});
