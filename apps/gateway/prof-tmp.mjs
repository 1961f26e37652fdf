const { PGlite } = await import('@electric-sql/pglite');
const db = await PGlite.create('/tmp/ub/d2');
const from = new Date(Date.now() - 7 * 24 * 3600e3).toISOString(),
  to = new Date().toISOString();
const qs = {
  series: `select date_bin('3600 seconds'::interval, hour, '2000-01-03T00:00:00Z'::timestamptz) as bucket, action, outcome, sum(events)::text, sum(upstream_requests)::text, sum(bytes)::text from audit_usage_hourly where hour >= $1 and hour < $2 group by 1,2,3`,
  files: `select file_id, sum(downloads)::text as downloads, sum(bytes)::text as bytes from audit_file_hourly where hour >= $1 and hour < $2 group by file_id having sum(downloads) > 0 or sum(bytes) > 0 order by sum(downloads) desc, sum(bytes) desc, file_id limit 10`,
};
for (const [n, q] of Object.entries(qs)) {
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    await db.query(q, [from, to]);
    console.log(n, (performance.now() - t).toFixed(1));
  }
  const r = await db.query('explain analyze ' + q, [from, to]);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
}
