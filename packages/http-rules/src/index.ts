export { type ByteRange, parseRange, type RangeRequest } from './byte-range.js';
export { contentTypeFor, FALLBACK_CONTENT_TYPE } from './content-type.js';
export { isLoopbackHost, isLoopbackHostHeader } from './loopback-host.js';
