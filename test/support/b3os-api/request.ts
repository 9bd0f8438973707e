/** Request validation of the fake B3OS API: parameters, undocumented query parameters, the JSON body. */
import { INVALID_JSON } from '../github-api/http.js';
import { validateParameter, validateRequestBody, type OperationSpec } from './spec.js';
import type { ApiRequest } from './types.js';

/** Every way the request departs from its operation's description, as messages for `problems`. */
export function validateRequest(operation: OperationSpec, request: ApiRequest, contentType: string | undefined): string[] {
  const documented = new Set(operation.parameters.map((p) => `${p.in}:${p.name}`));
  const errors = Object.keys(request.query).filter((name) => !documented.has(`query:${name}`)).map((name) => `query parameter ${name} is not documented`);
  operation.parameters.forEach((parameter, index) => {
    const value = parameter.in === 'path' ? request.params[parameter.name] : parameter.in === 'query' ? request.query[parameter.name] : undefined;
    if (value === undefined) {
      if (parameter.required && parameter.in !== 'header') errors.push(`${parameter.in} parameter ${parameter.name} is missing`);
      return;
    }
    errors.push(...validateParameter(operation, index, value).map((e) => `${parameter.in} parameter ${parameter.name}=${String(value)}: ${e}`));
  });
  if (!operation.hasBody) return request.body === undefined ? errors : [...errors, 'the operation takes no request body'];
  if (request.body === INVALID_JSON) return [...errors, 'request body is not valid JSON'];
  if (request.body === undefined) return operation.bodyRequired ? [...errors, 'request body is missing'] : errors;
  if (!/^application\/json\b/i.test(contentType ?? '')) errors.push(`request body sent as ${contentType ?? 'no content type'}, not application/json`);
  return [...errors, ...validateRequestBody(operation, request.body).map((e) => `request body invalid: ${e}`)];
}
