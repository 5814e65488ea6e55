/**
 * Reads a dataset written in an older format as the current one, so old files keep loading. Each step takes a
 * file one version up. A step changes only what it recognises and leaves anything malformed as it is, for the
 * validator to report; it never throws.
 *
 * Format 1 → 2: the stages, route kinds and pay scale that format 1 built in are declared (psychology's, and
 * Agenda for Change); consultant roles move to the "advanced" stage they shared a column with; `meta` gains an
 * id (from its title) and a name (its title); a role's `links` become a list (the NHS Health Careers link first,
 * titled as the app titled it).
 */
import { ownValue } from "../collections/own-value";
import { AGENDA_FOR_CHANGE, FORMAT_1_ROUTE_KINDS, FORMAT_1_STAGE_RENAMES, FORMAT_1_STAGES } from "./format-1";
import type { Problem } from "./problems";
import { FORMAT_VERSION } from "./constants";

export type Migration =
  | { ok: true; value: unknown; fromVersion: number }
  | { ok: false; problem: Problem; fromVersion?: undefined };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A kebab-case id made from a title.
 * @example idFromTitle("Pharmacy careers (England)") // "pharmacy-careers-england"
 */
export function idFromTitle(title: string): string {
  const id = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id === "" ? "dataset" : id;
}

function migrateRole(role: unknown): unknown {
  if (!isObject(role)) return role;
  const next: Json = { ...role };
  if (typeof role.stage === "string") next.stage = ownValue(FORMAT_1_STAGE_RENAMES, role.stage) ?? role.stage;
  if (isObject(role.links)) {
    const { healthCareers, other, ...rest } = role.links;
    const title = typeof role.title === "string" ? role.title : "This role";
    next.links = [
      ...(healthCareers === undefined
        ? []
        : [{ title: `${title} on NHS Health Careers`, url: healthCareers }]),
      ...(Array.isArray(other) ? other : other === undefined ? [] : [other]),
      // Anything else in the old object stays visible to the validator, which reports it.
      ...(Object.keys(rest).length === 0 ? [] : [rest]),
    ];
  }
  if (Array.isArray(role.caveats)) {
    next.caveats = role.caveats.map((caveat: unknown) =>
      isObject(caveat) &&
      typeof caveat.field === "string" &&
      /^links\.(healthCareers|other)\b/.test(caveat.field)
        ? { ...caveat, field: "links" }
        : caveat,
    );
  }
  return next;
}

function fromFormat1(file: Json): Json {
  const { $schema, meta, ...rest } = file;
  const migratedMeta = isObject(meta)
    ? {
        id: typeof meta.title === "string" ? idFromTitle(meta.title) : undefined,
        name: meta.title,
        ...meta,
      }
    : meta;
  return {
    ...($schema === undefined ? {} : { $schema }),
    formatVersion: 2,
    meta: migratedMeta,
    stages: FORMAT_1_STAGES.map((stage) => ({ ...stage })),
    ...("families" in rest ? { families: rest.families } : {}),
    routeKinds: FORMAT_1_ROUTE_KINDS.map((kind) => ({ ...kind })),
    payScales: [{ ...AGENDA_FOR_CHANGE, bands: [...AGENDA_FOR_CHANGE.bands] }],
    ...rest,
    ...(Array.isArray(rest.roles) ? { roles: rest.roles.map(migrateRole) } : {}),
  };
}

/**
 * The dataset in the current format, and the version it was written in. A file with no formatVersion is
 * format 1. A version newer than this code knows is refused, with a problem that says so.
 * @example migrateDataset(JSON.parse(text)).fromVersion // 1
 */
export function migrateDataset(raw: unknown): Migration {
  if (!isObject(raw)) return { ok: true, value: raw, fromVersion: FORMAT_VERSION };
  const version = raw.formatVersion ?? 1;
  if (version === FORMAT_VERSION) return { ok: true, value: raw, fromVersion: FORMAT_VERSION };
  if (version === 1) return { ok: true, value: fromFormat1(raw), fromVersion: 1 };
  if (typeof version === "number" && Number.isInteger(version) && version > FORMAT_VERSION) {
    return {
      ok: false,
      problem: {
        code: "unsupported-format-version",
        path: "$.formatVersion",
        message: `The file is in format ${version}, but this version of the app reads formats 1 to ${FORMAT_VERSION}: update the app, or write the file in format ${FORMAT_VERSION}.`,
      },
    };
  }
  // Anything else is not a version at all: the schema reports it.
  return { ok: true, value: raw, fromVersion: FORMAT_VERSION };
}
