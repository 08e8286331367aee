import { useMemo } from 'react';
import { usePrefs } from '../app/prefs';
import { Chart } from './Chart';

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** Elders are drawn as a different symbol from providers. */
  kind: 'elder' | 'provider';
  detail?: string;
}

/**
 * Places by coordinates. By default there are no tiles and no region outline (the console loads nothing from the
 * internet): an ECharts scatter on longitude/latitude, scaled so that a kilometre east is as long as one north.
 * With a tile URL set (设置 → 地图瓦片), the same points are drawn over those tiles in Web Mercator.
 */
export function MapView({ points, height = 360, onSelect }: { points: MapPoint[]; height?: number; onSelect?: (id: string) => void }) {
  const { prefs } = usePrefs();
  if (prefs.tileUrl) return <TileMap points={points} height={height} tileUrl={prefs.tileUrl} onSelect={onSelect} />;
  return <ScatterMap points={points} height={height} onSelect={onSelect} />;
}

function bounds(points: MapPoint[]) {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  return { minLat: Math.min(...lats), maxLat: Math.max(...lats), minLon: Math.min(...lons), maxLon: Math.max(...lons) };
}

function ScatterMap({ points, height, onSelect }: { points: MapPoint[]; height: number; onSelect?: (id: string) => void }) {
  const groups = useMemo(() => ({ elder: points.filter((p) => p.kind === 'elder'), provider: points.filter((p) => p.kind === 'provider') }), [points]);
  const option = useMemo(() => {
    if (points.length === 0) return {};
    const b = bounds(points);
    const midLat = (b.minLat + b.maxLat) / 2;
    // Degrees of longitude are shorter than degrees of latitude by cos(latitude): pad the axes so the plot is not stretched.
    const latSpan = Math.max(b.maxLat - b.minLat, 0.01) * 1.3;
    const lonSpan = Math.max((b.maxLon - b.minLon) * 1.3, latSpan / Math.cos((midLat * Math.PI) / 180));
    const midLon = (b.minLon + b.maxLon) / 2;
    const series = (kind: 'elder' | 'provider') => ({
      name: kind === 'elder' ? '老人' : '服务机构',
      type: 'scatter',
      symbol: kind === 'elder' ? 'diamond' : 'circle',
      symbolSize: kind === 'elder' ? 18 : 14,
      data: groups[kind].map((p) => ({ value: [p.longitude, p.latitude], name: p.name, detail: p.detail })),
      label: { show: true, formatter: '{b}', position: 'right', fontSize: 12 },
    });
    return {
      tooltip: { formatter: (p: { name: string; data: { detail?: string } }) => `${p.name}${p.data.detail ? `<br/>${p.data.detail}` : ''}` },
      legend: { top: 0 },
      grid: { left: 50, right: 30, top: 36, bottom: 36 },
      xAxis: { type: 'value', name: '经度', min: +(midLon - lonSpan / 2).toFixed(4), max: +(midLon + lonSpan / 2).toFixed(4), axisLabel: { formatter: (v: number) => v.toFixed(3) } },
      yAxis: { type: 'value', name: '纬度', min: +(midLat - latSpan / 2).toFixed(4), max: +(midLat + latSpan / 2).toFixed(4), axisLabel: { formatter: (v: number) => v.toFixed(3) } },
      series: [series('provider'), series('elder')],
    };
  }, [points, groups]);
  if (points.length === 0) return null;
  return (
    <Chart
      option={option}
      height={height}
      label={`地图：${points.map((p) => p.name).join('、')}`}
      onPointClick={onSelect ? (i, s) => onSelect((s === 0 ? groups.provider : groups.elder)[i]?.id) : undefined}
    />
  );
}

const TILE = 256;
const project = (lat: number, lon: number, z: number) => {
  const n = 2 ** z * TILE;
  const s = Math.sin((lat * Math.PI) / 180);
  return { x: ((lon + 180) / 360) * n, y: (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n };
};

function TileMap({ points, height, tileUrl, onSelect }: { points: MapPoint[]; height: number; tileUrl: string; onSelect?: (id: string) => void }) {
  const width = 720;
  const layout = useMemo(() => {
    if (points.length === 0) return null;
    const b = bounds(points);
    let z = 16;
    while (z > 3) {
      const a = project(b.maxLat, b.minLon, z);
      const c = project(b.minLat, b.maxLon, z);
      if (c.x - a.x < width * 0.8 && c.y - a.y < height * 0.8) break;
      z--;
    }
    const centre = project((b.minLat + b.maxLat) / 2, (b.minLon + b.maxLon) / 2, z);
    const origin = { x: centre.x - width / 2, y: centre.y - height / 2 };
    const tiles: Array<{ key: string; src: string; left: number; top: number }> = [];
    for (let tx = Math.floor(origin.x / TILE); tx * TILE < origin.x + width; tx++) {
      for (let ty = Math.floor(origin.y / TILE); ty * TILE < origin.y + height; ty++) {
        const src = tileUrl.replace('{z}', String(z)).replace('{x}', String(tx)).replace('{y}', String(ty));
        tiles.push({ key: `${tx}/${ty}`, src, left: tx * TILE - origin.x, top: ty * TILE - origin.y });
      }
    }
    const marks = points.map((p) => {
      const xy = project(p.latitude, p.longitude, z);
      return { ...p, left: xy.x - origin.x, top: xy.y - origin.y };
    });
    return { tiles, marks };
  }, [points, tileUrl, height]);
  if (!layout) return null;
  return (
    <div role="img" aria-label={`地图：${points.map((p) => p.name).join('、')}`} style={{ position: 'relative', width: '100%', maxWidth: width, height, overflow: 'hidden', background: '#eef' }}>
      {layout.tiles.map((t) => (
        <img key={t.key} src={t.src} alt="" width={TILE} height={TILE} style={{ position: 'absolute', left: t.left, top: t.top }} />
      ))}
      {layout.marks.map((m) => (
        <button
          key={m.id}
          type="button"
          title={m.detail ? `${m.name}：${m.detail}` : m.name}
          onClick={() => onSelect?.(m.id)}
          style={{ position: 'absolute', left: m.left - 8, top: m.top - 8, width: 16, height: 16, borderRadius: m.kind === 'elder' ? 2 : 8, border: '2px solid #fff', background: m.kind === 'elder' ? '#d4380d' : '#1677ff', padding: 0, cursor: 'pointer' }}
        />
      ))}
    </div>
  );
}
