import { Result } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/graphql-request.ts';
import type { RecordError } from './entry-outcome.tsx';
import { SignInLink } from '../app/sign-in-link.tsx';

/** What a domain mutation answers: written, or refused with its errors by field (then nothing was written). */
export interface WriteAnswer {
  ok: boolean;
  errors: RecordError[];
}

/**
 * The state of an entry form's writes, the same for every entry page: saving, what was saved, a
 * failure (the request itself failed), or the errors a refused write names. `send` clears the last
 * outcome, runs `write`, and on success records `label` as saved (then calls `onSaved`).
 */
export function useEntryWrite() {
  const [errors, setErrors] = useState<RecordError[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const send = async (write: () => Promise<WriteAnswer>, label: string, onSaved?: () => void) => {
    setSaving(true);
    setErrors([]);
    setFailure(undefined);
    setSaved(undefined);
    try {
      const answer = await write();
      if (answer.ok) {
        setSaved(label);
        onSaved?.();
      } else setErrors(answer.errors);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return { errors, failure, saved, saving, send };
}

/**
 * A write whose mutation refuses bad input with BAD_USER_INPUT, the field first in its message
 * (`validTo: … is before …`), instead of returning errors: the refusal becomes an error by field.
 */
export async function refusalByField(write: () => Promise<unknown>, sheet: string): Promise<WriteAnswer> {
  try {
    await write();
    return { ok: true, errors: [] };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
    const [, field, message] = /^(\w+): (.*)$/s.exec(error.message) ?? [];
    return { ok: false, errors: [{ sheet, row: null, column: field ?? null, value: null, message: message ?? error.message }] };
  }
}

/** What a viewer sees on an entry page's address: which role it needs, and the way to sign in. */
export function EditorRequired({ what }: { what: string }) {
  return (
    <Result status="403" title="需要编辑权限" subTitle={`${what}需要编辑者或管理员角色的令牌。`} extra={<SignInLink>登录</SignInLink>} />
  );
}
