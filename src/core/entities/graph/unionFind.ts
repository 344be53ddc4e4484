/** Disjoint sets over 0..n-1 with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let i = 0; i < count; i++) this.parent[i] = i;
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
    return { root: rootA, absorbed: rootB };
  }
}
