/**
 * How to read page `page` of `total` rows from the nearer end of their order. An OFFSET makes the database read and
 * throw away every row before the page, so the last page of 10,000 merchants read 10,000 rows (and sorted them) to
 * show 20. A page past the middle is read in the reverse order instead, skipping the rows after it, and its rows
 * turned back: the last page reads 20 rows, the middle one at most half of them. Same rows, same order.
 */
export interface PageRead {
  /** Read in the reverse of the list's order (ties too), then reverse the rows read. */
  reverse: boolean;
  offset: number;
  /** 0: the page lies past the end; nothing to read. */
  limit: number;
}

export function pageRead(total: number, page: number, pageSize: number): PageRead {
  const offset = (page - 1) * pageSize;
  const limit = Math.max(0, Math.min(pageSize, total - offset));
  const after = total - offset - limit;
  return after < offset ? { reverse: true, offset: after, limit } : { reverse: false, offset, limit };
}
