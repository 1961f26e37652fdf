import Link from 'next/link';
import { ACTION_LABELS, type ActivityState, AUDIT_ACTIONS } from '../lib/activity-params';

/**
 * The activity filters as a plain GET form: applying them only changes the address (the server renders the rows),
 * so every filtered view is a link to share, and it works before any script has loaded.
 */
export function ActivityFilters({ state }: { state: ActivityState }) {
  return (
    <search>
      <form action="/activity" method="get" className="activity-filters">
        <div className="field">
          <label htmlFor="activity-operator">Operator</label>
          <input
            id="activity-operator"
            name="operator"
            defaultValue={state.operator}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="activity-action">Action</label>
          <select id="activity-action" name="action" defaultValue={state.action}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {ACTION_LABELS[action]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-file">File ID</label>
          <input
            id="activity-file"
            name="file"
            defaultValue={state.file}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="activity-from">From (UTC)</label>
          <input id="activity-from" name="from" type="datetime-local" defaultValue={state.from} />
        </div>
        <div className="field">
          <label htmlFor="activity-to">To (UTC)</label>
          <input id="activity-to" name="to" type="datetime-local" defaultValue={state.to} />
        </div>
        <div className="actions activity-filter-actions">
          <button type="submit">Apply filters</button>
          <Link href="/activity" className="button-link secondary">
            Clear filters
          </Link>
        </div>
      </form>
    </search>
  );
}
