/** Thrown when a query names a value the library does not know, with the values it does know. */
export class UnknownOptionError extends Error {
  override readonly name = 'UnknownOptionError';

  constructor(
    /** The option that was wrong, e.g. `nation`. */
    readonly option: string,
    /** What was given. */
    readonly received: unknown,
    /** Every value the option accepts. */
    readonly validValues: readonly string[],
  ) {
    super(`Unknown ${option} ${JSON.stringify(received)}. Use one of: ${validValues.join(', ')}.`);
  }
}

/** Checks `value` is one of `validValues`, narrowing its type, or throws an `UnknownOptionError`. */
export function assertOption<T extends string>(option: string, value: unknown, validValues: readonly T[]): T {
  if (typeof value === 'string' && (validValues as readonly string[]).includes(value)) return value as T;
  throw new UnknownOptionError(option, value, validValues);
}
