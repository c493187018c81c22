// Stand-in for antd's table column filter dropdown (antd/es/table/hooks/useFilter/FilterDropdown.js), swapped in by
// vite.config.ts (tableWithoutOptions). The console's tables filter on the server, through the list's filter bar: no
// column declares `filters` or `filterDropdown`, yet antd's Table imports the dropdown statically, and with it Tree
// and its styles, on every list's first visit. A column that declares a filter fails loudly here instead of rendering
// nothing: take the shim out of vite.config.ts first.
export function flattenKeys(filters) {
  let keys = [];
  for (const { value, children } of filters || []) {
    keys.push(value);
    if (children) keys = keys.concat(flattenKeys(children));
  }
  return keys;
}

export default function FilterDropdown() {
  throw new Error('Table column filters are not in the bundle (web/src/shims/table-filter-dropdown.js).');
}
