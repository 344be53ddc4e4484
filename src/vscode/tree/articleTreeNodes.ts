/**
 * The levels of the article tree: outlet → (month →) day → article; months only for outlets with many days.
 * A last top-level group lists the files that are problems.
 */
export type ArticleTreeNode =
  | { kind: 'outlet'; outlet: string; count: number }
  | { kind: 'month'; outlet: string; month: string; count: number }
  | { kind: 'day'; outlet: string; day: string; count: number }
  | { kind: 'article'; outlet: string; day: string; id: string }
  /** Files that could not be read as articles, or were read with a warning. */
  | { kind: 'problems'; count: number }
  | { kind: 'problem'; file: string; path: string; reason: string; severity: 'error' | 'warning' };

/** A stable id for a node, so that VS Code keeps expansion state across refreshes. */
export function nodeKey(node: ArticleTreeNode): string {
  switch (node.kind) {
    case 'outlet':
      return `outlet:${node.outlet}`;
    case 'month':
      return `month:${node.outlet}:${node.month}`;
    case 'day':
      return `day:${node.outlet}:${node.day}`;
    case 'article':
      return `article:${node.id}`;
    case 'problems':
      return 'problems';
    case 'problem':
      return `problem:${node.file}`;
  }
}
