import { describe, expect, it } from 'vitest';
import { jsonQuery, yogaWith } from '../../test/helpers/plugin-yoga.js';
import { useDisableIntrospection } from './use-disable-introspection.js';

describe('useDisableIntrospection', () => {
  const yoga = yogaWith([useDisableIntrospection()]);

  it.each(['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }'])(
    'refuses %s',
    async (query) => {
      const response = await yoga.fetch('http://gateway.test/graphql', jsonQuery(query));
      expect(response.status).toBe(400);
      expect((await response.json()).errors[0].message).toMatch(/introspection/i);
    },
  );

  it('still answers __typename', async () => {
    const response = await yoga.fetch('http://gateway.test/graphql', jsonQuery('{ __typename }'));
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
