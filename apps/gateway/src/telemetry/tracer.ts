/** The instrumentation scope of every span the gateway makes. */
export const TRACER_NAME = '@minimax-files/gateway';
