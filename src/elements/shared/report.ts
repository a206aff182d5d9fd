/**
 * One clear console message per distinct configuration problem, for the site owner. Readers
 * never see these: they see the safe fallback.
 */
export class ProblemReporter {
  readonly #reported = new Set<string>();

  constructor(private readonly tag: string) {}

  report(problem: string): void {
    if (this.#reported.has(problem)) return;
    this.#reported.add(problem);
    console.error(`<${this.tag}>: ${problem}`);
  }
}
