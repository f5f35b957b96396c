// The tagger's labels as the rules after it rewrite them: B-X opens a name of class X, I-X goes on with it, O is
// outside. One home for relabelling a span, which the rules that join or cut names all do.

/** Labels tokens [from, to) as one name of class `cls` ("PER", "ORG", "LOC", "MISC"). */
export function relabel(labels: string[], from: number, to: number, cls: string): void {
  for (let k = from; k < to; k++) labels[k] = (k === from ? 'B-' : 'I-') + cls;
}
