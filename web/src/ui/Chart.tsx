import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, PieChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { usePrefs } from '../app/prefs';

echarts.use([BarChart, PieChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** An ECharts chart (tree-shaken, bundled: nothing from the internet); redrawn when the option changes. */
export function Chart({ option, height = 300, label, onPointClick }: { option: EChartsCoreOption; height?: number; label: string; onPointClick?: (dataIndex: number, seriesIndex: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { prefs } = usePrefs();
  useEffect(() => {
    if (!ref.current) return;
    chart.current = echarts.init(ref.current, prefs.highContrast ? 'dark' : undefined);
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, [prefs.highContrast]);
  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontSize: prefs.largeType ? 16 : 12 }, ...option }, true);
  }, [option, prefs.largeType, prefs.highContrast]);
  useEffect(() => {
    if (!onPointClick || !chart.current) return;
    const c = chart.current;
    const handler = (e: { dataIndex: number; seriesIndex?: number }) => onPointClick(e.dataIndex, e.seriesIndex ?? 0);
    c.on('click', handler);
    return () => {
      c.off('click', handler);
    };
  }, [onPointClick, prefs.highContrast]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
