/**
 * The one script of ours on the GraphiQL page. It is served as a same-origin file because the page's CSP allows no
 * inline script. It points Monaco's web workers at the gateway's own worker files: Yoga's page makes `blob:` URLs of
 * inlined copies, which `worker-src 'self'` refuses. Then it starts GraphiQL with the options the page carries in a
 * JSON data block, which the browser never runs, so the CSP does not apply to it.
 */
export const GRAPHIQL_BOOT_SCRIPT = `(() => {
  const { options, workers } = JSON.parse(document.getElementById('graphiql-config').textContent);
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), options);
})();
`;
