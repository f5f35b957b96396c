// Runs tasks from a source through the pool with a bounded number outstanding (started but not yet written),
// writing each result in input order or as it finishes. The bound is what keeps memory flat on an endless
// stream: the source is not read further until results have been written.

export interface StreamOptions {
  ordered: boolean;
  /** Most tasks outstanding at once. */
  window: number;
}

export async function streamTasks<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  start: (item: T) => Promise<R>,
  emit: (result: R) => Promise<void>,
  { ordered, window }: StreamOptions,
): Promise<void> {
  const finished = new Map<number, R>();
  let started = 0;
  let arrived = 0;
  let next = 0;
  let outstanding = 0;
  let wake: (() => void) | undefined;
  let writing = Promise.resolve();
  const waitForSlot = () => new Promise<void>((resolve) => (wake = resolve));

  const flush = async () => {
    while (finished.has(next)) {
      const result = finished.get(next)!;
      finished.delete(next++);
      await emit(result);
      outstanding--;
      wake?.();
    }
  };

  for await (const item of source) {
    while (outstanding >= window) await waitForSlot();
    const index = started++;
    outstanding++;
    void start(item).then((result) => {
      finished.set(ordered ? index : arrived++, result);
      writing = writing.then(flush);
    });
  }
  while (outstanding > 0) await waitForSlot();
  await writing;
}
