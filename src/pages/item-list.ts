import { html } from "hono/html";
import type { Item } from "../items/item";
import { site } from "../site";
import { articlePath } from "../urls";
import { formatDate } from "./format-date";

/** Items as a list of headlines, each with its date and summary, in its own language. */
export function itemList(items: readonly Item[]) {
  return html`<ol class="items" role="list">
${items.map(
  (item) => html`<li lang="${item.language}"><article>
<h3><a href="${encodeURI(articlePath(item.slug))}">${item.title}</a></h3>
<p class="meta"><time datetime="${item.date}">${formatDate(item, site.timeZone)}</time></p>
<p>${item.summary}</p>
</article></li>
`,
)}</ol>`;
}
