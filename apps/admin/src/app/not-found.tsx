import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address.</p>
      <p>
        <Link href="/">Look up a file</Link> or use the <Link href="/batch">batch look-up</Link>.
      </p>
    </>
  );
}
