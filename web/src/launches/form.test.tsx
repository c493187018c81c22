import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LaunchContent, SKU_CSV_MAX_BYTES, type Sku, addDays, platformDate } from '@console/shared';
import { callerAs, mockServer } from '@console/mocks/node';
import { HttpResponse, http } from 'msw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordTrpcCalls, renderApp } from '../test/render';
// The pages' lazy chunks, loaded up front so that a test's time goes to the test, not to transforming modules.
import './create';
import './csv-import';
import './edit';
import './show';
import './sku-grid';

type Recorder = ReturnType<typeof recordTrpcCalls>;
let recorder: Recorder | null = null;
afterEach(() => recorder?.stop());

const sku = (i: number, over: Partial<Sku> = {}): Sku => ({
  code: `SS27-T-${String(i).padStart(3, '0')}`,
  name: `亚麻衬衫 ${i}`,
  listPrice: 29900,
  launchPrice: 25900,
  stock: 100,
  imageUrl: '',
  ...over,
});

/** A draft of op.apparel's merchant, made through the bff's router as the form would. */
async function draft(over: Partial<LaunchContent> = {}) {
  const caller = await callerAs('op.apparel');
  return caller.launches.create({
    season: 'SS',
    year: 2027,
    title: '2027 春夏 · 山野系列',
    launchDate: '2027-03-01',
    story: '山野与城市之间',
    channels: ['online_store'],
    earlyAccess: null,
    skus: [1, 2, 3, 4, 5].map((i) => sku(i)),
    ...over,
  });
}

/** The bff's answer to a submit the rules refuse: BAD_REQUEST with per-field keys (tRPC's batch wire format). */
function badRequestOn(path: string, fieldErrors: Record<string, string[]>) {
  return http.post(`*/trpc/${path}`, () =>
    HttpResponse.json(
      [{ error: { message: 'launches.submitInvalid', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, path, fieldErrors } } }],
      { status: 400 },
    ),
  );
}

const submitButton = () => screen.getByText(/保存并提交审核|重新提交/).closest('button')!;
/** By aria-label: far quicker than role queries over antd's large DOM. */
const byLabel = (label: string) => document.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
const findByLabel = (label: string) =>
  waitFor(
    () => {
      const el = byLabel(label);
      if (!el) throw new Error(`no element labelled ${label}`);
      return el;
    },
    // The first page of a file loads its route chunks cold; the shared machine can take longer than 20 s.
    { timeout: 45_000 },
  );
const cellOf = (el: Element) => el.closest<HTMLElement>('.ant-table-cell')!;
const type = (el: HTMLInputElement, value: string) => fireEvent.change(el, { target: { value } });

describe('launch form: the shared rules before submitting', { timeout: 120_000 }, () => {
  it('shows a launch price above the list price in its cell at once, and too few SKUs on submit, without calling the server', async () => {
    recorder = recordTrpcCalls();
    const d = await draft({ skus: [sku(1), sku(2, { launchPrice: 39900 }), sku(3), sku(4)] });
    renderApp(`/launches/${d.id}/edit`, { as: 'op.apparel' });
    const cell = await findByLabel('上新价 (元) #2');
    // The rule's message is in place, in the row's cell, before anything is submitted.
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(within(cellOf(cell)).getByRole('alert')).toHaveTextContent('上新价不能高于吊牌价');

    // Typing a valid price clears it; a price above the list price of another row flags that row.
    type(cell, '199');
    await waitFor(() => expect(byLabel('上新价 (元) #2')).toHaveAttribute('aria-invalid', 'false'));
    type(byLabel('上新价 (元) #3')!, '300');
    await waitFor(() => expect(within(cellOf(byLabel('上新价 (元) #3')!)).getByRole('alert')).toHaveTextContent('上新价不能高于吊牌价'));
    type(byLabel('上新价 (元) #3')!, '259');

    fireEvent.click(submitButton());
    expect(await screen.findByTestId('skus-error')).toHaveTextContent('至少需要 5 个 SKU');
    expect(screen.getByTestId('form-error')).toHaveTextContent('还有 1 处需要修改才能提交');
    expect(await recorder.inputsOf('launches.submit')).toEqual([]);
    expect(await recorder.inputsOf('launches.update')).toEqual([]);
  });

  it('shows a hidden direction character in a SKU code in its cell at once, with the server’s own message', async () => {
    const d = await draft({ skus: [sku(1), sku(2), sku(3), sku(4), sku(5)] });
    renderApp(`/launches/${d.id}/edit`, { as: 'op.apparel' });
    const code = await findByLabel('SKU 编码 #2');
    type(code, 'AW26\u202E-001');
    await waitFor(() => expect(byLabel('SKU 编码 #2')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(cellOf(byLabel('SKU 编码 #2')!)).getByRole('alert')).toHaveTextContent('不能包含改变文字方向的隐藏字符');
  });

  it('flags a launch date less than 7 days ahead (and outside the season’s window) on submit', async () => {
    const soon = addDays(platformDate(new Date()), 3);
    const d = await draft({ launchDate: soon });
    renderApp(`/launches/${d.id}/edit`, { as: 'op.apparel' });
    await findByLabel('SKU 编码 #1');
    // Shown as soon as the draft is open, before anything is submitted.
    expect(screen.getByText(/上新日期须在提交日至少 7 天之后/)).toBeInTheDocument();
    expect(await screen.findByText(/上新日期须在本季上新窗口内/)).toBeInTheDocument();
    fireEvent.click(submitButton());
    expect(await screen.findByText(/还有 2 处需要修改才能提交/)).toBeInTheDocument();
  });

  it('shows member early access the active member programme no longer gives on its field, as soon as the draft opens', async () => {
    const caller = await callerAs('op.apparel');
    // Saved while the programme gave T3 48 hours (the demo's); then a version giving T3 24 hours takes effect today.
    const d = await draft({ earlyAccess: { tier: 'T3', hours: 48 } });
    const pv = await caller.perks.createDraft({});
    const content = structuredClone(pv.content);
    content.tiers.T3.earlyAccessHours = 24;
    const saved = await caller.perks.saveDraft({ id: pv.id, revision: pv.revision, content });
    await caller.perks.publish({ id: pv.id, revision: saved.revision, effectiveFrom: platformDate(new Date()) });
    renderApp(`/launches/${d.id}/edit`, { as: 'op.apparel' });
    expect(await screen.findByText('提前小时数须与当前会员体系中该等级的一致', undefined, { timeout: 45_000 })).toBeInTheDocument();
    // Fixable in place: the hours of the offered tier are editable while they differ, and typing the offer's clears it.
    const hours = byLabel('提前小时数')!;
    expect(hours).not.toBeDisabled();
    type(hours, '24');
    await waitFor(() => expect(screen.queryByText('提前小时数须与当前会员体系中该等级的一致')).toBeNull());
  });

  it('tells the season’s window and the earliest date under the date picker of a new launch', async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    expect(await screen.findByText(/2027 春夏上新：2027-02-01 至 2027-04-30，报名截止 2027-01-20；上新日期须在提交日 7 天之后/)).toBeInTheDocument();
  });

  it('saves a valid draft and submits it: update with the content, then submit with the new version', async () => {
    recorder = recordTrpcCalls();
    const d = await draft();
    renderApp(`/launches/${d.id}/edit`, { as: 'op.apparel' });
    await findByLabel('SKU 编码 #1');
    type(document.querySelector<HTMLInputElement>('#title')!, '2027 春夏 · 山海');
    fireEvent.click(submitButton());
    await waitFor(() => expect(window.location.pathname).toBe(`/launches/${d.id}`));
    expect((await screen.findAllByText('已提交', { selector: '.ant-tag' })).length).toBeGreaterThan(0);
    const [update] = (await recorder.inputsOf('launches.update')) as { title: string; version: number; skus: Sku[] }[];
    expect(update).toMatchObject({ id: d.id, version: d.version, title: '2027 春夏 · 山海' });
    expect(update!.skus).toHaveLength(5);
    expect(await recorder.inputsOf('launches.submit')).toEqual([{ id: d.id, version: d.version + 1 }]);
  });

  it('shows the server’s per-field errors in place, on the SKU cell they name', async () => {
    const d = await draft();
    // The server disagrees (a rule the browser could not know): its field errors land on the cell.
    mockServer.use(badRequestOn('launches.submit', { 'skus.3.launchPrice': ['launches.launchPriceAboveList'], title: ['launches.titleRequired'] }));
    renderApp(`/launches/${d.id}/edit`, { as: 'op.apparel' });
    await findByLabel('SKU 编码 #1');
    fireEvent.click(submitButton());
    await waitFor(() => expect(screen.getByTestId('form-error')).toBeInTheDocument());
    await waitFor(() => expect(byLabel('上新价 (元) #4')).toHaveAttribute('aria-invalid', 'true'));
    expect(within(cellOf(byLabel('上新价 (元) #4')!)).getByRole('alert')).toHaveTextContent('上新价不能高于吊牌价');
    expect(screen.getByText('请填写标题')).toBeInTheDocument();
  });
});

const gb18030 = () => readFileSync(join(process.cwd(), existsSync('shared') ? '' : '..', 'shared/src/launches/fixtures/skus-gb18030.csv'));
const csvFile = (content: string | Uint8Array<ArrayBuffer>, name = 'skus.csv') => new File([content], name, { type: 'text/csv' });

async function openImport() {
  fireEvent.click((await screen.findByText('导入 CSV')).closest('button')!);
  return waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('.ant-modal');
    if (!dialog || !within(dialog).queryByText('从 CSV 导入 SKU')) throw new Error('no import dialog');
    return dialog;
  });
}
const importButton = (dialog: HTMLElement) => [...dialog.querySelectorAll('button')].find((b) => /^导\s*入$/.test(b.textContent ?? ''))!;
async function drop(dialog: HTMLElement, file: File) {
  const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('CSV import', { timeout: 60_000 }, () => {
  it('a good file fills the SKU table', async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    const dialog = await openImport();
    const rows = ['SKU编码,名称,吊牌价,上新价,库存,图片', ...[1, 2, 3, 4, 5, 6].map((i) => `SS27-LN-00${i},亚麻衬衫 ${i},299,259.50,${i * 10},`)];
    await drop(dialog, csvFile(rows.join('\n')));
    expect(await within(dialog).findByText(/可导入 6 个 SKU/)).toBeInTheDocument();
    fireEvent.click(importButton(dialog));
    await waitFor(() => expect(screen.getByText('共 6 个 SKU')).toBeInTheDocument());
    expect(byLabel('SKU 编码 #1')).toHaveValue('SS27-LN-001');
    expect(byLabel('上新价 (元) #1')).toHaveValue('259.50');
    expect(byLabel('库存 #2')).toHaveValue('20');
  });

  it('a file with bad rows shows each line and reason, and imports nothing', async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    const dialog = await openImport();
    const text = ['SKU编码,名称,吊牌价,上新价,库存', 'A-1,衬衫,299,259,10', 'A-2,衬衫,199,259,10', 'A-1,衬衫,299,abc,0'].join('\n');
    await drop(dialog, csvFile(text));
    const table = await within(dialog).findByTestId('csv-errors');
    const lines = [...table.querySelectorAll('tbody tr.ant-table-row')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(lines).toEqual([
      ['3', '上新价 (元)', '上新价不能高于吊牌价'],
      ['4', 'SKU 编码', 'SKU 编码 A-1 与第 2 行重复'],
      ['4', '上新价 (元)', '价格「abc」格式不正确'],
      ['4', '库存', '库存至少为 1'],
    ]);
    expect(within(dialog).getByText(/有 4 处错误，未导入任何 SKU/)).toBeInTheDocument();
    expect(importButton(dialog)).toBeDisabled();
    expect(screen.getByText('共 0 个 SKU')).toBeInTheDocument();
  });

  it('500 rows import at once and the grid renders only the rows in view', async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    const dialog = await openImport();
    const rows = ['SKU编码,名称,吊牌价,上新价,库存'];
    for (let i = 1; i <= 500; i++) rows.push(`SS27-${String(i).padStart(4, '0')},衬衫 ${i},299,259,${i}`);
    await drop(dialog, csvFile(rows.join('\n')));
    expect(await within(dialog).findByText(/可导入 500 个 SKU/)).toBeInTheDocument();
    fireEvent.click(importButton(dialog));
    await waitFor(() => expect(screen.getByText('共 500 个 SKU')).toBeInTheDocument());
    // The grid is a lazy component: the first time rows appear (the file's first test to show it, in shuffled order)
    // it renders a moment after the count, which is the form's.
    const rendered = () => document.querySelectorAll('[aria-label^="SKU 编码 #"]').length;
    await waitFor(() => expect(rendered()).toBeGreaterThan(0));
    expect(rendered()).toBeLessThan(60);
  });

  it(`refuses a file over ${SKU_CSV_MAX_BYTES} bytes by its size, before reading it, and says the limit`, async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    const dialog = await openImport();
    expect(within(dialog).getByText(/最多 500 行、文件不超过 2 MB/)).toBeInTheDocument();
    const big = csvFile(new Uint8Array(3 * 1024 * 1024) as Uint8Array<ArrayBuffer>, 'big.csv');
    // jsdom's File has no arrayBuffer(): the dialog reads through FileReader, watched here.
    const read = vi.spyOn(FileReader.prototype, 'readAsArrayBuffer');
    await drop(dialog, big);
    expect(await within(dialog).findByText('文件过大（3 MB），最大 2 MB；请只保留 SKU 数据后再导入')).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    expect(importButton(dialog)).toBeDisabled();
  });

  it('a row with a stray comma is refused with its line, not imported shifted', async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    const dialog = await openImport();
    await drop(dialog, csvFile(['SKU编码,名称,吊牌价,上新价,库存', 'S1,T恤,1299,1,099,5'].join('\n')));
    const table = await within(dialog).findByTestId('csv-errors');
    const lines = [...table.querySelectorAll('tbody tr.ant-table-row')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(lines).toEqual([['2', '—', '这一行有 6 个单元格，表头有 5 列；请检查是否有未加引号的逗号（如 1,099）或漏填的单元格']]);
  });

  it('decodes a GB18030 file as Excel on Chinese Windows saves it', async () => {
    renderApp('/launches/create', { as: 'op.apparel' });
    const dialog = await openImport();
    await drop(dialog, csvFile(new Uint8Array(gb18030()) as Uint8Array<ArrayBuffer>, '秋冬.csv'));
    expect(await within(dialog).findByText(/可导入 2 个 SKU（编码 GB18030）/)).toBeInTheDocument();
    fireEvent.click(importButton(dialog));
    await waitFor(() => expect(byLabel('名称 #1')).toHaveValue('双面羊绒大衣 驼色 S'));
    expect(byLabel('吊牌价 (元) #1')).toHaveValue('3999.00');
  });
});
