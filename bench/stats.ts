export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median and range: the median because one slow run (a GC, a disk flush) should not move the figure. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.toSorted((a, b) => a - b);
  const at = (i: number) => {
    const value = sorted[i];
    if (value === undefined) throw new Error('summarize() needs at least one sample');
    return value;
  };
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1) };
}
