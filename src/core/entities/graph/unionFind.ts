/** Disjoint sets over 0..n-1 with path halving and union by size. */
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;
  /** Number of unions that joined two different sets since the last reset. */
  joins = 0;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count);
    this.reset(count);
  }

  /** Back to `count` singletons (the arrays grow when needed); returns this. */
  reset(count: number): this {
    if (this.parent.length < count) {
      this.parent = new Int32Array(Math.max(count, this.parent.length * 2, 64));
      this.size = new Int32Array(this.parent.length);
    }
    for (let i = 0; i < count; i++) {
      this.parent[i] = i;
      this.size[i] = 1;
    }
    this.joins = 0;
    return this;
  }

  /** Representative of `item`'s set. */
  find(item: number): number {
    let node = item;
    while (this.parent[node] !== node) {
      this.parent[node] = this.parent[this.parent[node]!]!;
      node = this.parent[node]!;
    }
    return node;
  }

  /** Join two sets; returns the new representative and the absorbed one. */
  union(a: number, b: number): { root: number; absorbed: number } | undefined {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return undefined;
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA]! += this.size[rootB]!;
    this.joins++;
    return { root: rootA, absorbed: rootB };
  }
}
