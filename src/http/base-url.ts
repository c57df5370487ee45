/**
 * The origin every absolute URL starts with: `BASE_URL`, which every deployment
 * sets (`npm run dev` sets it to its own http://localhost:PORT). Never the origin
 * a request names: a client could then write any host into the links, and give
 * each its own copy of every prepared answer.
 *
 * It must be a bare origin: the Worker serves its routes from the root, so a path
 * there would make every link point where nothing is served. Checked once, when
 * the Worker starts: a wrong setting fails the deployment, not each request.
 */
export function baseUrl(configured: string | undefined): string {
  if (!configured) {
    throw new Error("BASE_URL is not set: set it in wrangler.toml [vars] to the site's public origin, e.g. https://feeds.example.org");
  }
  let url: URL | undefined;
  try {
    url = new URL(configured);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new Error(`BASE_URL must be an origin such as https://feeds.example.org, not ${JSON.stringify(configured)}`);
  }
  return url.origin;
}
