// Stand-in for antd's table row selection (antd/es/table/hooks/useSelection.js), swapped in by vite.config.ts
// (tableWithoutOptions). No table of the console selects rows; antd's Table imports the selection column statically,
// and with it Checkbox, Radio and the Dropdown of its "select all" menu (rc-menu, rc-dropdown, menu styles) on every
// list's first visit. Without `rowSelection` antd's hook only drops SELECTION_COLUMN from the columns, as this does;
// a table given `rowSelection` fails loudly: take the shim out of vite.config.ts first.
export const SELECTION_COLUMN = {};
export const SELECTION_ALL = 'SELECT_ALL';
export const SELECTION_INVERT = 'SELECT_INVERT';
export const SELECTION_NONE = 'SELECT_NONE';

const NONE = new Set();
const withoutSelectionColumn = (columns) => columns.filter((col) => col !== SELECTION_COLUMN);

export default function useSelection(_config, rowSelection) {
  if (rowSelection) throw new Error('Table row selection is not in the bundle (web/src/shims/table-selection.js).');
  return [withoutSelectionColumn, NONE];
}
