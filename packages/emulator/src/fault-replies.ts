import { STATUS_CODES } from 'node:http';
import { jsonReply, type Reply, textReply } from './http/reply.js';
import { baseRespReply, CODES, MESSAGES } from './minimax-json.js';
import type { FaultRule } from './types.js';

/** Status messages for injected base_resp codes, worded like MiniMax's error-code reference. */
const DEFAULT_MESSAGES: Record<number, string> = {
  0: 'success',
  1000: 'unknown error',
  1001: 'request timeout',
  1002: MESSAGES.rpmLimit,
  1004: MESSAGES.wrongKey,
  1008: 'insufficient balance',
  1013: 'internal service error',
  1024: 'internal error',
  1026: 'input new_sensitive',
  1027: 'output new_sensitive',
  1033: 'system error',
  1039: 'rate limit exceeded(TPM)',
  2013: 'invalid params',
};

/** The reply a fault rule substitutes for the real one, if it replaces the answer at all. */
export function faultReply(rule: FaultRule, fileId: string | undefined): Reply | undefined {
  if (rule.httpStatus !== undefined) return httpStatusReply(rule);
  if (rule.statusCode !== undefined) {
    return baseRespReply(rule.statusCode, rule.statusMsg ?? DEFAULT_MESSAGES[rule.statusCode] ?? 'error');
  }
  if (rule.malformedJson) {
    // A complete HTTP message whose JSON breaks off mid-object: the parser must fail, not the transport.
    return jsonReply(
      `{"base_resp":{"status_code":0,"status_msg":"success"},"file":{"file_id":${fileId ?? 1},"bytes":}`,
    );
  }
  return undefined;
}

/**
 * An HTTP error status. Without `httpBody`: 404 and 429 carry a MiniMax JSON body (file not found, RPM limit),
 * with `statusCode` set any status carries that base_resp, 5xx carry an HTML page as a proxy in front would,
 * and anything else a one-line text.
 */
function httpStatusReply(rule: FaultRule): Reply {
  const status = rule.httpStatus ?? 500;
  const reason = STATUS_CODES[status] ?? 'Error';
  if (rule.httpBody !== undefined) {
    const looksJson = /^\s*[{[]/.test(rule.httpBody);
    return looksJson ? jsonReply(rule.httpBody, status) : textReply(status, rule.httpBody);
  }
  if (rule.statusCode !== undefined) {
    const message = rule.statusMsg ?? DEFAULT_MESSAGES[rule.statusCode] ?? 'error';
    return { ...baseRespReply(rule.statusCode, message), status };
  }
  if (status === 404) return { ...baseRespReply(CODES.fileNotFound, MESSAGES.fileNotFound), status };
  if (status === 429) return { ...baseRespReply(CODES.rpmLimit, MESSAGES.rpmLimit), status };
  if (status >= 500) {
    const html = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n</body>\r\n</html>\r\n`;
    return textReply(status, html, 'text/html');
  }
  return textReply(status, `${status} ${reason}`);
}
