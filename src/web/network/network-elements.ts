import type { ElementDefinition } from 'cytoscape';
import type { LiaisonPathsQuery, NetworkQuery } from '../generated/graphql.ts';

type Path = LiaisonPathsQuery['liaisonPaths'][number];

export const nodeId = (label: string, name: string) => `${label}:${name}`;

/** In force on the day: begun by then and not ended before it. */
function inForce(properties: { validFrom?: string | null; validTo?: string | null }, asOf: string): boolean {
  return (
    (properties.validFrom ?? '') <= asOf && (properties.validTo === null || properties.validTo === undefined || properties.validTo >= asOf)
  );
}

/** The jurisdiction's leaders, departments and counterparts as nodes, their liaisons in force as edges. */
export function networkElements(data: NetworkQuery, asOf: string): ElementDefinition[] {
  const nodes: ElementDefinition[] = [
    ...data.counterparts.map((counterpart) => ({
      data: { id: nodeId('Counterpart', counterpart.name), label: counterpart.name, kind: 'Counterpart' },
    })),
    ...data.leaders.map((leader) => ({ data: { id: nodeId('Leader', leader.name), label: leader.name, kind: 'Leader' } })),
    ...data.departments.map((department) => ({
      data: { id: nodeId('Department', department.name), label: department.name, kind: 'Department' },
    })),
  ];
  const known = new Set(nodes.map((node) => node.data.id));
  const edges = (['Leader', 'Department'] as const).flatMap((label) =>
    (label === 'Leader' ? data.leaders : data.departments).flatMap((source) =>
      source.liaisonsConnection.edges
        .filter((edge) => inForce(edge.properties, asOf) && known.has(nodeId('Counterpart', edge.node.name)))
        .map((edge) => ({
          data: {
            id: `${nodeId(label, source.name)}->${edge.node.name}/${edge.properties.kind}`,
            source: nodeId(label, source.name),
            target: nodeId('Counterpart', edge.node.name),
            kind: edge.properties.kind,
          },
        })),
    ),
  );
  return [...nodes, ...edges];
}

/** A path's nodes and steps as elements: those the map lacks (roles, people, activities) are added for it. */
export function pathElements(path: Path): ElementDefinition[] {
  return [
    ...path.nodes.map((node) => ({ data: { id: nodeId(node.label, node.name), label: node.name, kind: node.label }, classes: 'on-path' })),
    ...path.steps.map((step, index) => ({
      data: {
        id: `path-${index}`,
        source: nodeId(step.from.label, step.from.name),
        target: nodeId(step.to.label, step.to.name),
        kind: step.relationship,
      },
      classes: 'on-path path-step',
    })),
  ];
}
