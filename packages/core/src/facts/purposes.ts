/**
 * The purposes MiniMax's `GET /v1/files/list` accepts. Files of other purposes (`video_generation`, `t2a_async`)
 * exist and can be retrieved by id, but the list endpoint does not list them.
 */
export const LISTABLE_PURPOSES = ['voice_clone', 'prompt_audio', 't2a_async_input'] as const;

export type ListablePurpose = (typeof LISTABLE_PURPOSES)[number];

export function isListablePurpose(value: unknown): value is ListablePurpose {
  return typeof value === 'string' && (LISTABLE_PURPOSES as readonly string[]).includes(value);
}
