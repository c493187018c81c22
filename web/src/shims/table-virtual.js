// Stand-in for antd's virtual table body (antd/es/table/RcTable/VirtualTable.js), swapped in by vite.config.ts
// (tableWithoutOptions). antd's Table imports it statically, and with it rc-table's virtual grid and rc-virtual-list
// (~10 KB gzip), on every page with a table; one table of the console is virtual (the launch form's SKU grid). That
// page imports the real one and hands it here (`provideVirtualTable`); a table given `virtual` elsewhere fails loudly.
import { createElement, forwardRef } from 'react';

let provided = null;

/** The launch SKU grid's module gives antd's virtual table before it renders one (web/src/launches/sku-grid.tsx). */
export function provideVirtualTable(VirtualTable) {
  provided = VirtualTable;
}

export default forwardRef(function VirtualTable(props, ref) {
  if (!provided) throw new Error('A virtual table was not provided (web/src/shims/table-virtual.js).');
  return createElement(provided, { ...props, ref });
});
