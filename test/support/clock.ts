// The system clock, fixed for a test: the deadline rules read "today" from the clock when no
// `today` setting is given, and the tests of that path must not depend on the day they run.

/** Run `f` while the system clock (`new Date()`, `Date.now()`) reads noon UTC on `iso`. */
export function withClock<T>(iso: string, f: () => T): T {
  const RealDate = Date;
  const fixed = RealDate.parse(`${iso}T12:00:00Z`);
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else if (args.length === 1) super(args[0] as string | number | Date);
      else super(...(args as [number, number]));
    }

    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = ClockDate as DateConstructor;
  try {
    return f();
  } finally {
    globalThis.Date = RealDate;
  }
}
