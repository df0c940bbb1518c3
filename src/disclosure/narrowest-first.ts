// The order in which the audit takes a component's cells: narrowest witnessed range first (ties by
// index), where ranges only ever widen as solutions are met. A scan of every pending cell per step
// costs the square of the component's size (a nation of 290 municipalities has components of some
// 100 000 hidden cells); this heap gives the same order in n log n: an entry whose cell has widened
// since it was pushed goes back in with its new width, and one whose width still holds is the
// narrowest, since every other entry's width is at least what it was pushed with.
export class NarrowestFirst {
  private readonly widths: number[] = [];
  private readonly items: number[] = [];

  constructor(
    count: number,
    private readonly width: (i: number) => number,
  ) {
    for (let i = 0; i < count; i++) this.push(i, width(i));
  }

  /** The pending index of least width now (and that width), removed; undefined when none is left. */
  next(): { index: number; width: number } | undefined {
    while (this.items.length > 0) {
      const index = this.items[0]!;
      const pushed = this.widths[0]!;
      this.pop();
      const now = this.width(index);
      if (now === pushed) return { index, width: now };
      this.push(index, now);
    }
    return undefined;
  }

  private less(a: number, b: number): boolean {
    return this.widths[a]! < this.widths[b]! || (this.widths[a] === this.widths[b] && this.items[a]! < this.items[b]!);
  }

  private swap(a: number, b: number): void {
    [this.widths[a], this.widths[b]] = [this.widths[b]!, this.widths[a]!];
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
  }

  private push(index: number, width: number): void {
    this.items.push(index);
    this.widths.push(width);
    for (let k = this.items.length - 1; k > 0; ) {
      const up = (k - 1) >> 1;
      if (!this.less(k, up)) break;
      this.swap(k, up);
      k = up;
    }
  }

  private pop(): void {
    const last = this.items.length - 1;
    this.swap(0, last);
    this.items.pop();
    this.widths.pop();
    for (let k = 0; ; ) {
      const l = 2 * k + 1;
      const r = l + 1;
      let least = k;
      if (l < last && this.less(l, least)) least = l;
      if (r < last && this.less(r, least)) least = r;
      if (least === k) break;
      this.swap(k, least);
      k = least;
    }
  }
}
