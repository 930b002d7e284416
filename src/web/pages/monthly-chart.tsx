import { useMemo } from 'react';
import { EChart } from '../charts/echart.tsx';
import type { ChartOption } from '../charts/echarts-core.ts';

const MONTHS = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);
const ACTIVITY_COLOR = '#b71c1c';
const DOCUMENT_COLOR = '#1565c0';

/**
 * Activities and documents per month as grouped bars (ECharts). Loaded on demand by the overview,
 * so that the chart library is not part of the main route's first download. The counts are also
 * on the element (`data-activities`, `data-documents`) for tests to read.
 */
export default function MonthlyChart({ activities, documents }: { activities: number[]; documents: number[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      aria: { enabled: true },
      color: [ACTIVITY_COLOR, DOCUMENT_COLOR],
      textStyle: { fontFamily: 'system-ui, "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: ['活动', '文件'] },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: MONTHS, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1, name: '件数', nameTextStyle: { align: 'right' } },
      series: [
        { name: '活动', type: 'bar', data: activities, barMaxWidth: 18 },
        { name: '文件', type: 'bar', data: documents, barMaxWidth: 18 },
      ],
    }),
    [activities, documents],
  );
  return (
    <div data-testid="monthly-chart" data-activities={activities.join(',')} data-documents={documents.join(',')}>
      <EChart option={option} height={320} label="每月活动与文件件数柱状图" testId="monthly-chart-canvas" />
    </div>
  );
}
