import { ERROR_KINDS } from '@minimax-files/core/facts';

/**
 * Okabe and Ito's eight colours ("Color Universal Design"): told apart with every common kind of colour-vision
 * deficiency. Every chart draws from these only; charts also differ by line style, and each has a table.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** One fixed colour per look-up outcome, so a colour means the same thing in every range and refresh. */
export const OUTCOME_COLOURS: Record<'File' | (typeof ERROR_KINDS)[number], string> = {
  File: OKABE_ITO.blue,
  FileNotFound: OKABE_ITO.skyBlue,
  InvalidFileId: OKABE_ITO.reddishPurple,
  AuthenticationFailed: OKABE_ITO.vermillion,
  RateLimited: OKABE_ITO.orange,
  InsufficientBalance: OKABE_ITO.yellow,
  ContentRejected: '#999999',
  UpstreamTimeout: OKABE_ITO.bluishGreen,
  UpstreamError: OKABE_ITO.black,
};

/** The outcomes in the order they are stacked (File at the bottom) and listed. */
export const OUTCOMES = ['File', ...ERROR_KINDS] as const;

export function outcomeColour(outcome: string): string {
  return (OUTCOME_COLOURS as Record<string, string>)[outcome] ?? '#999999';
}
