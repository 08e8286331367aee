import { Alert } from 'antd';
import type { CombinedError } from 'urql';
import { apiProblem, describeProblem, type ApiProblem, type FieldProblem } from '../api/errors';

/** The API's refusal above a form or list: the business reason in words, and any field problems with no field. */
export function ApiErrorAlert({ error, problem, unplaced }: { error?: CombinedError | null; problem?: ApiProblem | null; unplaced?: FieldProblem[] }) {
  const p = problem ?? apiProblem(error);
  if (!p) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={describeProblem(p)}
      description={unplaced?.length ? unplaced.map((f) => `${f.path}: ${f.message}`).join('；') : undefined}
    />
  );
}
