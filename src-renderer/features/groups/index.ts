export { flattenTree, groupPath, groupTree, indentedName, subtreeIds, type GroupNode } from './group-tree';
export { GroupsPage } from './GroupsPage';
export { refreshGroupsOnChange, useGroupsStore } from './groups-store';
export { GroupSelect } from './GroupSelect';
