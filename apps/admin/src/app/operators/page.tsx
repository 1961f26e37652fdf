import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CreateOperatorForm } from '../../components/create-operator-form';
import { RevokeOperatorButton } from '../../components/revoke-operator-button';
import { OperatorsQuery } from '../../graphql/documents';
import { formatUtc } from '../../lib/relative-time';
import { callerAddress } from '../../server/caller-address';
import { gatewayClient, isUnauthorized } from '../../server/gateway';
import { gatewayRefusal } from '../../server/gateway-refusal';
import { requireSessionId } from '../../server/session';

export const metadata: Metadata = { title: 'Operators · MiniMax Files' };

/** ADMIN only (the gateway decides): who may use the console, with what role; create and revoke. */
export default async function OperatorsPage() {
  const session = await requireSessionId();
  const result = await gatewayClient(session, await callerAddress())
    .query(OperatorsQuery, {})
    .toPromise();
  if (isUnauthorized(result.error)) redirect('/sign-in?expired=1');
  const refusal = gatewayRefusal(result.error);
  if (!refusal && (result.error || !result.data)) {
    // error.tsx says so calmly; only the message is logged (the request carried the session).
    throw new Error(`The gateway could not list operators: ${result.error?.message ?? 'no data'}`);
  }
  return (
    <>
      <h1>Operators</h1>
      <p className="lead">
        Each operator signs in with their own token. VIEWERs look files up, OPERATORs also download, ADMINs
        also manage operators and read the activity log.
      </p>
      {refusal ? (
        <section role="alert" aria-labelledby="refusal-heading" className="panel error-panel">
          <h2 id="refusal-heading">
            {refusal.code === 'FORBIDDEN'
              ? 'Only admins can manage operators'
              : 'Operators are not available'}
          </h2>
          <p>{refusal.message}</p>
        </section>
      ) : (
        <>
          <CreateOperatorForm />
          <OperatorTable operators={result.data?.operators ?? []} />
        </>
      )}
    </>
  );
}

type Listed = {
  name: string;
  role: string;
  bootstrap: boolean;
  createdAt?: string | null;
  revokedAt?: string | null;
};

function OperatorTable({ operators }: { operators: readonly Listed[] }) {
  return (
    <div className="table-scroll">
      <table className="browse-table">
        <caption>Operators</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Created (UTC)</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {operators.map((operator) => (
            <tr key={`${operator.name}-${operator.createdAt ?? 'bootstrap'}`}>
              <th scope="row">{operator.name}</th>
              <td>{operator.role}</td>
              <td className="nowrap">{operator.createdAt ? formatUtc(new Date(operator.createdAt)) : '—'}</td>
              <td>
                {operator.revokedAt
                  ? `Revoked ${formatUtc(new Date(operator.revokedAt))}`
                  : operator.bootstrap
                    ? 'Active (GATEWAY_OPERATOR_TOKENS)'
                    : 'Active'}
              </td>
              <td>
                {!operator.bootstrap && !operator.revokedAt && <RevokeOperatorButton name={operator.name} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
