/** The Worker entry: wrangler.toml's `main`. */
export { default } from "./app";
