import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Days and clock times are China time whatever the browser's zone (the API stores instants). */
export const CHINA_TZ = 'Asia/Shanghai';

export const china = (iso: string | Date) => dayjs(iso).tz(CHINA_TZ);

export const formatDateTime = (iso?: string | null) => (iso ? china(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatTime = (iso?: string | null) => (iso ? china(iso).format('HH:mm') : '—');
export const formatDay = (iso?: string | null) => (iso ? china(iso).format('M月D日 ddd') : '—');

/** Money is integer fen in the API; shown in yuan with two decimals. */
export const yuan = (fen?: number | null) => (fen === null || fen === undefined ? '—' : `¥${(fen / 100).toFixed(2)}`);

export const percent = (share?: number | null) => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);

/** Start of the China day that holds `at`, plus `days`. */
export const chinaDayStart = (days = 0, at: Date = new Date()) => china(at).startOf('day').add(days, 'day');

/** A key that makes a retried booking or reservation the same request (the API's idempotencyKey). */
export const newIdempotencyKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;
