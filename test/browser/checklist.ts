/** Records one check: its name and what went wrong (nothing when it passed). */
export type Report = (name: string, problems: readonly string[], notes?: readonly string[]) => void;

/**
 * Prints each check as the interop tier does (`ok    name`, or `FAIL  name` and
 * the reasons under it) and counts them. Notes are printed under a check either
 * way: what was seen that a person should know without it failing.
 */
export class Checklist {
  passed = 0;
  failed = 0;

  readonly report: Report = (name, problems, notes = []) => {
    if (problems.length === 0) this.passed++;
    else this.failed++;
    console.log(`${problems.length === 0 ? "ok  " : "FAIL"}  ${name}`);
    for (const line of [...problems, ...notes.map((n) => `note: ${n}`)]) console.log(`        ${line}`);
  };

  /** Runs a group of checks; one that throws (a timeout, a crash) fails as `name`. */
  async attempt(name: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.report(name, [error instanceof Error ? (error.stack ?? error.message) : String(error)]);
    }
  }
}
