import { request, type IncomingHttpHeaders } from "node:http";

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the status line and headers had arrived. */
  headersAt: number;
}

/**
 * One GET on a fresh connection (no agent, so no pooled socket outlives a killed
 * server on a reused port).
 */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      const headersAt = performance.now();
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, headersAt }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
