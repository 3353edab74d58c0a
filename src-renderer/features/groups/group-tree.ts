import type { Group } from '../../../src-shared/api/groups';
import { comparePersian } from '../../../src-shared/domain/persian-text';

export interface GroupNode {
  group: Group;
  depth: number;
  children: GroupNode[];
}

// The flat list from groups.list as a tree, each level in Persian alphabetical order.
export function groupTree(groups: readonly Group[]): GroupNode[] {
  const known = new Set(groups.map((group) => group.id));
  const childrenOf = new Map<number | null, Group[]>();
  for (const group of groups) {
    // A parent that is gone (deleted elsewhere a moment ago) leaves its child at the top rather than lost.
    const parent = group.parentId !== null && known.has(group.parentId) ? group.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), group]);
  }
  const build = (parent: number | null, depth: number): GroupNode[] =>
    (childrenOf.get(parent) ?? [])
      .sort((a, b) => comparePersian(a.name, b.name))
      .map((group) => ({ group, depth, children: build(group.id, depth + 1) }));
  return build(null, 0);
}

// Depth-first, as the tree reads top to bottom: for indented <option>s and checkbox lists.
export function flattenTree(nodes: readonly GroupNode[]): GroupNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

// A group and everything under it: where it may not be moved to.
export function subtreeIds(groups: readonly Group[], id: number): Set<number> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const group of groups) {
      if (group.parentId !== null && ids.has(group.parentId) && !ids.has(group.id)) {
        ids.add(group.id);
        grew = true;
      }
    }
  }
  return ids;
}

// «مشتریان › تهران › عمده‌فروش»
export function groupPath(groups: readonly Group[], id: number): string {
  const byId = new Map(groups.map((group) => [group.id, group]));
  const names: string[] = [];
  for (let group = byId.get(id); group && names.length < 50; group = group.parentId === null ? undefined : byId.get(group.parentId)) {
    names.unshift(group.name);
  }
  return names.join(' › ');
}

// Indented names for a <select>: the tree's shape without a custom widget.
export function indentedName(node: GroupNode): string {
  return `${'\u00A0\u00A0\u00A0'.repeat(node.depth)}${node.depth > 0 ? '└ ' : ''}${node.group.name}`;
}
