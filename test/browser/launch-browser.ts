import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`): the tests never download a browser. */
const CHROMIUM = "/usr/bin/chromium";

/**
 * A headless Chromium that reaches only the test server: the machines that run
 * these tests have no outside network, and these flags stop Chromium from trying
 * (updates, sync, QUIC probes). No sandbox: CI runs as root in a container.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
