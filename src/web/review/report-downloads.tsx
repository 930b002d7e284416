import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../session/session-context.tsx';

const FORMATS = [
  { format: 'json', label: 'JSON' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
] as const;

/**
 * The server's review report in its three formats. Fetched with the user's token (a plain link
 * cannot carry it) and handed to the browser as a file.
 */
export function ReportDownloads({ jurisdiction, year, asOf }: { jurisdiction: string; year: number; asOf: string }) {
  const { token } = useSession();
  const [problem, setProblem] = useState<string | undefined>();
  const download = async (format: string) => {
    setProblem(undefined);
    const query = new URLSearchParams({ jurisdiction, year: String(year), asOf });
    const response = await fetch(`/reports/review.${format}?${query.toString()}`, {
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      setProblem(`下载失败（HTTP ${response.status}）${body.message ?? ''}`);
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = `review-${jurisdiction}-${year}.${format}`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Space data-testid="report-downloads">
      下载审查报告：
      {FORMATS.map(({ format, label }) => (
        <Button key={format} size="small" data-format={format} onClick={() => void download(format)}>
          {label}
        </Button>
      ))}
      {problem === undefined ? null : <Alert type="error" title={problem} showIcon />}
    </Space>
  );
}
