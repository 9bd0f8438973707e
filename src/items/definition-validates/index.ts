import type { ItemDefinition } from '../../core/rule.js';
import { missingNodeReference } from './missing-node-reference.js';
import { branchPlacement } from './branch-placement.js';
import { cycle } from './cycle.js';
import { legacyFormat } from './legacy-format.js';
import { loopLimits } from './loop-limits.js';
import { loopPlacement } from './loop-placement.js';
import { triggerNodes } from './trigger-nodes.js';
import { unreachableNode } from './unreachable-node.js';
import { schemaUnknown } from './schema-unknown.js';
import { syntax } from './syntax.js';
import { unknownNodeType } from './unknown-node-type.js';
import { workflowShape } from './workflow-shape.js';
import { payloadSchema } from './payload-schema.js';
import { triggerPayload } from './trigger-payload.js';
import { connectorType } from './connector-type.js';
import { expressionSyntax } from './expression-syntax.js';
import { expressionScope } from './expression-scope.js';
import { expressionResultPath } from './expression-result-path.js';
import { platformValidation } from './platform-validation.js';

/** Required: the workflow passes validation and every node payload matches its schema. */
export const definitionValidates: ItemDefinition = {
  id: 'definition-validates',
  title: 'Definition validates',
  group: 'required',
  concerns: ['workflow', 'template', 'action', 'trigger', 'catalog'],
  rules: [syntax, workflowShape, unknownNodeType, schemaUnknown, missingNodeReference, legacyFormat, triggerNodes, branchPlacement, cycle, unreachableNode, loopPlacement, loopLimits, expressionSyntax, expressionScope, expressionResultPath, payloadSchema, triggerPayload, connectorType, platformValidation],
};
