import type { ItemDefinition } from '../../core/rule.js';
import { branchPlacement } from './branch-placement.js';
import { connectorType } from './connector-type.js';
import { cycle } from './cycle.js';
import { environmentShape } from './environment-shape.js';
import { expressionResultPath } from './expression-result-path.js';
import { expressionScope } from './expression-scope.js';
import { expressionSyntax } from './expression-syntax.js';
import { ifCondition } from './if-condition.js';
import { legacyFormat } from './legacy-format.js';
import { loopLimits } from './loop-limits.js';
import { loopPlacement } from './loop-placement.js';
import { manifestShape } from './manifest-shape.js';
import { missingNodeReference } from './missing-node-reference.js';
import { payloadSchema } from './payload-schema.js';
import { platformValidation } from './platform-validation.js';
import { schemaUnknown } from './schema-unknown.js';
import { sdkActionExported } from './sdk-action-exported.js';
import { sdkActionFiles } from './sdk-action-files.js';
import { pinnedLoosened } from './pinned-loosened.js';
import { syntax } from './syntax.js';
import { triggerNodes } from './trigger-nodes.js';
import { triggerPayload } from './trigger-payload.js';
import { typeAlias } from './type-alias.js';
import { typeDefinition } from './type-definition.js';
import { unknownNodeType } from './unknown-node-type.js';
import { unreachableNode } from './unreachable-node.js';
import { waitTriggerConfig } from './wait-trigger-config.js';
import { workflowShape } from './workflow-shape.js';

/** Required: the workflow passes validation and every node payload matches its schema. */
export const definitionValidates: ItemDefinition = {
  id: 'definition-validates',
  title: 'Definition validates',
  group: 'required',
  concerns: ['workflow', 'template', 'action', 'trigger', 'catalog', 'manifest', 'environment'],
  rules: [
    // files and shape
    syntax,
    workflowShape,
    legacyFormat,
    // readiness files beside the definitions
    manifestShape,
    environmentShape,
    // node types
    typeDefinition,
    sdkActionFiles,
    sdkActionExported,
    pinnedLoosened,
    unknownNodeType,
    typeAlias,
    schemaUnknown,
    // graph
    missingNodeReference,
    triggerNodes,
    branchPlacement,
    cycle,
    unreachableNode,
    loopPlacement,
    loopLimits,
    // expressions
    expressionSyntax,
    expressionScope,
    expressionResultPath,
    // payloads
    payloadSchema,
    ifCondition,
    triggerPayload,
    waitTriggerConfig,
    connectorType,
    // the platform's own validation (online only)
    platformValidation,
  ],
};
