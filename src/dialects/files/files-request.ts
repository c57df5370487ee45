import type { ItemState } from "../../store/item-row";
import type { Result } from "../../publish/change";

/** What became of one file of a publish. */
export interface FileResult {
  file: string;
  result: Result;
  problems?: string[];
  state?: ItemState;
  visibleFrom?: string;
}

export interface FilesRequest {
  files: { path: string; bytes: Uint8Array }[];
  deleted: string[];
}

/** A file's name as the store keys it: `items/NAME`, one level, no way out of the folder. */
const PATH = /^items\/[^/\\]+$/;

/** The body of `POST /publish`, or every problem with it. */
export function filesRequest(text: string): FilesRequest | { problems: string[] } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { problems: ["the body is not JSON"] };
  }
  const problems: string[] = [];
  const { files = [], deleted = [] } = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  if (!Array.isArray(files)) problems.push("files: expected a list");
  if (!Array.isArray(deleted)) problems.push("deleted: expected a list");
  const request: FilesRequest = { files: [], deleted: [] };
  (Array.isArray(files) ? files : []).forEach((file: unknown, i) => {
    const { path, base64 } = (typeof file === "object" && file !== null ? file : {}) as Record<string, unknown>;
    if (typeof path !== "string" || !PATH.test(path)) problems.push(`files[${i}].path: expected items/NAME`);
    else if (typeof base64 !== "string") problems.push(`files[${i}].base64: expected the file's bytes in base64`);
    else {
      try {
        request.files.push({ path, bytes: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) });
      } catch {
        problems.push(`files[${i}].base64: not base64`);
      }
    }
  });
  (Array.isArray(deleted) ? deleted : []).forEach((path: unknown, i) => {
    if (typeof path !== "string" || !PATH.test(path)) problems.push(`deleted[${i}]: expected items/NAME`);
    else request.deleted.push(path);
  });
  return problems.length > 0 ? { problems } : request;
}
