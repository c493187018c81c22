// Stand-in for the Select that antd's Pagination draws its page-size changer with (antd/es/pagination/Pagination.js
// imports '../select'), swapped in by vite.config.ts (paginationSelectOnDemand). Every antd Table imports Pagination
// statically, and with it all of Select (rc-select, rc-virtual-list, rc-overflow, its styles: ~26 KB gzip) even on a
// page whose tables have no pages or too few rows for a size changer (a Brand Day's eligibility table, an audit
// trail). antd's Select module hands itself to `provideSelect` when it runs (vite.config.ts appends the call), so on a
// page that already uses a Select (every list with a filter bar) the changer is antd's Select at once; elsewhere the
// first pagination that shows a changer loads it, and the changer appears when it has (the pages and arrows at once).
import { createElement, lazy, Suspense } from 'react';

let loaded = null;

/** Called by antd's Select module when it runs (see vite.config.ts). */
export function provideSelect(Select) {
  loaded = Select;
}

const LazySelect = lazy(() => import('antd/es/select'));

export default function PaginationSelect(props) {
  if (loaded) return createElement(loaded, props);
  return createElement(Suspense, { fallback: null }, createElement(LazySelect, props));
}
