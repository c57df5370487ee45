import type { Properties } from "./micropub-request";

/**
 * An update's operations on an entry's properties (Micropub §3.4.2), in the
 * order the Recommendation gives: `replace` sets a property's values, `add`
 * appends values (creating the property), `delete` takes whole properties (a
 * list of names) or some of their values (an object of lists); a property left
 * with no value is gone.
 */
export function applyUpdate(properties: Properties, update: { replace: Properties; add: Properties; delete: string[] | Properties }): Properties {
  const result: Properties = { ...properties };
  for (const [name, values] of Object.entries(update.replace)) result[name] = [...values];
  for (const [name, values] of Object.entries(update.add)) result[name] = [...(result[name] ?? []), ...values];
  if (Array.isArray(update.delete)) {
    for (const name of update.delete) delete result[name];
  } else {
    for (const [name, values] of Object.entries(update.delete)) {
      const gone = new Set(values.map((v) => JSON.stringify(v)));
      result[name] = (result[name] ?? []).filter((v) => !gone.has(JSON.stringify(v)));
      if (result[name]!.length === 0) delete result[name];
    }
  }
  return result;
}
