import { useEffect, useRef } from 'react';
import { type ChartOption, init } from './echarts-core.ts';

type EChartsInstance = ReturnType<typeof init>;

/**
 * A thin React wrapper around one ECharts instance: created on mount, given the latest `option`
 * (replacing the previous one), resized with its box, disposed on unmount. `data-rendered` is set
 * once ECharts has drawn, so that a test (or a screenshot) can wait for the picture.
 */
export function EChart({ option, height, label, testId }: { option: ChartOption; height: number; label: string; testId?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | undefined>(undefined);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = init(element, undefined, { renderer: 'canvas', locale: 'ZH' });
    instance.on('finished', () => element.setAttribute('data-rendered', 'true'));
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
