/**
 * Recent answers by key, forgotten all at once when `limit` is reached: a bound
 * on memory without the bookkeeping of a least-recently-used list. For answers
 * that depend only on their key and come back often (parsed windows, formatted
 * numbers).
 */
export class RecentAnswers<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The answer for `key`, computed (and remembered) when not known. */
  get(key: string, compute: () => V): V {
    if (this.answers.has(key)) return this.answers.get(key)!;
    const value = compute();
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }

  clear(): void {
    this.answers.clear();
  }
}
