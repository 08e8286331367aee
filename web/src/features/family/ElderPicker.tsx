import { Select } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { MY_ELDERS } from './MyEldersPage';

/** The elder a family page is about: kept in the URL (`?elder=`), the first of my elders by default. */
export function useSelectedElder() {
  const [params, setParams] = useSearchParams();
  const [{ data }] = useQuery({ query: MY_ELDERS });
  const elders = data?.myElders ?? [];
  const elderId = params.get('elder') ?? elders[0]?.id ?? null;
  const elder = elders.find((e) => e.id === elderId) ?? null;
  const select = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('elder', id);
    setParams(next, { replace: true });
  };
  return { elders, elder, elderId, select };
}

export function ElderPicker({ value, elders, onChange }: { value: string | null; elders: Array<{ id: string; fullName: string }>; onChange: (id: string) => void }) {
  useEffect(() => {
    if (!value && elders[0]) onChange(elders[0].id);
  }, [value, elders, onChange]);
  return (
    <Select
      aria-label="选择老人"
      style={{ minWidth: 200 }}
      value={value ?? undefined}
      placeholder="选择老人"
      options={elders.map((e) => ({ value: e.id, label: e.fullName }))}
      onChange={onChange}
    />
  );
}
