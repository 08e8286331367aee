import { Form } from 'antd';
import { useState } from 'react';
import type { OperationResult } from 'urql';
import { apiProblem, showFieldErrors, type ApiProblem, type FieldErrorTarget, type FieldProblem } from '../api/errors';

/** Renames the segments of an API field path that the form holds under another name (`priceFen` typed as `priceYuan`). */
export function renamePath(path: string, rename: Record<string, string>): string {
  return path.replace(/[^.[\]]+/g, (segment) => rename[segment] ?? segment);
}

/**
 * A form whose submit calls the API: field problems from `extensions.fields` appear beside their fields, the rest
 * (business reasons, unknown fields) in `problem`/`unplaced` for an ApiErrorAlert above the form. `rename` maps API
 * field names to the form's where the form holds a value in other units (fen typed in yuan, basis points in percent).
 */
export function useApiForm<V = Record<string, unknown>>(argument = 'input', rename: Record<string, string> = {}) {
  const [form] = Form.useForm<V>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);

  /** Runs the call; returns the result's data on success, null when the API refused (errors are shown). */
  async function submit<D>(call: () => Promise<OperationResult<D>>): Promise<D | null> {
    setBusy(true);
    setProblem(null);
    setUnplaced([]);
    try {
      const result = await call();
      const p = apiProblem(result.error);
      if (p) {
        setProblem(p);
        setUnplaced(showFieldErrors(form as unknown as FieldErrorTarget, { ...p, fields: p.fields.map((f) => ({ ...f, path: renamePath(f.path, rename) })) }, argument));
        return null;
      }
      return result.data ?? null;
    } finally {
      setBusy(false);
    }
  }

  return { form, problem, unplaced, busy, submit, clearProblem: () => setProblem(null) };
}
