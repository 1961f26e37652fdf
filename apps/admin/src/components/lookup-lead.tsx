/** The line under the look-up heading, on `/` and on every result page alike (so neither moves the form). */
export function LookupLead() {
  return <p className="lead">Find a MiniMax file by its id, see what it is, and download or play it.</p>;
}
