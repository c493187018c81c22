// Build-only stand-in for `resize-observer-polyfill` (imported by rc-resize-observer, i.e. every antd menu, tooltip and
// table): every browser the console supports has ResizeObserver, and the polyfill is ~2.3 KB gzip of the frame.
export default globalThis.ResizeObserver;
