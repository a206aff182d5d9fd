/** Captures what `console.error` receives while `run` executes, and restores it afterwards. */
export async function consoleErrors(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.error;
  const seen: string[] = [];
  console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return seen;
}
