import { env } from "cloudflare:workers";
import app from "../../../src/app";
import type { DocumentResult } from "../../../src/dialects/ninjs/document-result";
import { TOKEN } from "../../support/store";

/** `POST /ingest/ninjs` of `body` (documents, or raw text), as an agency's wire sends it. */
export async function ingest(body: unknown, token = TOKEN): Promise<{ status: number; results: DocumentResult[]; error?: string }> {
  const response = await app.request(
    "/ingest/ninjs",
    { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) },
    env,
  );
  const json = await response.json<{ results?: DocumentResult[]; error_description?: string }>();
  return { status: response.status, results: json.results ?? [], ...(json.error_description && { error: json.error_description }) };
}

/** A ninjs 3.1 text dispatch, with what a test changes. */
export function dispatch3(uri: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uri,
    type: "text",
    firstCreated: "2026-11-20T08:00:00Z",
    versionCreated: "2026-11-20T08:00:00Z",
    language: "fr",
    headlines: [{ role: "main", value: "Dépêche d’agence" }],
    bodies: [{ role: "main", contentType: "text/html", value: "<p>Le texte de la dépêche.</p>" }],
    subjects: [{ name: "Monde" }],
    descriptions: [{ role: "creditline", value: "Agence d’essai" }],
    ...fields,
  };
}
