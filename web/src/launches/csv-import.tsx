import { type CsvError, LAUNCH_RULES, SKU_CSV_MAX_BYTES, type Sku, type SkuCsvResult, formatFileSize, parseSkuCsv, skuCsvTemplate, skuCsvTooLarge } from '@console/shared';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import InboxOutlined from '@ant-design/icons/InboxOutlined';
import { Alert, Button, Flex, Modal, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../common/RadioGroupField';
import { FileDrop } from '../common/file-picker';
import { downloadText, useIssueText } from './common';
import { Typography } from '../common/typography';

export type ImportMode = 'replace' | 'append';

/** The file's bytes (`Blob.arrayBuffer`, or FileReader where a browser or jsdom lacks it). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a picked file with the shared parser: all rows or none, every bad row with its line and reason.
 * A file over SKU_CSV_MAX_BYTES is refused by its size alone, before a byte of it is read.
 */
export async function readSkuFile(file: Blob): Promise<SkuCsvResult> {
  if (file.size > SKU_CSV_MAX_BYTES) return { ok: false, errors: [skuCsvTooLarge(file.size)], encoding: null };
  const bytes = new Uint8Array(await readBytes(file));
  return parseSkuCsv(bytes, LAUNCH_RULES.maxSkus);
}

/** A CSV error's message: the file's own problems under `csv.*`, a row's rule the same text as the form. */
export function useCsvErrorText() {
  const { t } = useTranslation();
  const issue = useIssueText();
  return (e: CsvError) => {
    if (e.key === 'launches.skuCodeDuplicate') return t('csv.duplicateOf', e.params);
    return issue(e.key, e.params);
  };
}

/** The import dialog: drop a file, see what would be imported or why nothing will be, then import. */
export function CsvImportModal({
  open,
  existingCount,
  onClose,
  onImport,
}: {
  open: boolean;
  /** SKUs already in the form: the import appends to them unless the operator chooses to replace them. */
  existingCount: number;
  onClose: () => void;
  onImport: (skus: Sku[], mode: ImportMode) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useCsvErrorText();
  const [result, setResult] = useState<(SkuCsvResult & { file: string }) | null>(null);
  const hasSkus = existingCount > 0;
  // Appending keeps what was typed by hand; replacing is the explicit choice and says what it removes.
  const [mode, setMode] = useState<ImportMode>('append');
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';

  const close = () => {
    setResult(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('csv.title')}
      width={720}
      onCancel={close}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <Button icon={<DownloadOutlined />} onClick={() => downloadText(skuCsvTemplate(locale), locale === 'en' ? 'sku-template.csv' : 'SKU导入模板.csv')}>
            {t('csv.template')}
          </Button>
          <Flex gap={8}>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              disabled={!result?.ok}
              onClick={() => {
                if (!result?.ok) return;
                onImport(result.skus, hasSkus ? mode : 'replace');
                setResult(null);
              }}
            >
              {t('csv.import')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <FileDrop
        accept=".csv,text/csv"
        onFile={async (file) => {
          const parsed = await readSkuFile(file);
          setResult({ ...parsed, file: file.name });
        }}
        data-testid="csv-drop"
      >
        <p className="file-drop-icon">
          <InboxOutlined />
        </p>
        <p className="file-drop-text">{t('csv.drop')}</p>
        <p className="file-drop-hint">{t('csv.dropHint', { max: LAUNCH_RULES.maxSkus, size: formatFileSize(SKU_CSV_MAX_BYTES) })}</p>
      </FileDrop>
      {hasSkus && (
        <div style={{ marginTop: 16 }}>
          <RadioGroupField label={t('csv.mode')} value={mode} onChange={(e) => setMode(e.target.value as ImportMode)}>
            <Radio value="append">{t('csv.modeAppend', { count: existingCount })}</Radio>
            <Radio value="replace">{t('csv.modeReplace', { count: existingCount })}</Radio>
          </RadioGroupField>
          {mode === 'replace' && (
            <Alert style={{ marginTop: 8 }} type="warning" showIcon message={t('csv.replaceWarning', { count: existingCount })} data-testid="replace-warning" />
          )}
        </div>
      )}
      {result?.ok && (
        <Alert style={{ marginTop: 16 }} type="success" showIcon message={t('csv.ready', { file: result.file, count: result.skus.length, encoding: result.encoding.toUpperCase() })} />
      )}
      {result && !result.ok && (
        <div style={{ marginTop: 16 }}>
          <Alert type="error" showIcon message={t('csv.failed', { file: result.file, count: result.errors.length })} style={{ marginBottom: 8 }} />
          <Table<CsvError & { i: number }>
            size="small"
            rowKey="i"
            pagination={result.errors.length > 8 ? { pageSize: 8, size: 'small' } : false}
            dataSource={result.errors.map((e, i) => ({ ...e, i }))}
            data-testid="csv-errors"
            columns={[
              { key: 'line', title: t('csv.line'), width: 80, render: (_, e) => (e.line ? e.line : t('csv.wholeFile')) },
              { key: 'field', title: t('csv.column'), width: 140, render: (_, e) => (e.field ? t(`launches.sku.${e.field}`) : '—') },
              { key: 'reason', title: t('csv.reason'), render: (_, e) => <Typography.Text type="danger">{errorText(e)}</Typography.Text> },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}

export default CsvImportModal;
