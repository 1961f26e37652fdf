'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Role } from '../../gql/graphql';
import { CreateOperatorMutation, RevokeOperatorMutation } from '../../graphql/documents';
import { callerAddress } from '../../server/caller-address';
import { gatewayClient, isUnauthorized } from '../../server/gateway';
import { gatewayRefusal } from '../../server/gateway-refusal';
import { requireSessionId } from '../../server/session';

const ROLES: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];

export interface CreateOperatorState {
  error: string | null;
  /** The new operator and their token: in this one answer, never stored by the admin. */
  created: { name: string; role: Role; token: string } | null;
}

export interface RevokeOperatorState {
  error: string | null;
}

const UNREACHABLE = 'The gateway could not be reached. Try again in a moment.';

/** `Create operator`: the gateway checks the name and the caller's role; its refusal is shown in its words. */
export async function createOperator(
  _previous: CreateOperatorState,
  form: FormData,
): Promise<CreateOperatorState> {
  const session = await requireSessionId();
  const name = String(form.get('name') ?? '').trim();
  const role = String(form.get('role') ?? '') as Role;
  if (name === '') return { error: 'Enter a name for the operator.', created: null };
  if (!ROLES.includes(role)) return { error: 'Choose a role.', created: null };

  const result = await gatewayClient(session, await callerAddress())
    .mutation(CreateOperatorMutation, { name, role })
    .toPromise();
  if (isUnauthorized(result.error)) redirect('/sign-in?expired=1');
  const refusal = gatewayRefusal(result.error);
  if (refusal) return { error: refusal.message, created: null };
  const created = result.data?.createOperator;
  if (!created) return { error: UNREACHABLE, created: null };
  revalidatePath('/operators');
  return { error: null, created: { ...created.operator, token: created.token } };
}

/** `Revoke` (after its confirmation): the operator's token and sessions stop working at once. */
export async function revokeOperator(
  _previous: RevokeOperatorState,
  form: FormData,
): Promise<RevokeOperatorState> {
  const session = await requireSessionId();
  const name = String(form.get('name') ?? '');
  const result = await gatewayClient(session, await callerAddress())
    .mutation(RevokeOperatorMutation, { name })
    .toPromise();
  if (isUnauthorized(result.error)) redirect('/sign-in?expired=1');
  const refusal = gatewayRefusal(result.error);
  if (refusal) return { error: refusal.message };
  if (!result.data?.revokeOperator) return { error: UNREACHABLE };
  revalidatePath('/operators');
  return { error: null };
}
