/**
 * A value that holds while a function runs (an incremental analysis's caches), for code deep in the engine to
 * consult without every stage's interface passing it down. Nested runs restore the outer value.
 */
export class Scoped<T> {
  current: T | undefined;

  run<R>(value: T, run: () => R): R {
    const outer = this.current;
    this.current = value;
    try {
      return run();
    } finally {
      this.current = outer;
    }
  }
}
