/** Microformats2 properties: every value a list (Micropub §3.3, "JSON Syntax"). */
export type Properties = Record<string, unknown[]>;

/** A Micropub request, read from whichever syntax it came in. */
export type MicropubRequest = { bodyToken?: string } & (
  | { action: "create"; type: string; properties: Properties; commands: Properties; photos: File[] }
  | { action: "update"; url: string; replace: Properties; add: Properties; delete: string[] | Properties }
  | { action: "delete" | "undelete"; url: string }
);

/**
 * Reads a Micropub POST (W3C Micropub §3): form-encoded (`h=entry`, `category[]`),
 * multipart (the same, with files) or JSON (`{"type": ["h-entry"], "properties":
 * {…}}`, or `{"action": …, "url": …}`). `mp-*` properties are commands, kept
 * apart; `access_token` is the token, never a property. Anything that is not one
 * of these is a problem, said in one line.
 */
export async function micropubRequest(request: Request): Promise<MicropubRequest | { problem: string }> {
  const type = request.headers.get("Content-Type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "application/json") return fromJson(await request.text());
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return { problem: "the body is not the form data its Content-Type says" };
    }
    return fromForm(form);
  }
  return { problem: "send application/x-www-form-urlencoded, multipart/form-data or application/json" };
}

function fromForm(form: FormData): MicropubRequest | { problem: string } {
  const properties: Properties = {};
  const commands: Properties = {};
  const photos: File[] = [];
  let bodyToken: string | undefined;
  let h: string | undefined;
  let action: string | undefined;
  let url: string | undefined;
  for (const [rawKey, value] of form) {
    const key = rawKey.endsWith("[]") ? rawKey.slice(0, -2) : rawKey;
    if (typeof value !== "string") {
      if (key !== "photo") return { problem: `${key}: only photos are taken as files` };
      photos.push(value);
    } else if (key === "access_token") bodyToken = value;
    else if (key === "h") h = value;
    else if (key === "action") action = value;
    else if (key === "url") url = value;
    else {
      const target = key.startsWith("mp-") ? commands : properties;
      target[key] = [...(target[key] ?? []), value];
    }
  }
  const token = bodyToken === undefined ? {} : { bodyToken };
  if (action !== undefined) {
    if (action !== "delete" && action !== "undelete") return { problem: `action: ${JSON.stringify(action)} is sent as JSON (only delete and undelete as a form)` };
    if (!url) return { problem: "url: required" };
    return { action, url, ...token };
  }
  if (h === undefined) return { problem: "h: required (h=entry)" };
  return { action: "create", type: `h-${h}`, properties, commands, photos, ...token };
}

function fromJson(text: string): MicropubRequest | { problem: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: "the body is not JSON" };
  }
  if (!isObject(body)) return { problem: "the body must be a JSON object" };
  if (body.action !== undefined) {
    const { action, url } = body;
    if (typeof url !== "string") return { problem: "url: required, the post's address" };
    if (action === "delete" || action === "undelete") return { action, url };
    if (action !== "update") return { problem: `action: ${JSON.stringify(action)} is none of update, delete, undelete` };
    const replace = lists(body.replace ?? {}, "replace");
    const add = lists(body.add ?? {}, "add");
    const remove = Array.isArray(body.delete) ? body.delete : lists(body.delete ?? {}, "delete");
    for (const part of [replace, add, remove]) if (typeof part === "string") return { problem: part };
    if (Array.isArray(remove) && !remove.every((name) => typeof name === "string")) return { problem: "delete: a list of property names, or an object of lists" };
    return { action: "update", url, replace: replace as Properties, add: add as Properties, delete: remove as string[] | Properties };
  }
  const { type, properties } = body;
  if (!Array.isArray(type) || typeof type[0] !== "string") return { problem: 'type: required, e.g. ["h-entry"]' };
  const all = lists(properties ?? {}, "properties");
  if (typeof all === "string") return { problem: all };
  const commands = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith("mp-")));
  const kept = Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith("mp-") && key !== "access_token"));
  return { action: "create", type: type[0], properties: kept, commands, photos: [] };
}

/** `value` as an object whose every value is a list, or what is wrong with it. */
function lists(value: unknown, name: string): Properties | string {
  if (!isObject(value)) return `${name}: expected an object whose values are lists`;
  for (const [key, values] of Object.entries(value)) {
    if (!Array.isArray(values)) return `${name}.${key}: expected a list of values`;
  }
  return value as Properties;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
